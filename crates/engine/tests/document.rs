//! The text layer's promises, for any input and for text pasted the ways people paste it:
//! the reading form is normalized, the analysed form has its offsets, and the sentences,
//! mapped back into the input, cover every visible character of it exactly once (but page
//! furniture, which the reading leaves out), and prose loses nothing.

use nutgraf_engine::Document;
use proptest::prelude::*;

/// Words, stops, quote marks, hyphens and every kind of space and line break people paste.
fn pasted_like() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            "[A-Za-z]{1,12}",
            "[a-z]{1,9}",
            "[A-Z]{1,9}",
            "[.!?…;:,]{1,2}",
            "[\"'“”‘’«»„]",
            "-\n",
            "-\r\n",
            "[ \t\u{a0}\u{2009}\u{3000}]{1,3}",
            "[\n\r]{1,2}",
            "\r\n\r\n",
            "[\u{ad}\u{200b}\u{feff}\u{2060}]",
            "(Mr|Dr|U\\.S|e\\.g|No|a\\.m)\\.",
            "[0-9]{1,4}(\\.[0-9]{1,2})?",
            any::<char>().prop_map(String::from),
        ],
        0..120,
    );
    pieces.prop_map(|pieces| pieces.concat())
}

/// A character a person sees: not a space, not a line break, not an invisible mark.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(
            c,
            '\u{ad}' | '\u{200b}' | '\u{feff}' | '\u{2060}' | '\u{200e}' | '\u{200f}'
        )
}

/// Checks the document's promises on `text`.
fn check(text: &str) -> Result<(), TestCaseError> {
    let document = Document::new(text);
    let reading = document.reading();
    let unread = reading.contains(['\r', '\u{a0}', '\t', '\u{200b}', '\u{ad}', '\u{feff}']);
    prop_assert!(!unread, "a character left to normalize in {:?}", reading);
    prop_assert!(!reading.contains("  "), "a doubled space in {reading:?}");
    let analysed = document.analysed();
    prop_assert_eq!(analysed.len(), reading.len());
    for (at, _) in reading.char_indices() {
        prop_assert!(analysed.is_char_boundary(at));
    }
    let mut covered = vec![0u8; text.len()];
    let mut previous_end = 0;
    for sentence in document.sentences() {
        prop_assert!(sentence.start < sentence.end && sentence.end <= reading.len());
        prop_assert!(!reading[sentence.clone()].trim().is_empty());
        let original = document.to_original(sentence.clone());
        prop_assert!(text.is_char_boundary(original.start) && text.is_char_boundary(original.end));
        prop_assert!(
            original.start >= previous_end,
            "{original:?} overlaps or goes back"
        );
        previous_end = original.end;
        for byte in &mut covered[original] {
            *byte += 1;
        }
    }
    for (at, c) in text.char_indices() {
        // A visible character is read once, unless it is a hyphen cutting a word at a line end
        // or on a line of page furniture, which the reading leaves out whole.
        let left_out = document.reading_of(at..at + c.len_utf8()).is_empty();
        if is_visible(c) && !left_out {
            prop_assert_eq!(covered[at], 1, "{:?} at byte {} of {:?}", c, at, text);
        }
        let hyphen_at_line_end = c == '-'
            && text[at + 1..]
                .trim_start_matches([' ', '\t', '\u{ad}', '\u{200b}', '\u{feff}', '\u{2060}', '\u{a0}'])
                .starts_with(['\n', '\r']);
        if is_visible(c) && left_out && !hyphen_at_line_end {
            let line = line_around(text, at);
            prop_assert!(
                document.reading_of(line.clone()).trim().is_empty(),
                "only part of the line {:?} was left out of {:?}",
                &text[line],
                text
            );
        }
        prop_assert!(covered[at] <= 1, "{:?} at byte {} read twice", c, at);
    }
    Ok(())
}

/// The byte range of the line of `text` around byte `at`, without its line break.
fn line_around(text: &str, at: usize) -> std::ops::Range<usize> {
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    let start = text[..at].rfind(is_break).map_or(0, |found| {
        found + text[found..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at..].find(is_break).map_or(text.len(), |found| at + found);
    start..end
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn sentences_cover_every_visible_character_once(text in pasted_like()) {
        check(&text)?;
    }

    #[test]
    fn wrapped_and_hyphenated_text_keeps_its_promises(words in prop::collection::vec("[a-z]{1,10}[.,]?", 20..200), width in 30usize..90) {
        for text in [wrap(&words, width), wrap(&words, width).to_uppercase(), wrap(&words, width).replace('\n', "\r\n")] {
            check(&text)?;
            let read: usize = Document::new(&text).reading().split_whitespace().map(|word| word.trim_end_matches('-').len()).sum();
            let written: usize = text.split_whitespace().map(|word| word.trim_end_matches('-').len()).sum();
            prop_assert_eq!(read, written, "prose lost or added in {:?}", text);
        }
    }
}

/// `words` hard-wrapped at `width`, the word that would overflow hyphenated when long.
fn wrap(words: &[String], width: usize) -> String {
    let mut text = String::new();
    let mut line = 0;
    for word in words {
        if line > 0 && line + 1 + word.len() > width {
            if word.len() >= 8 {
                let (head, tail) = word.split_at(4);
                text.push_str(&format!(" {head}-\n{tail}"));
                line = tail.len();
                continue;
            }
            text.push('\n');
            line = 0;
        } else if line > 0 {
            text.push(' ');
            line += 1;
        }
        text.push_str(word);
        line += word.len();
    }
    text
}

#[test]
fn a_pasted_pdf_paragraph_reads_as_prose() {
    let prose = "The minister said on Tuesday that the long and bitter conflict over the northern \
        border would end soon, and that the talks with the neighbouring government had been worth \
        every difficult hour they had cost. Nobody in the opposition believed him.";
    let words: Vec<String> = prose.split(' ').map(str::to_owned).collect();
    let pasted = format!("\u{feff}{}", wrap(&words, 50).replace('\n', "\r\n"));
    assert!(
        pasted.contains("-\r\n"),
        "the test wraps with hyphenation: {pasted:?}"
    );
    assert_eq!(Document::new(&pasted).reading(), prose);
}
