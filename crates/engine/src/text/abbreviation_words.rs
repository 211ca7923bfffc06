//! The word lists behind [`super::abbreviations`]: data only, all in lower case, written
//! without the final full stop (`e.g` for `e.g.`).

/// Titles and words that always precede more of the sentence: `Mr.`, `Dr.`, `e.g.`, `z.B.`.
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mssrs", "messrs", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "gen",
    "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "pres", "rev", "hon", "st", "ste", "sr", "fr",
    "supt", "insp", "det", "atty", "amb", "mt", "ft", "ave", "blvd", "vs", "v", "cf", "eg", "ie", "e.g",
    "i.e", "viz", "ca", "approx", "dept", "est", "sec", "bzw", "vgl", "z.b", "d.h", "u.a", "ggf", "hr",
    "hrn", "mme", "mlle", "env", "p.ex", "sra", "srta", "dra", "dña", "ud", "uds", "sig", "sigg", "dott",
    "avv", "ing", "dhr", "mevr", "bijv", "o.a", "bl.a", "f.eks", "т.е", "ул", "пр", "им",
];

/// Abbreviations that are never final in practice: months, `ed.`, `et al.`.
pub const INNER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ed", "eds", "al",
];

/// Abbreviations that number what follows: `No. 10`, `Fig. 3`, `Nr. 5`, `kl. 10`.
pub const NUMBERING: &[&str] = &[
    "no", "nos", "nr", "art", "fig", "figs", "vol", "vols", "p", "pp", "ch", "op", "tel", "ext", "pág", "kl",
    "nº",
];

/// Abbreviations that may end a sentence or not: `Inc.`, `U.S.`, `D.C.`.
pub const EITHER: &[&str] = &[
    "inc", "ltd", "co", "corp", "llc", "plc", "jr", "bros", "ag", "gmbh", "cie", "u.s", "u.k", "u.n",
    "u.s.a", "e.u", "d.c", "l.a", "n.y", "s.a", "ph.d", "b.a", "m.a",
];

/// Abbreviations that close most sentences they end (`and so on`): a capital after them
/// starts a new one.
pub const USUALLY_FINAL: &[&str] = &["etc", "usw", "ecc", "enz", "osv", "m.m", "т.д", "т.п", "и.т.д"];

/// Abbreviations written as two words with a space: `z. B.`, `d. h.`, `p. ex.`. Each pair is
/// the first word and the second, both without their full stops.
pub const SPACED: &[(&str, &str)] = &[("z", "b"), ("d", "h"), ("p", "ex"), ("u", "a"), ("т", "е")];

/// Times of day.
pub const CLOCK: &[&str] = &["a.m", "p.m"];

/// Capitalised words that usually open a sentence rather than continue a name or an
/// abbreviation: pronouns, determiners and connectives.
pub const SENTENCE_STARTERS: &[&str] = &[
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

/// Words that open a sentence and hardly ever follow an abbreviation or an initial inside
/// one, whatever their case: subject pronouns, articles, demonstratives, a few connectives.
/// Used where the case of letters carries no signal.
pub const STRONG_STARTERS: &[&str] = &[
    "the",
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
    "these",
    "those",
    "there",
    "but",
    "however",
    "meanwhile",
    "nobody",
    "er",
    "sie",
    "wir",
    "ich",
    "der",
    "die",
    "das",
    "il",
    "elle",
    "ils",
    "elles",
    "nous",
    "ella",
    "ellos",
    "nosotros",
    "hij",
    "zij",
    "wij",
    "ele",
    "ela",
    "eles",
    "han",
    "hun",
    "он",
    "она",
    "они",
    "мы",
    "это",
];

/// Words that, after `a.m.` or `p.m.`, continue the time of day whatever their case
/// (besides weekdays, months and time zones): `5 p.m. on Friday`, `9 a.m. local time`.
pub const CLOCK_CONTINUERS: &[&str] = &[
    "on",
    "in",
    "at",
    "and",
    "or",
    "to",
    "until",
    "till",
    "local",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "sharp",
    "eastern",
    "pacific",
    "central",
    "mountain",
    "with",
    "for",
    "from",
];

/// Words that continue a time of day in any case, even when case carries a signal:
/// `10 a.m. Eastern Time`.
pub const CLOCK_REGIONS: &[&str] = &["eastern", "pacific"];

/// Time zones written after a time of day or in a dateline (`9 p.m. ET`, `0412 GMT`); not
/// those spelled like English words (WET, WEST).
pub const TIME_ZONES: &[&str] = &[
    "acst", "aedt", "aest", "akdt", "akst", "awst", "bst", "cdt", "cest", "cet", "cst", "ct", "edt", "eest",
    "eet", "est", "et", "gmt", "hkt", "hst", "ist", "jst", "kst", "mdt", "msk", "mst", "mt", "nzdt", "nzst",
    "pdt", "pst", "pt", "sgt", "utc",
];

/// Words after which a one- or two-digit number with a full stop is an ordinal (`am 3. Oktober`,
/// `der 2. Weltkrieg`).
pub const ORDINAL_CONTEXT: &[&str] = &[
    "der", "die", "das", "dem", "den", "des", "am", "im", "zum", "zur", "vom", "bis", "ab", "seit", "vor",
    "nach", "dieser", "jeder", "het", "de",
];

/// Months in the supported languages.
pub const MONTHS: &[&str] = &[
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

/// Words that, last on a line without a stop, show that the sentence goes on on the next
/// line: articles, prepositions, conjunctions.
pub const LINE_CONTINUERS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that",
    "as", "is", "was", "are", "were", "be", "his", "her", "their", "its", "our", "my", "your", "this",
    "which", "who", "into", "than", "has", "have", "had", "not",
];
