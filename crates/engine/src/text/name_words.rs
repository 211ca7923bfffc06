//! The name lists behind [`super::names`], read into tables when first needed; its other word
//! lists are in the lexicon (`short_titles`, `full_titles`, `name_followers`, …), and its
//! verbs of speech (`said lorne fitch, a ...`) are [`crate::lexicon::REPORTING_VERBS`]. The
//! short titles stay a list of their own, as [`crate::lexicon::ABBREVIATION_TITLES`] also
//! holds words that precede no name (`st.`, `vs.`, `e.g.`).

/// The US Census 1990 first names, one a line, `*` after one that is also a word (see
/// `lexicon/make_names.py`).
pub const FIRST_NAMES: &str = include_str!("../../lexicon/first_names.txt");
/// Short forms of first names the census lists lack (`josh`, `liz`), in their format.
pub const SHORT_FIRST_NAMES: &str = include_str!("../../lexicon/short_first_names.txt");
/// The US Census 1990 surnames, one a line, `*` after one that is also a word (see
/// `lexicon/make_names.py`).
pub const SURNAMES: &str = include_str!("../../lexicon/surnames.txt");
