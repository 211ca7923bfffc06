//! Each crash the fuzzers found, as a named test: the minimized input (written here, never
//! copied from the data), checked against every invariant
//! (`nutgraf_fuzzing::invariants::check_all`). The fix is in the engine; the test keeps it
//! fixed.

use nutgraf_fuzzing::invariants::check_all;

/// Panics with the broken promise when `text` breaks one.
fn assert_keeps_every_promise(text: &str) {
    if let Err(broken) = check_all(text) {
        panic!("{broken}\ninput: {text:?}");
    }
}

/// Found by the `reports` target (a hard-wrapped, title-cased article cut off after
/// `said of Mrs. Clinton's`): a speaker ending on a possessive as the last token of the
/// text made the speaker resolution (`quotes/speakers.rs`, `head_name`) read the token after
/// the phrase, past the end of the tokens: "index out of bounds: the len is 9 but the index
/// is 9".
#[test]
fn a_possessive_speaker_ending_the_text() {
    assert_keeps_every_promise("“The plan is sound,” said Clinton's");
    assert_keeps_every_promise("The plan is sound, said Mrs. Clinton's");
    assert_keeps_every_promise("of Syracuse University, said Clinton's");
    // Still read as before when the text goes on.
    assert_keeps_every_promise("“The plan is sound,” said Clinton's adviser, Ana Lima.");
}

/// Found by the `quotes` target (a hard-wrapped German article cut off right after `sagte`):
/// a verb of saying as the text's last token made the German finder look for a quote mark at
/// the token after it (`quotes/german/cues.rs`, `subject_end`), past the end of the tokens:
/// "index out of bounds: the len is 324 but the index is 324".
#[test]
fn a_german_verb_of_saying_ending_the_text() {
    assert_keeps_every_promise("Die Lage sei ernst, sagte");
    assert_keeps_every_promise(
        "Der Minister sagte, die Lage sei ernst. Die Regierung habe nichts geprüft, sagte",
    );
    assert_keeps_every_promise("„Wir kommen“, sagte");
    // Still read as before when the text goes on.
    assert_keeps_every_promise("Die Lage sei ernst, sagte die Sprecherin der „Neuen Zürcher Zeitung“.");
}
