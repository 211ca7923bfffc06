//! Words ending in a full stop that usually do not end a sentence, and the words that show a
//! new sentence has begun after one that might.

/// What a word followed by a full stop is, for the purpose of ending a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviation {
    /// A title or a word that always precedes more of the sentence: `Mr.`, `Dr.`, `Sen.`, `e.g.`.
    Title,
    /// An abbreviation that is never final in practice: `approx.`, `Jan.`, `No.`.
    Inner,
    /// One capital letter: an initial (`J. K. Rowling`) unless a sentence plainly starts next.
    Initial,
    /// May end a sentence or not: `Inc.`, `U.S.`, `D.C.`.
    Either,
    /// Numbers what follows: `No. 10`, `Fig. 3`, `art. 5`. Goes on only before a number.
    Numbering,
    /// A time of day, `a.m.` or `p.m.`: goes on only before a day, a month or a time zone.
    Clock,
    /// An ordinary word: its full stop ends the sentence.
    None,
}

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mssrs", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen",
    "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "pres", "rev", "hon", "st", "ste", "sr", "fr",
    "supt", "insp", "det", "atty", "amb", "mt", "ft", "ave", "blvd", "vs", "v", "cf", "eg", "ie", "e.g",
    "i.e", "viz", "ca", "approx", "dept", "est", "sec", "bzw", "vgl", "usw", "z.b", "d.h", "u.a", "ggf",
    "mme", "mlle", "sra", "srta", "dra", "ud", "uds",
];

const INNER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ed", "eds", "al",
];

const NUMBERING: &[&str] = &[
    "no", "nos", "nr", "art", "fig", "figs", "vol", "vols", "p", "pp", "ch", "op", "tel", "ext",
];

const EITHER: &[&str] = &[
    "inc", "ltd", "co", "corp", "llc", "plc", "jr", "bros", "ag", "gmbh", "cie", "u.s", "u.k", "u.n",
    "u.s.a", "e.u", "d.c", "l.a", "n.y", "s.a", "ph.d", "b.a", "m.a",
];

/// Capitalised words that usually open a sentence rather than continue a name or an
/// abbreviation: pronouns, determiners and connectives.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "in",
    "on",
    "at",
    "for",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "since",
    "although",
    "though",
    "what",
    "who",
    "why",
    "how",
    "where",
    "some",
    "many",
    "most",
    "all",
    "both",
    "one",
    "no",
    "not",
    "now",
    "then",
    "still",
    "also",
    "more",
    "other",
    "such",
    "last",
    "earlier",
    "later",
    "today",
    "yesterday",
    "by",
    "with",
    "from",
    "to",
    "of",
    "under",
    "der",
    "die",
    "das",
    "er",
    "sie",
    "es",
    "wir",
    "le",
    "la",
    "les",
    "il",
    "elle",
    "ils",
    "el",
    "los",
    "las",
    "ella",
];

/// Abbreviations that close most sentences they end: a capital after them starts a new one.
const USUALLY_FINAL: &[&str] = &["etc"];

const CLOCK: &[&str] = &["a.m", "p.m"];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Time zones written after a time of day or in a dateline (`9 p.m. ET`, `0412 GMT`); not
/// those spelled like English words (WET, WEST).
const TIME_ZONES: &[&str] = &[
    "acst", "aedt", "aest", "akdt", "akst", "awst", "bst", "cdt", "cest", "cet", "cst", "ct", "edt", "eest",
    "eet", "est", "et", "gmt", "hkt", "hst", "ist", "jst", "kst", "mdt", "msk", "mst", "mt", "nzdt", "nzst",
    "pdt", "pst", "pt", "sgt", "utc",
];

/// Words after which a one- or two-digit number with a full stop is an ordinal (`am 3. Oktober`,
/// `der 2. Weltkrieg`).
const ORDINAL_CONTEXT: &[&str] = &[
    "der", "die", "das", "dem", "den", "des", "am", "im", "zum", "zur", "vom", "bis", "ab", "seit", "vor",
    "nach", "dieser", "jeder", "het", "de",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "explained",
    "wrote",
    "replied",
    "answered",
    "shouted",
    "cried",
    "insisted",
    "warned",
    "stated",
    "noted",
    "continued",
    "recalled",
    "declared",
    "wondered",
    "laughed",
    "joked",
    "tweeted",
];

impl Abbreviation {
    /// Classifies the word written before a full stop (without the stop itself).
    pub fn classify(word: &str) -> Self {
        let lower = word.trim_end_matches('.').to_lowercase();
        let mut letters = lower.chars();
        if let (Some(only), None) = (letters.next(), letters.next()) {
            if only.is_alphabetic() && word.chars().all(char::is_uppercase) {
                return Self::Initial;
            }
        }
        if USUALLY_FINAL.contains(&lower.as_str()) {
            Self::None
        } else if TITLES.contains(&lower.as_str()) {
            Self::Title
        } else if INNER.contains(&lower.as_str()) {
            Self::Inner
        } else if NUMBERING.contains(&lower.as_str()) {
            Self::Numbering
        } else if CLOCK.contains(&lower.as_str()) {
            Self::Clock
        } else if EITHER.contains(&lower.as_str()) || is_dotted_acronym(&lower) {
            Self::Either
        } else {
            Self::None
        }
    }

    /// True when `word` (as written after a possible boundary) usually opens a sentence.
    pub fn starts_sentence(word: &str) -> bool {
        let bare = word
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        SENTENCE_STARTERS.contains(&bare.as_str())
    }

    /// True when `word` continues a time of day: a weekday, a month or a time zone in capitals
    /// (`ET`, `GMT`, `UTC`).
    pub fn continues_clock(word: &str) -> bool {
        let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let zone = bare.chars().all(|c| c.is_ascii_uppercase()) && is_time_zone(bare);
        zone || is_month_name(bare) || is_weekday(bare)
    }

    /// True when `word` makes a following small number with a full stop an ordinal.
    pub fn introduces_ordinal(word: &str) -> bool {
        ORDINAL_CONTEXT.contains(&word.to_lowercase().as_str())
    }

    /// True when `word` is the name of a month in one of the supported languages.
    pub fn is_month_name(word: &str) -> bool {
        is_month_name(word)
    }
}

/// True when `word` (trailing punctuation aside, any case) names a month in one of the
/// supported languages.
pub fn is_month_name(word: &str) -> bool {
    is_bare_word_in(MONTHS, word)
}

/// True when `word` (trailing punctuation aside, any case) names a day of the week in English.
pub fn is_weekday(word: &str) -> bool {
    is_bare_word_in(WEEKDAYS, word)
}

/// True when `word` (trailing punctuation aside, any case) is the abbreviation of a time zone.
pub fn is_time_zone(word: &str) -> bool {
    is_bare_word_in(TIME_ZONES, word)
}

/// True when `word`, without trailing punctuation and lower-cased, is in `list`.
fn is_bare_word_in(list: &[&str], word: &str) -> bool {
    let bare = word.trim_end_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    list.contains(&bare.as_str())
}

/// True for a verb that introduces speech after a quotation: `"Why?" Smith asked.`
pub fn is_reporting_verb(word: &str) -> bool {
    REPORTING_VERBS.contains(&word.to_lowercase().as_str())
}

/// Letters separated by full stops: `u.s`, `a.k.a`, `ph.d`.
fn is_dotted_acronym(lower: &str) -> bool {
    lower.contains('.')
        && lower.split('.').all(|part| {
            !part.is_empty() && part.chars().count() <= 2 && part.chars().all(char::is_alphabetic)
        })
}
