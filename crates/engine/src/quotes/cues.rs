//! The words that introduce speech: reporting verbs in every tense (English by lemma and
//! inflection, German, French and Spanish by form), verbs of thought that report a `that`
//! clause, and multi-word cues such as `according to`, `selon`, `según` and `laut`.

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::text::quote_marks::{mark_char, quote_mark, Weight};
use crate::text::tokens::Token;

/// What a cue says about the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A verb of saying: `said`, `told`, `a déclaré`. It reports speech in any construction,
    /// and its speaker may follow it (`said Smith`).
    Speech,
    /// A verb of thought or finding: `believes`, `found`. It reports only a `that` clause.
    Thought,
    /// A verb of stance or advocacy: `criticized`, `wants`, `called for`. It reports its
    /// object or an infinitive, but never introduces a quote.
    Stance,
    /// A phrase whose source follows it: `according to`, `selon`, `laut`.
    SourceFollows,
    /// A word whose source precedes it: `zufolge`.
    SourcePrecedes,
}

/// A cue found at a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The token indices the cue covers.
    pub tokens: Range<usize>,
    /// How the cue behaves.
    pub class: CueClass,
    /// An English `-ing` participle (`stating`, `adding`): the speaker is the clause subject.
    pub participle: bool,
}

/// English verbs of saying, by lemma (sorted for binary search).
const SPEECH_LEMMAS: &[&str] = &[
    "acknowledge",
    "add",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "aver",
    "blast",
    "blog",
    "boast",
    "brag",
    "caution",
    "charge",
    "chide",
    "chime",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confess",
    "confide",
    "confirm",
    "contend",
    "continue",
    "counter",
    "cry",
    "declare",
    "demand",
    "deny",
    "disclose",
    "email",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "grumble",
    "highlight",
    "inform",
    "insist",
    "interject",
    "joke",
    "lament",
    "maintain",
    "mention",
    "mutter",
    "note",
    "object",
    "observe",
    "opine",
    "plead",
    "pledge",
    "post",
    "predict",
    "proclaim",
    "promise",
    "protest",
    "quip",
    "reassure",
    "recall",
    "recount",
    "reiterate",
    "remark",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "say",
    "scoff",
    "scream",
    "shout",
    "snap",
    "speculate",
    "state",
    "stress",
    "suggest",
    "swear",
    "tell",
    "testify",
    "text",
    "tweet",
    "underline",
    "urge",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "write",
    "yell",
];

/// English verbs of thought and finding that report a `that` clause (sorted).
const THOUGHT_LEMMAS: &[&str] = &[
    "accept",
    "anticipate",
    "assume",
    "believe",
    "calculate",
    "decide",
    "determine",
    "discover",
    "doubt",
    "estimate",
    "expect",
    "fear",
    "feel",
    "figure",
    "find",
    "forecast",
    "guess",
    "hear",
    "hold",
    "hope",
    "imply",
    "indicate",
    "know",
    "learn",
    "project",
    "prove",
    "read",
    "realise",
    "realize",
    "reason",
    "reckon",
    "recognize",
    "rule",
    "see",
    "show",
    "signal",
    "suspect",
    "think",
    "understand",
    "worry",
];

