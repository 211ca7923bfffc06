//! Organisations among the names of an article: the speakers `it` can stand for (`The
//! Pentagon … It said`), and never `he` or `she`.

use super::lists::is_listed_lowercased;
use crate::lexicon::ORGANISATION_WORDS;

/// True when `name` names an organisation: it ends with an organisation word. Acronyms are
/// left out, as they name time zones (`EST`) as often as agencies (`FBI`).
pub(crate) fn is_organisation(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name).trim_end_matches('.');
    is_listed_lowercased(ORGANISATION_WORDS, last)
}

#[cfg(test)]
mod tests {
    use super::is_organisation;

    #[test]
    fn tells_organisations_from_people() {
        for organisation in ["Acme Corp.", "West Mercia Police", "Pentagon", "Labour Party"] {
            assert!(is_organisation(organisation), "{organisation}");
        }
        for person in ["Marco Rubio", "WALLACE", "Mr. Smith", "EST", "Ohio"] {
            assert!(!is_organisation(person), "{person}");
        }
    }
}
