//! The word lists behind [`super::names`]: data only, all in lower case. Its verbs of speech
//! (`said lorne fitch, a ...`) are [`crate::lexicon::REPORTING_VERBS`]; its short
//! titles stay a list of their own, as [`super::abbreviation_words::TITLES`] also holds words
//! that precede no name (`st.`, `vs.`, `e.g.`).

/// The US Census 1990 first names, one a line, `*` after one that is also a word (see
/// `lexicon/make_names.py`).
pub const FIRST_NAMES: &str = include_str!("../../lexicon/first_names.txt");
/// The US Census 1990 surnames, one a line, `*` after one that is also a word (see
/// `lexicon/make_names.py`).
pub const SURNAMES: &str = include_str!("../../lexicon/surnames.txt");

/// Titles written short, with or without their full stop: the next word is a name.
pub const SHORT_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr",
    "adm", "rev", "hon", "supt", "insp", "det", "atty", "amb",
];

/// Titles written in full: the next word is a name unless the title is a common noun there
/// (`the president said`).
pub const FULL_TITLES: &[&str] = &[
    "president",
    "senator",
    "governor",
    "minister",
    "secretary",
    "chancellor",
    "mayor",
    "judge",
    "congressman",
    "congresswoman",
    "ambassador",
    "sheriff",
    "chairman",
    "chairwoman",
    "commissioner",
    "pope",
    "rabbi",
    "reverend",
    "senators",
    "presidents",
];

/// Words before a title that make it a common noun: `the president`, `his secretary`.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "that", "whose", "every",
    "each", "any", "no", "which", "what",
];

/// Words that follow a name without being part of it.
pub const NOT_NAMES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "wrote",
    "writes",
    "noted",
    "notes",
    "explained",
    "explains",
    "argued",
    "argues",
    "claimed",
    "claims",
    "stated",
    "states",
    "replied",
    "replies",
    "insisted",
    "insists",
    "warned",
    "warns",
    "announced",
    "announces",
    "recalled",
    "recalls",
    "continued",
    "continues",
    "according",
    "himself",
    "herself",
    "also",
    "however",
    "who",
    "whose",
    "whom",
    "jr",
    "sr",
    "would",
    "could",
    "should",
    "might",
    "must",
    "may",
    "can",
    "will",
    "shall",
];

/// Words before a word that make it a common word rather than a surname: `the campaign`,
/// `she would`.
pub const COMMON_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "that", "these", "those",
    "he", "she", "it", "they", "we", "i", "you", "to", "who", "which", "no", "any", "some", "every", "each",
    "more", "most", "very",
];

/// Words of time that follow a verb of speech without being a name: `said last week,`.
pub const TIME_WORDS: &[&str] = &[
    "last",
    "next",
    "this",
    "week",
    "weekend",
    "year",
    "month",
    "night",
    "morning",
    "afternoon",
    "evening",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "ago",
    "earlier",
    "later",
    "recently",
    "previously",
    "then",
    "again",
    "repeatedly",
    "publicly",
    "privately",
];
