//! The app's length choices, natively: each maps to the engine's length, and an amount read
//! by the engine's reader comes back as the choice the number box shows.
#![cfg(not(target_arch = "wasm32"))]

use nutgraf_app::settings::LengthChoice;
use nutgraf_engine::{Length, LengthUnit};

#[test]
fn each_choice_is_an_engine_length() {
    let table = [
        (LengthChoice::Short, Length::Sentences(3)),
        (LengthChoice::Medium, Length::Sentences(5)),
        (LengthChoice::Long, Length::Ratio(0.25)),
        (LengthChoice::Sentences(7), Length::Sentences(7)),
        (LengthChoice::Words(75), Length::Words(75)),
        (LengthChoice::Percent(20), Length::Ratio(0.2)),
        // Only hand-edited storage holds these: they read as the default.
        (LengthChoice::Sentences(0), Length::Sentences(3)),
        (LengthChoice::Percent(250), Length::Sentences(3)),
    ];
    for (choice, length) in table {
        assert_eq!(choice.to_length(), length, "{choice:?}");
    }
}

#[test]
fn the_number_box_is_read_in_the_choices_unit() {
    let table = [
        (LengthChoice::Sentences(3), "12", Ok(LengthChoice::Sentences(12))),
        (LengthChoice::Words(75), " 40 ", Ok(LengthChoice::Words(40))),
        (LengthChoice::Percent(20), "35", Ok(LengthChoice::Percent(35))),
        (
            LengthChoice::Sentences(3),
            "0",
            Err("give a whole number of sentences above 0, such as 3"),
        ),
        (
            LengthChoice::Percent(20),
            "101",
            Err("give a whole percentage of the sentences from 1 to 100, such as 20"),
        ),
    ];
    for (choice, typed, expected) in table {
        let unit = choice.unit().expect("an exact choice has a unit");
        let read = unit
            .amount(typed)
            .map(LengthChoice::exact)
            .map_err(|error| error.to_string());
        assert_eq!(read, expected.map_err(str::to_owned), "{choice:?} {typed:?}");
    }
    assert_eq!(LengthChoice::Long.unit(), None);
    assert_eq!(LengthChoice::Words(1).unit(), Some(LengthUnit::Words));
}