/// English verbs of stance and advocacy that report their object (sorted).
const STANCE_LEMMAS: &[&str] = &[
    "accuse",
    "advocate",
    "applaud",
    "assail",
    "assess",
    "attack",
    "back",
    "bemoan",
    "berate",
    "blame",
    "brand",
    "call",
    "campaign",
    "challenge",
    "champion",
    "characterise",
    "characterize",
    "cite",
    "commend",
    "compare",
    "complain",
    "condemn",
    "confront",
    "congratulate",
    "consider",
    "contest",
    "credit",
    "criticise",
    "criticize",
    "debate",
    "decline",
    "decry",
    "deem",
    "defend",
    "denounce",
    "depict",
    "deplore",
    "describe",
    "discuss",
    "dismiss",
    "dispute",
    "downplay",
    "dub",
    "echo",
    "endorse",
    "equate",
    "examine",
    "fault",
    "favor",
    "favour",
    "fight",
    "grill",
    "hail",
    "implore",
    "intend",
    "label",
    "lambast",
    "laud",
    "liken",
    "lobby",
    "minimise",
    "minimize",
    "mock",
    "oppose",
    "overrule",
    "plan",
    "portray",
    "praise",
    "propose",
    "question",
    "rail",
    "rate",
    "rebuke",
    "rebut",
    "recommend",
    "reference",
    "refuse",
    "refute",
    "regard",
    "reject",
    "ridicule",
    "salute",
    "seek",
    "slam",
    "speak",
    "support",
    "talk",
    "term",
    "thank",
    "threaten",
    "tout",
    "trumpet",
    "view",
    "want",
    "welcome",
];

/// Irregular English forms and their lemmas.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("writing", "write"),
    ("thought", "think"),
    ("felt", "feel"),
    ("knew", "know"),
    ("known", "know"),
    ("found", "find"),
    ("shown", "show"),
    ("heard", "hear"),
    ("held", "hold"),
    ("saw", "see"),
    ("seen", "see"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("understood", "understand"),
    ("admitted", "admit"),
    ("admitting", "admit"),
    ("snapped", "snap"),
    ("snapping", "snap"),
    ("texted", "text"),
    ("read", "read"),
    ("cried", "cry"),
    ("replied", "reply"),
    ("implied", "imply"),
    ("sought", "seek"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("fought", "fight"),
];

/// Lemmas whose bare form is too often a noun or another verb to report speech.
const INFLECTED_ONLY: &[&str] = &[
    "advocate",
    "attack",
    "back",
    "brand",
    "call",
    "campaign",
    "charge",
    "chime",
    "continue",
    "counter",
    "credit",
    "cry",
    "debate",
    "dub",
    "echo",
    "favor",
    "favour",
    "fight",
    "figure",
    "find",
    "hail",
    "hear",
    "hold",
    "label",
    "lobby",
    "note",
    "object",
    "plan",
    "plead",
    "post",
    "project",
    "question",
    "rate",
    "read",
    "reference",
    "report",
    "rule",
    "see",
    "show",
    "signal",
    "slam",
    "snap",
    "state",
    "support",
    "term",
    "text",
    "thank",
    "tout",
    "view",
];

/// Lemmas whose `-s` form is more often a plural noun (`debates`, `plans`, `remarks`): a verb
/// only after a pronoun or a name.
const NOUN_LIKE: &[&str] = &[
    "advocate",
    "answer",
    "blog",
    "brand",
    "call",
    "campaign",
    "challenge",
    "charge",
    "claim",
    "comment",
    "contest",
    "counter",
    "credit",
    "debate",
    "dispute",
    "doubt",
    "dub",
    "echo",
    "email",
    "estimate",
    "fight",
    "figure",
    "forecast",
    "hail",
    "label",
    "lobby",
    "note",
    "object",
    "plan",
    "portray",
    "post",
    "project",
    "protest",
    "question",
    "rate",
    "reference",
    "remark",
    "reply",
    "report",
    "rule",
    "show",
    "signal",
    "state",
    "term",
    "text",
    "thank",
    "tweet",
    "view",
];

/// Nouns of records and measurements that report what they show: `a poll shows`, `the
/// filings show`, `data suggest` (sorted).
const EVIDENCE_NOUNS: &[&str] = &[
    "analyses",
    "analysis",
    "audit",
    "average",
    "chart",
    "count",
    "data",
    "document",
    "documents",
    "estimates",
    "figures",
    "files",
    "filing",
    "filings",
    "footage",
    "numbers",
    "poll",
    "polling",
    "polls",
    "records",
    "report",
    "reports",
    "research",
    "results",
    "slide",
    "statistics",
    "studies",
    "study",
    "survey",
    "surveys",
    "tally",
    "video",
];

/// How many words back from a verb the noun of records heading its subject may stand
/// (`video of the incident shows`).
const EVIDENCE_REACH: usize = 6;

/// True when a noun of records or measurements heads the words right before `index`, with
/// nothing but words between (`a new poll shows`, `the average of recent polls shows`).
pub(crate) fn follows_evidence(text: &str, tokens: &[Token], index: usize) -> bool {
    let lowest = index.saturating_sub(EVIDENCE_REACH);
    (lowest..index)
        .rev()
        .take_while(|&at| tokens[at].is_word())
        .any(|at| super::lists::is_listed_lowercased(EVIDENCE_NOUNS, tokens[at].text(text)))
}

/// True when a pronoun or a name (not opening the sentence) stands right before `index`.
fn follows_named_subject(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|at| tokens.get(at)) else {
        return false;
    };
    let lower = previous.text(text).to_lowercase();
    matches!(lower.as_str(), "he" | "she" | "it" | "who" | "which")
        || previous.is_capitalized(text) && !is_sentence_start(text, tokens, index - 1)
}

