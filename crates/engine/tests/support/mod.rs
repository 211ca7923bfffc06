//! What the quote table tests share: a quotation described in one line, and the failed
//! cases of a table, asserted once with every failure listed.

// Each test file is its own crate and uses only part of this.
#![allow(dead_code)]

use std::fmt::Debug;

use nutgraf_engine::{Quote, QuoteKind};

/// A quotation in one line: `Kind “words” — Some("speaker") (Some("cue"))`.
pub fn quote_line(kind: QuoteKind, words: &str, speaker: Option<&str>, cue: Option<&str>) -> String {
    format!("{kind:?} “{words}” — {speaker:?} ({cue:?})")
}

/// The [`quote_line`] of a `quote` found in `article`.
pub fn found_line(article: &str, quote: &Quote) -> String {
    quote_line(
        quote.kind,
        &article[quote.span.clone()],
        quote.speaker.as_ref().map(|speaker| speaker.name.as_str()),
        quote.cue.as_ref().map(|cue| &article[cue.clone()]),
    )
}

/// The cases of a table test that failed, each with what was found and what was expected.
#[derive(Default)]
pub struct Failures(Vec<String>);

impl Failures {
    /// Notes the case `case` as failed unless `found` is `expected`.
    pub fn check<T: PartialEq + Debug>(&mut self, case: &str, found: T, expected: T) {
        if found != expected {
            self.0
                .push(format!("{case}\n  found:    {found:?}\n  expected: {expected:?}"));
        }
    }

    /// Fails, listing every failed case, when any of the table's `cases` failed.
    pub fn assert_none(self, cases: usize) {
        assert!(
            self.0.is_empty(),
            "{} of {cases} case(s) failed:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}
