//! What the embed computes, natively (its JSON is plain Rust): the options are read and checked
//! as the command line reads its flags, and the JSON for a short article is written down here,
//! its offsets counted by hand (chars, the curly quotation marks one each).
#![cfg(not(target_arch = "wasm32"))]

use nutgraf_app::embed::{quotes_json, summary_json, SummaryOptions};
use nutgraf_engine::Length;

const ARTICLE: &str = "The city council approved the new budget on Monday after a long debate. \
Mayor Jane Ortiz said the plan adds money for parks and for the libraries of every district. \
“This is a budget for every neighbourhood,” Ortiz said. \
Critics said the plan raises fees for small businesses that are still recovering. \
The vote was 7 to 2, and the budget takes effect in July.";

fn length(json: &str) -> Result<Length, String> {
    SummaryOptions::parse(json).and_then(|options| options.length())
}

#[test]
fn each_length_is_read_and_checked_as_the_command_line_does() {
    let table: &[(&str, Result<Length, &str>)] = &[
        ("", Ok(Length::Sentences(3))),
        ("null", Ok(Length::Sentences(3))),
        ("{}", Ok(Length::Sentences(3))),
        (r#"{"sentences": 2}"#, Ok(Length::Sentences(2))),
        (r#"{"words": 60}"#, Ok(Length::Words(60))),
        (r#"{"ratio": 0.5}"#, Ok(Length::Ratio(0.5))),
        (r#"{"length": "long"}"#, Ok(Length::Ratio(0.25))),
        // Attributes give their text; the length option takes an amount with its unit.
        (r#"{"sentences": " 4 "}"#, Ok(Length::Sentences(4))),
        (r#"{"ratio": "0.5"}"#, Ok(Length::Ratio(0.5))),
        (r#"{"length": "60 words"}"#, Ok(Length::Words(60))),
        (r#"{"length": "20%"}"#, Ok(Length::Ratio(0.2))),
        (
            r#"{"sentences": 0}"#,
            Err(r#"sentences "0" is refused: give a whole number of sentences above 0, such as 3"#),
        ),
        (
            r#"{"sentences": 2.5}"#,
            Err(r#"sentences "2.5" is refused: give a whole number of sentences above 0, such as 3"#),
        ),
        (
            r#"{"words": "many"}"#,
            Err(r#"words "many" is refused: give a whole number of words above 0, such as 60"#),
        ),
        (
            r#"{"ratio": 1.5}"#,
            Err(
                r#"ratio "1.5" is refused: give a share of the sentences above 0 and at most 1, such as 0.2"#,
            ),
        ),
        (
            r#"{"length": "tiny"}"#,
            Err(
                r#"length "tiny" is refused: give short, medium or long, or an amount with its unit, such as 3 sentences, 60 words or 20%"#,
            ),
        ),
        (
            r#"{"sentences": 2, "words": 9}"#,
            Err("give only one of sentences, words, ratio and length"),
        ),
    ];
    for (json, expected) in table {
        assert_eq!(length(json), expected.map_err(str::to_owned), "{json}");
    }
    for json in [r#"{"sentence": 2}"#, "[1]", r#"{"sentences": true}"#] {
        let refused = length(json).expect_err(json);
        assert!(
            refused.starts_with("the options must be an object such as"),
            "{refused}"
        );
    }
}

#[test]
fn the_summary_is_the_command_lines_json() {
    let expected = concat!(
        r#"{"language":"en","sentences":["#,
        r#"{"index":0,"start":0,"end":71,"text":"The city council approved the new budget on Monday after a long debate.","score":0.801},"#,
        r#"{"index":1,"start":72,"end":164,"text":"Mayor Jane Ortiz said the plan adds money for parks and for the libraries of every district.","score":0.8536}],"#,
        r#""keywords":["budget","Ortiz","every","plan","city","council","approved","new"]}"#
    );
    assert_eq!(
        summary_json(ARTICLE, r#"{"sentences": 2}"#).as_deref(),
        Ok(expected)
    );
    assert_eq!(
        summary_json(ARTICLE, r#"{"length": "2 sentences"}"#).as_deref(),
        Ok(expected)
    );
    assert!(summary_json(ARTICLE, r#"{"words": -1}"#).is_err());
}

#[test]
fn the_quotes_are_the_command_lines_json() {
    let expected = concat!(
        r#"{"language":"en","quotes":["#,
        r#"{"kind":"indirect","text":"the plan adds money for parks and for the libraries of every district","start":94,"end":163,"#,
        r#""parts":[{"text":"the plan adds money for parks and for the libraries of every district","start":94,"end":163}],"#,
        r#""shown":"the plan adds money for parks and for the libraries of every district","#,
        r#""speaker":{"text":"Mayor Jane Ortiz","start":72,"end":88,"name":"Jane Ortiz"},"cue":{"text":"said","start":89,"end":93}},"#,
        r#"{"kind":"direct","text":"This is a budget for every neighbourhood,","start":166,"end":207,"#,
        r#""parts":[{"text":"This is a budget for every neighbourhood,","start":166,"end":207}],"#,
        r#""shown":"“This is a budget for every neighbourhood”","#,
        r#""speaker":{"text":"Ortiz","start":209,"end":214,"name":"Jane Ortiz"},"cue":{"text":"said","start":215,"end":219}},"#,
        r#"{"kind":"indirect","text":"the plan raises fees for small businesses that are still recovering","start":234,"end":301,"#,
        r#""parts":[{"text":"the plan raises fees for small businesses that are still recovering","start":234,"end":301}],"#,
        r#""shown":"the plan raises fees for small businesses that are still recovering","#,
        r#""speaker":{"text":"Critics","start":221,"end":228,"name":"critics"},"cue":{"text":"said","start":229,"end":233}}],"#,
        // 13 + 7 of 31 quoted words are Jane Ortiz's, 11 the critics'.
        r#""speakers":[{"name":"Jane Ortiz","quotes":2,"word_share":65},{"name":"critics","quotes":1,"word_share":35}]}"#
    );
    assert_eq!(quotes_json(ARTICLE).as_deref(), Ok(expected));
}

#[test]
fn a_text_longer_than_the_engine_reads_is_refused_whole() {
    let text = "A line of an enormous paste.\n".repeat(2_400_000);
    assert_eq!(text.len(), 69_600_000);
    let expected =
        "Nutgraf did not read this text: the text is 69.6 MB; Nutgraf reads texts of up to 67 MB: \
                    give it one article, or a part of this text.";
    assert_eq!(summary_json(&text, "").unwrap_err(), expected);
    assert_eq!(quotes_json(&text).unwrap_err(), expected);
}