/// German, French and Spanish verbs of saying, as written (lower case).
const FOREIGN_SPEECH: &[&str] = &[
    "advierte",
    "advirtió",
    "affirmait",
    "affirme",
    "affirmé",
    "afirma",
    "afirmó",
    "agrega",
    "agregó",
    "ajoutait",
    "ajoute",
    "ajouté",
    "annonce",
    "annoncé",
    "antwortete",
    "apuntó",
    "asegura",
    "aseguró",
    "assure",
    "assuré",
    "averti",
    "avertit",
    "añade",
    "añadió",
    "behauptete",
    "bekräftigte",
    "berichtet",
    "berichtete",
    "betont",
    "betonte",
    "comenta",
    "comentó",
    "confie",
    "confié",
    "declara",
    "declaró",
    "destaca",
    "destacó",
    "dice",
    "dijo",
    "disait",
    "dit",
    "déclarait",
    "déclare",
    "déclaré",
    "ergänzte",
    "erklären",
    "erklärt",
    "erklärte",
    "erklärten",
    "escribe",
    "escribió",
    "estime",
    "estimé",
    "explica",
    "explicó",
    "expliquait",
    "explique",
    "expliqué",
    "expresó",
    "forderte",
    "fragt",
    "fragte",
    "fügte",
    "indica",
    "indicó",
    "indique",
    "indiqué",
    "insiste",
    "insistió",
    "insisté",
    "kritisierte",
    "lance",
    "lancé",
    "manifestó",
    "martelé",
    "martèle",
    "meint",
    "meinte",
    "précise",
    "précisé",
    "rappelle",
    "rappelé",
    "reconnaît",
    "reconnu",
    "reconoció",
    "responde",
    "respondió",
    "räumte",
    "répond",
    "répondu",
    "sagen",
    "sagt",
    "sagte",
    "sagten",
    "schreibt",
    "schrieb",
    "señala",
    "señaló",
    "sostiene",
    "sostuvo",
    "soulignait",
    "souligne",
    "souligné",
    "subraya",
    "subrayó",
    "teilte",
    "twitterte",
    "unterstrich",
    "versicherte",
    "warnt",
    "warnte",
    "écrit",
];

/// Words heading a phrase that names the source after it.
const SOURCE_FOLLOWS: &[&[&str]] = &[
    &["according", "to"],
    &["selon"],
    &["d'après"],
    &["d’après"],
    &["según"],
    &["laut"],
    &["gemäß"],
];

