//! The one reader of lengths, as every front end uses it: the expected length or error of
//! each text is written down.

use nutgraf_engine::{Length, LengthError, LengthUnit};

#[test]
fn whole_lengths_read_presets_and_amounts_with_units() {
    let table: &[(&str, Result<Length, LengthError>)] = &[
        ("short", Ok(Length::Sentences(3))),
        ("medium", Ok(Length::Sentences(5))),
        ("long", Ok(Length::Ratio(0.25))),
        (" Long ", Ok(Length::Ratio(0.25))),
        ("3 sentences", Ok(Length::Sentences(3))),
        ("1 sentence", Ok(Length::Sentences(1))),
        ("12  Sentences", Ok(Length::Sentences(12))),
        ("60 words", Ok(Length::Words(60))),
        ("1 word", Ok(Length::Words(1))),
        ("20%", Ok(Length::Ratio(0.2))),
        ("100 %", Ok(Length::Ratio(1.0))),
        ("1%", Ok(Length::Ratio(0.01))),
        ("0 sentences", Err(LengthError::Sentences)),
        ("2.5 sentences", Err(LengthError::Sentences)),
        ("-1 words", Err(LengthError::Words)),
        ("many words", Err(LengthError::Words)),
        ("0%", Err(LengthError::Percent)),
        ("101%", Err(LengthError::Percent)),
        ("12.5%", Err(LengthError::Percent)),
        ("3", Err(LengthError::Unknown)),
        ("0.2", Err(LengthError::Unknown)),
        ("tiny", Err(LengthError::Unknown)),
        ("3 paragraphs", Err(LengthError::Unknown)),
        ("3sentences", Err(LengthError::Unknown)),
        ("", Err(LengthError::Unknown)),
    ];
    for (text, expected) in table {
        assert_eq!(&text.parse::<Length>(), expected, "{text:?}");
    }
}

#[test]
fn amounts_are_read_in_their_unit() {
    use LengthUnit::{Percent, Ratio, Sentences, Words};
    let table: &[(LengthUnit, &str, Result<Length, LengthError>)] = &[
        (Sentences, "3", Ok(Length::Sentences(3))),
        (Sentences, " 7 ", Ok(Length::Sentences(7))),
        (Sentences, "0", Err(LengthError::Sentences)),
        (Sentences, "-1", Err(LengthError::Sentences)),
        (Sentences, "2.5", Err(LengthError::Sentences)),
        (Sentences, "", Err(LengthError::Sentences)),
        (Words, "60", Ok(Length::Words(60))),
        (Words, "0", Err(LengthError::Words)),
        (Words, "sixty", Err(LengthError::Words)),
        (Ratio, "0.2", Ok(Length::Ratio(0.2))),
        (Ratio, "1", Ok(Length::Ratio(1.0))),
        (Ratio, ".5", Ok(Length::Ratio(0.5))),
        (Ratio, "0.25", Ok(Length::Ratio(0.25))),
        (Ratio, "1.0", Ok(Length::Ratio(1.0))),
        (
            Ratio,
            "0.1234567890123456789",
            Ok(Length::Ratio(0.123456789012345)),
        ),
        (Ratio, ".", Err(LengthError::Ratio)),
        (Ratio, "0.2.1", Err(LengthError::Ratio)),
        (Ratio, "0,2", Err(LengthError::Ratio)),
        (Ratio, "99999999999999999999999", Err(LengthError::Ratio)),
        (Ratio, "0", Err(LengthError::Ratio)),
        (Ratio, "1.5", Err(LengthError::Ratio)),
        (Ratio, "-0.2", Err(LengthError::Ratio)),
        (Ratio, "NaN", Err(LengthError::Ratio)),
        (Ratio, "inf", Err(LengthError::Ratio)),
        (Percent, "20", Ok(Length::Ratio(0.2))),
        (Percent, "100", Ok(Length::Ratio(1.0))),
        (Percent, "0", Err(LengthError::Percent)),
        (Percent, "150", Err(LengthError::Percent)),
    ];
    for (unit, amount, expected) in table {
        assert_eq!(&unit.amount(amount), expected, "{unit:?} {amount:?}");
    }
}

#[test]
fn checked_constructors_refuse_what_cannot_be_meant() {
    assert_eq!(Length::sentences(1), Ok(Length::Sentences(1)));
    assert_eq!(Length::sentences(0), Err(LengthError::Sentences));
    assert_eq!(Length::words(75), Ok(Length::Words(75)));
    assert_eq!(Length::words(0), Err(LengthError::Words));
    assert_eq!(Length::ratio(0.5), Ok(Length::Ratio(0.5)));
    assert_eq!(Length::ratio(0.0), Err(LengthError::Ratio));
    assert_eq!(Length::ratio(f64::NAN), Err(LengthError::Ratio));
    assert_eq!(Length::percent(25), Ok(Length::Ratio(0.25)));
    assert_eq!(Length::percent(101), Err(LengthError::Percent));
}

#[test]
fn errors_say_what_to_give() {
    let table = [
        (
            LengthError::Sentences,
            "give a whole number of sentences above 0, such as 3",
        ),
        (
            LengthError::Words,
            "give a whole number of words above 0, such as 60",
        ),
        (
            LengthError::Ratio,
            "give a share of the sentences above 0 and at most 1, such as 0.2",
        ),
        (
            LengthError::Percent,
            "give a whole percentage of the sentences from 1 to 100, such as 20",
        ),
        (
            LengthError::Unknown,
            "give short, medium or long, or an amount with its unit, such as 3 sentences, 60 words or 20%",
        ),
    ];
    for (error, text) in table {
        assert_eq!(error.to_string(), text);
    }
}
