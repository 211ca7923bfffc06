//! Speakers named by a description rather than a name: `the mayor`, `the rookie defenceman`,
//! `the 34-year-old`, `the company`, `the report`. A description is a definite article, any modifiers, and a
//! head noun from the lexicon; what it stands for is decided by [`super::speakers::NameBook`].

use super::lists::is_listed;
use crate::lexicon::{DOCUMENT_NOUNS, OFFICE_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS};

/// What a speaker's description says about whom it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Description {
    /// An office (`the mayor`): the person introduced with that title.
    Office(String),
    /// A person described (`the affable proprietor`, `the 34-year-old`): the person quoted.
    Person,
    /// An organisation (`the company`): the organisation named last.
    Organisation,
    /// A document (`the report`, `a statement`, `her statement`): whoever issued it, the
    /// source being quoted or the one its possessive (`her`, `its`) stands for, given as
    /// the matching subject pronoun.
    Document(Option<&'static str>),
}

/// The most words a description may have: `the self-taught Cambridge resident`.
const MAX_WORDS: usize = 6;

/// The description `words` (as written) make, if they make one: `the`, `this` or `that`, then
/// up to [`MAX_WORDS`] words ending in a listed head noun or an age (`34-year-old`).
pub(crate) fn description(words: &[&str]) -> Option<Description> {
    let (first, rest) = words.split_first()?;
    let first = first.to_lowercase();
    let head = rest.last()?.to_lowercase();
    if rest.len() >= MAX_WORDS || head.ends_with("’s") || head.ends_with("'s") {
        return None;
    }
    if is_listed(DOCUMENT_NOUNS, &head) {
        let owner = match first.as_str() {
            "the" | "this" | "that" | "a" | "an" => None,
            "his" => Some("he"),
            "her" => Some("she"),
            "its" => Some("it"),
            "their" => Some("they"),
            _ => return None,
        };
        return Some(Description::Document(owner));
    }
    if !matches!(first.as_str(), "the" | "this" | "that") {
        return None;
    }
    // `the lanky, bespectacled professor`: adjectives in a list describe a person rather than
    // name an office.
    let listed_adjectives = rest.iter().rev().skip(1).any(|word| word.ends_with(','));
    if is_listed(OFFICE_NOUNS, &head) && !listed_adjectives {
        Some(Description::Office(head))
    } else if is_listed(PERSON_NOUNS, &head) || is_age(&head) || is_listed(OFFICE_NOUNS, &head) {
        Some(Description::Person)
    } else if is_listed(ORGANISATION_NOUNS, &head) {
        Some(Description::Organisation)
    } else {
        None
    }
}

/// True for an age used as a noun: `34-year-old`.
fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|years| !years.is_empty() && years.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::{description, Description};

    #[test]
    fn tells_offices_people_and_organisations() {
        let cases: &[(&str, Option<Description>)] = &[
            ("the mayor", Some(Description::Office("mayor".to_owned()))),
            (
                "The Prime Minister",
                Some(Description::Office("minister".to_owned())),
            ),
            ("the self-taught Cambridge resident", Some(Description::Person)),
            ("the 34-year-old", Some(Description::Person)),
            ("the lanky, bespectacled professor", Some(Description::Person)),
            ("the company", Some(Description::Organisation)),
            ("The agency", Some(Description::Organisation)),
            ("a company", None),
            ("the mayor’s", None),
            ("the report", Some(Description::Document(None))),
            ("her statement", Some(Description::Document(Some("she")))),
            ("a report from the city", None),
            ("mayor", None),
        ];
        for (phrase, expected) in cases {
            let words: Vec<&str> = phrase.split(' ').collect();
            assert_eq!(&description(&words), expected, "{phrase}");
        }
    }
}