/// Multi-word verbs of saying: `put it`, `shot back`, `chimed in`, `went on`.
const SPEECH_PHRASES: &[&[&str]] = &[
    &["put", "it"],
    &["puts", "it"],
    &["shot", "back"],
    &["shoots", "back"],
    &["fired", "back"],
    &["fires", "back"],
    &["hit", "back"],
    &["hits", "back"],
    &["pushed", "back"],
    &["cut", "in"],
    &["chimed", "in"],
    &["chimes", "in"],
    &["went", "on"],
    &["goes", "on"],
    &["weighed", "in"],
    &["pointed", "out"],
    &["points", "out"],
    &["spoke", "up"],
    &["piped", "up"],
    &["summed", "up"],
];

/// The first words of [`SOURCE_FOLLOWS`] and [`SPEECH_PHRASES`] (sorted).
const PHRASE_HEADS: &[&str] = &[
    "according",
    "chimed",
    "chimes",
    "cut",
    "d'après",
    "d’après",
    "fired",
    "fires",
    "gemäß",
    "goes",
    "hit",
    "hits",
    "laut",
    "piped",
    "pointed",
    "points",
    "pushed",
    "put",
    "puts",
    "según",
    "selon",
    "shoots",
    "shot",
    "spoke",
    "summed",
    "weighed",
    "went",
];

/// Words preceded by the source they cite.
const SOURCE_PRECEDES: &[&str] = &["zufolge"];

/// Words that make a following `-s` or `-ed` word a noun or an adjective, not a verb.
const DETERMINERS: &[&str] = &[
    "a", "an", "any", "by", "earlier", "for", "her", "his", "in", "its", "many", "more", "most", "my", "new",
    "no", "of", "on", "our", "previous", "recent", "several", "some", "such", "that", "the", "their",
    "these", "this", "those", "which", "whose", "with", "your",
];

/// Words that stand between a cue and what it reports: time, place, medium and addressee
/// (`said on Tuesday in a statement that`, `told reporters:`).
const FILLERS: &[&str] = &[
    "a",
    "afternoon",
    "afterward",
    "afterwards",
    "again",
    "also",
    "am",
    "an",
    "at",
    "audience",
    "bluntly",
    "briefing",
    "communiqué",
    "comunicado",
    "conference",
    "crowd",
    "dans",
    "directly",
    "during",
    "earlier",
    "einer",
    "el",
    "email",
    "emailed",
    "en",
    "erklärung",
    "evening",
    "facebook",
    "firmly",
    "flatly",
    "friday",
    "hearing",
    "her",
    "his",
    "in",
    "interview",
    "interviews",
    "journalists",
    "last",
    "late",
    "later",
    "letter",
    "monday",
    "month",
    "morning",
    "night",
    "of",
    "on",
    "once",
    "online",
    "post",
    "press",
    "previously",
    "privately",
    "publicly",
    "radio",
    "rally",
    "recently",
    "repeatedly",
    "reporters",
    "saturday",
    "separately",
    "shortly",
    "simply",
    "speech",
    "statement",
    "sunday",
    "supporters",
    "television",
    "the",
    "their",
    "then",
    "this",
    "thursday",
    "to",
    "today",
    "told",
    "tonight",
    "tuesday",
    "tweet",
    "twitter",
    "un",
    "une",
    "via",
    "wednesday",
    "week",
    "weekend",
    "written",
    "year",
    "yesterday",
];

/// True for a word that may stand between a cue and what it reports.
pub(crate) fn is_cue_filler(lower: &str) -> bool {
    super::lists::is_listed(FILLERS, lower)
}

/// The cue starting at token `index`, if one does.
#[cfg(test)]
pub(crate) fn cue_at(text: &str, tokens: &[Token], index: usize) -> Option<Cue> {
    let lower = tokens.get(index)?.text(text).to_lowercase();
    cue_at_lower(text, tokens, index, &lower)
}

