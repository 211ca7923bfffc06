//! The quote finder never panics and stays linear: arbitrary Unicode, empty and tiny inputs,
//! unbalanced marks, control characters, mixed scripts and a megabyte on one line. Every span
//! it returns lies on char boundaries, in order.

use std::time::{Duration, Instant};

use nutgraf_engine::{Document, QuoteFinder};
use nutgraf_fuzzing::invariants::{check_found_quotes, check_quotes_report};
use proptest::prelude::*;

/// Runs the finder and checks its promises (see `nutgraf_fuzzing::invariants`): spans that
/// can be sliced, in order, and a quotes report that names them and round-trips as JSON.
fn find_and_check(text: &str) {
    let document = Document::new(text);
    let quotes = QuoteFinder.find_in(&document);
    if let Err(broken) =
        check_found_quotes(text, &quotes).and_then(|()| check_quotes_report(&document, &quotes))
    {
        panic!("{broken} in {text:?}");
    }
}

/// Characters that exercise the marks, the cues and the tokenizer.
const PIECES: &[&str] = &[
    "\"",
    "'",
    "''",
    "“",
    "”",
    "‘",
    "’",
    "„",
    "‚",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "`",
    " ",
    "\n",
    "\n\n",
    ",",
    ".",
    ":",
    "—",
    "―",
    "(",
    ")",
    "said",
    "Said",
    "according to",
    "told",
    "he",
    "she",
    "Mr.",
    "Smith",
    "U.S.",
    "a-t-il",
    "sagte",
    "afirmó",
    "that",
    "é",
    "\u{a0}",
    "\u{0}",
    "\u{301}",
    "日本",
    "–",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        find_and_check(&text);
    }

    #[test]
    fn soups_of_marks_and_cues_never_panic(pieces in proptest::collection::vec(0..PIECES.len(), 0..80)) {
        let text: String = pieces.into_iter().map(|index| PIECES[index]).collect();
        find_and_check(&text);
    }
}

#[test]
fn edge_inputs_never_panic() {
    for text in [
        "",
        " ",
        "word",
        "“",
        "”",
        "\"",
        "'",
        "«»",
        "„“",
        "…!?,.;:",
        "“unclosed quote that goes on",
        "said",
        "according to",
        ", said",
        "“”",
        "\"\" said he",
        "\u{0}\u{1}\u{2}\t\r\n",
        "Ελλάδα “Κάτι” είπε. Россия «что-то» сказал. 中国「何か」と言った。",
        "a-t-il",
        "—",
        "― Name",
        "」‹›\"''said\u{301}'said",
    ] {
        find_and_check(text);
    }
}

#[test]
fn a_megabyte_on_one_line_is_handled_in_linear_time() {
    let sentence = "“We will win this, and soon,” said Mr. Smith, according to a source. ";
    let text = sentence.repeat(1_000_000 / sentence.len());
    let start = Instant::now();
    find_and_check(&text);
    // Generous even for a debug build on a slow machine; quadratic work would take hours.
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
    let marks = "“".repeat(200_000);
    find_and_check(&marks);
    let words = "said ".repeat(200_000);
    find_and_check(&words);
}

#[test]
fn a_five_kilobyte_article_takes_well_under_a_millisecond_in_release() {
    // A news article of ordinary density: a quote or a report every other sentence.
    let paragraphs = [
        "Steve Witkoff, the special envoy to the Middle East, is scheduled to meet Russian President \
         Vladimir Putin in Moscow, according to a source familiar with the plans. The meeting is part of \
         ongoing diplomatic efforts to broker a ceasefire in the three-year-long conflict.",
        "Witkoff, who has increasingly taken on a central role in foreign policy, previously met with \
         Putin last month, securing the release of an American schoolteacher who had been serving a \
         sentence in Russia.",
        "Meanwhile, U.S. Secretary of State Marco Rubio is leading a delegation to Saudi Arabia on \
         Tuesday to meet with Ukrainian officials. The discussions are expected to focus on concessions.",
        "Rubio emphasized the need for compromise, stating, “We have to understand the Ukrainian position \
         and get a general idea of what concessions they’d be willing to make. That’s just obvious.”",
        "He added that the talks would not involve drawing detailed lines on a map. “We’ll need to see \
         what concessions are in the realm of the possible for them,” Rubio explained.",
        "The dual-track diplomatic efforts highlight the administration’s push to bring an end to the \
         conflict. However, the path to peace remains fraught with challenges, as both sides have yet to \
         agree on key issues, including territorial disputes and security guarantees.",
    ];
    let article = paragraphs.join("\n\n");
    let text = [article.as_str(); 4].join("\n\n");
    let finder = QuoteFinder;
    // The best of several batches, so that a busy machine does not make the figure.
    let runs_per_batch = 3;
    let each = (0..60)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..runs_per_batch {
                std::hint::black_box(finder.find(std::hint::black_box(&text)));
            }
            start.elapsed() / runs_per_batch
        })
        .min()
        .unwrap_or_default();
    eprintln!("a {} byte article took {each:?}", text.len());
    if !cfg!(debug_assertions) {
        assert!(each < Duration::from_millis(1), "took {each:?}");
    }
}

/// A stance verb whose object is cut off by a line break (`warned` / `of …` / `process.`)
/// once sliced a clause that ended before it began.
#[test]
fn stance_object_cut_by_a_line_break() {
    find_and_check(
        "U.S. intelligence officials have warned\nof Russian efforts to use hacking to interfere with the election\nprocess.\n",
    );
    find_and_check(
        "The FBI will also have a command center to monitor potential security\nthreats related to the election. U.S. intelligence officials have warned\nof Russian efforts to use hacking to interfere with the election\nprocess.\n",
    );
}
