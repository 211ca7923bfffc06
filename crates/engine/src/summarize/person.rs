//! Sentences in the first or second person outside quotation marks: someone speaking without
//! marks (a transcript, a letter, a post) or the writer turning to the reader (`you can …`).
//! A summary tells the news in the third person, so such sentences rank a little lower.

/// Pronouns of the first and second person, compared in lower case; `I` and `us` are checked
/// as written, since `i` is a letter and `US` a country.
const PERSONAL: &[&str] = &["me", "my", "we", "our", "you", "your"];

/// True when `sentence` holds a first- or second-person pronoun (`I`, `me`, `my`, `we`, `us`,
/// `our`, `you`, `your`).
pub fn speaks_in_person(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| match word.len() {
            1 => word == "I",
            2..=4 => word == "us" || PERSONAL.iter().any(|pronoun| word.eq_ignore_ascii_case(pronoun)),
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::speaks_in_person;

    #[test]
    fn finds_the_first_and_second_person() {
        for sentence in [
            "I was there when it happened.",
            "We will never forget that day.",
            "You can watch the launch online.",
            "It changed our lives, and it changed us.",
            "MY FAMILY WAS THERE.",
        ] {
            assert!(speaks_in_person(sentence), "{sentence}");
        }
        for sentence in [
            "The mayor resigned on Friday.",
            "US troops left the base in 2014.",
            "Item i of the list, ours and yours aside, was wrong.",
            "Mike Myers met Yourcenar in Iowa.",
        ] {
            assert!(!speaks_in_person(sentence), "{sentence}");
        }
    }
}