/// The cue starting at token `index`, whose lower-case form is `lower`, if one does.
pub(crate) fn cue_at_lower(text: &str, tokens: &[Token], index: usize, lower: &str) -> Option<Cue> {
    let token = tokens.get(index)?;
    if !token.is_word() {
        return None;
    }
    let heads_phrase = super::lists::is_listed(PHRASE_HEADS, lower);
    for phrase in SOURCE_FOLLOWS.iter().filter(|_| heads_phrase) {
        if phrase_matches(text, tokens, index, lower, phrase) {
            return Some(Cue {
                tokens: index..index + phrase.len(),
                class: CueClass::SourceFollows,
                participle: false,
            });
        }
    }
    for phrase in SPEECH_PHRASES.iter().filter(|_| heads_phrase) {
        if phrase_matches(text, tokens, index, lower, phrase)
            && (token.is_lowercase(text) || is_sentence_start(text, tokens, index))
        {
            return Some(Cue {
                tokens: index..index + phrase.len(),
                class: CueClass::Speech,
                participle: false,
            });
        }
    }
    if SOURCE_PRECEDES.contains(&lower) {
        return Some(Cue {
            tokens: index..index + 1,
            class: CueClass::SourcePrecedes,
            participle: false,
        });
    }
    if !token.is_lowercase(text)
        && !is_sentence_start(text, tokens, index)
        && !in_headline(text, tokens, index)
    {
        return None;
    }
    if super::lists::is_listed(FOREIGN_SPEECH, lower) {
        return Some(Cue {
            tokens: index..index + 1,
            class: CueClass::Speech,
            participle: false,
        });
    }
    let (lemma, inflection) = english_lemma(lower)?;
    let class = if SPEECH_LEMMAS.binary_search(&lemma).is_ok() {
        CueClass::Speech
    } else if STANCE_LEMMAS.binary_search(&lemma).is_ok() {
        CueClass::Stance
    } else {
        CueClass::Thought
    };
    if inflection != Inflection::Base && follows_determiner(text, tokens, index) {
        return None;
    }
    let after_evidence = follows_evidence(text, tokens, index);
    if inflection == Inflection::S
        && super::lists::is_listed(NOUN_LIKE, lemma)
        && !follows_named_subject(text, tokens, index)
        && !after_evidence
    {
        return None;
    }
    if inflection == Inflection::Base && super::lists::is_listed(INFLECTED_ONLY, lemma) && !after_evidence {
        return None;
    }
    let after_name = lemma == "say" && index > 0 && tokens[index - 1].is_capitalized(text);
    if inflection == Inflection::Base
        && !after_name
        && !after_evidence
        && !follows_plural_subject(text, tokens, index)
    {
        return None;
    }
    Some(Cue {
        tokens: index..index + 1,
        class,
        participle: inflection == Inflection::Ing && !follows_be(text, tokens, index),
    })
}

/// `is stressing`, `are now telling`: a form of `be` before an `-ing` form makes it the
/// finite verb of its clause, not a participle.
fn follows_be(text: &str, tokens: &[Token], index: usize) -> bool {
    let mut at = index;
    while at > 0 && index - at < 3 {
        at -= 1;
        let token = &tokens[at];
        if !token.is_word() {
            return false;
        }
        match token.text(text).to_lowercase().as_str() {
            "is" | "are" | "was" | "were" | "am" | "been" | "be" | "’s" => return true,
            "also" | "now" | "still" | "not" | "publicly" | "increasingly" | "again" => continue,
            _ => return false,
        }
    }
    false
}

/// `Lindsey Graham Says`: a capitalised verb after a capitalised word in a line that ends
/// without a stop or with one right after the verb, as headlines are written.
fn in_headline(text: &str, tokens: &[Token], index: usize) -> bool {
    let previous_capitalized = index > 0 && tokens[index - 1].is_capitalized(text);
    let word = tokens[index].text(text);
    previous_capitalized
        && matches!(
            word,
            "Says" | "Said" | "Tells" | "Told" | "Warns" | "Claims" | "Urges" | "Admits" | "Vows"
        )
        && tokens
            .get(index + 1)
            .is_none_or(|next| next.line_before || next.is('.') || next.is(':') || next.is(','))
}

