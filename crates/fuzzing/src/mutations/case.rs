//! Letter case as people paste it: an all-caps headline style, a lower-case chat style, or
//! every word capitalised.

/// Which case to put a text in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseChange {
    /// Every letter in lower case.
    Lower,
    /// Every letter in upper case.
    Upper,
    /// The first letter of every word in upper case, the rest in lower case.
    Title,
}

/// `text` in the case `change` asks for.
pub fn change_case(text: &str, change: CaseChange) -> String {
    match change {
        CaseChange::Lower => text.to_lowercase(),
        CaseChange::Upper => text.to_uppercase(),
        CaseChange::Title => title_case(text),
    }
}

/// Every word's first letter in upper case and its other letters in lower case.
fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_word = false;
    for c in text.chars() {
        if c.is_alphabetic() {
            if in_word {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            in_word = true;
        } else {
            out.push(c);
            in_word = c == '\'' || c == '’';
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{change_case, CaseChange};

    #[test]
    fn changes_the_case_of_every_letter() {
        let text = "“We won,” said Ana O’Neil of the U.S. team.";
        assert_eq!(
            change_case(text, CaseChange::Lower),
            "“we won,” said ana o’neil of the u.s. team."
        );
        assert_eq!(
            change_case(text, CaseChange::Upper),
            "“WE WON,” SAID ANA O’NEIL OF THE U.S. TEAM."
        );
        assert_eq!(
            change_case(text, CaseChange::Title),
            "“We Won,” Said Ana O’neil Of The U.S. Team."
        );
    }
}