/// True when the words from `index` spell `phrase` (lower case).
fn phrase_matches(text: &str, tokens: &[Token], index: usize, lower: &str, phrase: &[&str]) -> bool {
    phrase.first() == Some(&lower)
        && phrase.iter().enumerate().skip(1).all(|(offset, expected)| {
            tokens.get(index + offset).is_some_and(|token| {
                token.is_word()
                    && token.text(text).len() == expected.len()
                    && token.text(text).to_lowercase() == *expected
            })
        })
}

/// True when token `index` opens the text, or follows a stop, a colon, a dash or a double
/// mark that usually opens a quotation (“ " „ « 「).
fn is_sentence_start(text: &str, tokens: &[Token], index: usize) -> bool {
    index == 0
        || tokens.get(index - 1).is_some_and(|previous| {
            previous.line_before && index == 1
                || matches!(previous.text(text), "." | "!" | "?" | ":" | "—")
                || mark_char(previous.text(text))
                    .and_then(quote_mark)
                    .is_some_and(|mark| mark.weight == Weight::Double && mark.usually_opens())
        })
}

fn follows_determiner(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|at| tokens.get(at)) else {
        return false;
    };
    let previous_text = previous.text(text);
    previous.is_word()
        && (super::lists::is_listed(DETERMINERS, previous_text.to_lowercase().as_str())
            || previous_text.ends_with("’s")
            || previous_text.ends_with("'s"))
}

/// Words after which a bare verb form is a verb: `they say`, `critics argue`, `will tell`.
fn follows_plural_subject(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|at| tokens.get(at)) else {
        return false;
    };
    if !previous.is_word() {
        return false;
    }
    let lower = previous.text(text).to_lowercase();
    matches!(
        lower.as_str(),
        "i" | "you"
            | "we"
            | "they"
            | "to"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "not"
            | "did"
            | "do"
            | "does"
            | "also"
            | "often"
            | "never"
            | "still"
            | "people"
            | "many"
            | "some"
            | "others"
            | "who"
            | "all"
            | "both"
            | "now"
            | "generally"
            | "typically"
            | "usually"
            | "n't"
            | "don't"
            | "don’t"
            | "didn't"
            | "didn’t"
            | "police"
    ) || lower.chars().count() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
}

/// How an English verb form is inflected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inflection {
    Base,
    S,
    Ed,
    Ing,
}

/// The lemma of an English verb form from any lexicon, with its inflection.
fn english_lemma(lower: &str) -> Option<(&'static str, Inflection)> {
    english_forms().get(lower).copied()
}

/// Every inflected form of every English lemma, built once: `say`, `says`, `saying`,
/// `said`; `emphasize`, `emphasized`, `emphasizing`, …
fn english_forms() -> &'static FxHashMap<String, (&'static str, Inflection)> {
    static FORMS: OnceLock<FxHashMap<String, (&'static str, Inflection)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms = FxHashMap::default();
        for lexicon in [SPEECH_LEMMAS, THOUGHT_LEMMAS, STANCE_LEMMAS] {
            for &lemma in lexicon {
                for (form, inflection) in inflections(lemma) {
                    forms.entry(form).or_insert((lemma, inflection));
                }
            }
        }
        for &(form, lemma) in IRREGULAR {
            let inflection = if form.ends_with("ing") {
                Inflection::Ing
            } else {
                Inflection::Ed
            };
            let lemma = [SPEECH_LEMMAS, THOUGHT_LEMMAS, STANCE_LEMMAS]
                .into_iter()
                .find_map(|lexicon| lexicon.iter().find(|known| **known == lemma))
                .copied();
            if let Some(lemma) = lemma {
                forms.insert(form.to_owned(), (lemma, inflection));
            }
        }
        forms
    })
}

/// The regular forms of an English verb: base, third person, past and `-ing`.
fn inflections(lemma: &str) -> Vec<(String, Inflection)> {
    let mut forms = vec![(lemma.to_owned(), Inflection::Base)];
    let last = lemma.chars().next_back().unwrap_or_default();
    let before_last = lemma.chars().rev().nth(1).unwrap_or_default();
    let vowel = |c: char| "aeiou".contains(c);
    let stem_without_last = &lemma[..lemma.len() - last.len_utf8()];
    if last == 'y' && !vowel(before_last) {
        forms.push((format!("{stem_without_last}ies"), Inflection::S));
        forms.push((format!("{stem_without_last}ied"), Inflection::Ed));
    } else if lemma.ends_with(['s', 'x', 'z', 'o']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        forms.push((format!("{lemma}es"), Inflection::S));
        forms.push((format!("{lemma}ed"), Inflection::Ed));
    } else if last == 'e' {
        forms.push((format!("{lemma}s"), Inflection::S));
        forms.push((format!("{lemma}d"), Inflection::Ed));
    } else {
        forms.push((format!("{lemma}s"), Inflection::S));
        forms.push((format!("{lemma}ed"), Inflection::Ed));
        forms.push((format!("{lemma}{last}ed"), Inflection::Ed));
    }
    if last == 'e' && !lemma.ends_with("ee") {
        forms.push((format!("{stem_without_last}ing"), Inflection::Ing));
    } else {
        forms.push((format!("{lemma}ing"), Inflection::Ing));
        if !vowel(last) && last != 'y' && last != 'w' {
            forms.push((format!("{lemma}{last}ing"), Inflection::Ing));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    #[test]
    fn word_lists_are_sorted() {
        assert!(super::super::lists::is_sorted(FOREIGN_SPEECH), "FOREIGN_SPEECH");
        assert!(super::super::lists::is_sorted(PHRASE_HEADS), "PHRASE_HEADS");
        for phrase in SOURCE_FOLLOWS.iter().chain(SPEECH_PHRASES) {
            assert!(
                super::super::lists::is_listed(PHRASE_HEADS, phrase[0]),
                "{phrase:?}"
            );
        }
        assert!(super::super::lists::is_sorted(DETERMINERS), "DETERMINERS");
        assert!(super::super::lists::is_sorted(FILLERS), "FILLERS");
        assert!(super::super::lists::is_sorted(INFLECTED_ONLY), "INFLECTED_ONLY");
        assert!(super::super::lists::is_sorted(NOUN_LIKE), "NOUN_LIKE");
        assert!(super::super::lists::is_sorted(EVIDENCE_NOUNS), "EVIDENCE_NOUNS");
    }

    fn class_of(sentence: &str, word: &str) -> Option<CueClass> {
        let tokens = tokenize(sentence);
        let index = tokens.iter().position(|token| token.text(sentence) == word)?;
        cue_at(sentence, &tokens, index).map(|cue| cue.class)
    }

    #[test]
    fn lexicons_are_sorted() {
        assert!(SPEECH_LEMMAS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(THOUGHT_LEMMAS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(STANCE_LEMMAS.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn knows_verbs_in_every_tense() {
        for (sentence, word) in [
            ("he said so", "said"),
            ("she says so", "says"),
            ("he told me", "told"),
            ("they emphasized it", "emphasized"),
            ("stating, yes", "stating"),
            ("he replied", "replied"),
            ("she has admitted it", "admitted"),
            ("er sagte", "sagte"),
            ("il a déclaré", "déclaré"),
            ("ella afirmó", "afirmó"),
        ] {
            assert_eq!(class_of(sentence, word), Some(CueClass::Speech), "{sentence}");
        }
        assert_eq!(class_of("they believe that", "believe"), Some(CueClass::Thought));
        assert_eq!(class_of("the reports said", "reports"), None);
        assert_eq!(
            class_of("according to him", "according"),
            Some(CueClass::SourceFollows)
        );
    }
}
