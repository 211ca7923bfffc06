//! Whether a text has capitals worth reading: pasted transcripts come all in lower case,
//! some copy all in capitals, and then the case of a word says nothing about where a
//! sentence starts.

/// The fewest cased letters (letters with an upper and a lower case) a text needs before its
/// case is judged.
const MIN_CASED_LETTERS: usize = 20;
/// Lower-case text: capitals make under this share of the cased letters, in per cent (a stray
/// `I` or acronym).
const MAX_UPPER_PERCENT: usize = 1;
/// ALL-CAPS text: lower-case letters make under this share of the cased letters, in per cent
/// (`McDONALD`, `iPHONE`, units).
const MAX_LOWER_PERCENT: usize = 5;

/// How a text uses capital letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    /// Capitals where the language puts them, or too few letters to tell.
    Mixed,
    /// All in lower case but for acronyms and a stray capital or two.
    Lower,
    /// All in capitals.
    Upper,
}

impl Casing {
    /// How `text` uses capitals: [`Casing::Lower`] when capitals make under 1% of its cased
    /// letters, not counting words written all in capitals (`FBI`, `NATO`); [`Casing::Upper`]
    /// when lower-case letters make under 5%; [`Casing::Mixed`] otherwise and below 20 cased
    /// letters. Letters of scripts without case do not count.
    pub fn of(text: &str) -> Self {
        let (mut upper, mut lower, mut in_acronyms) = (0usize, 0usize, 0usize);
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            let (word_upper, word_lower) = count_cases(word);
            upper += word_upper;
            lower += word_lower;
            if word_upper >= 2 && word_lower == 0 {
                in_acronyms += word_upper;
            }
        }
        let cased = upper + lower;
        if cased < MIN_CASED_LETTERS {
            Self::Mixed
        } else if lower * 100 < cased * MAX_LOWER_PERCENT {
            Self::Upper
        } else if (upper - in_acronyms) * 100 < cased * MAX_UPPER_PERCENT {
            Self::Lower
        } else {
            Self::Mixed
        }
    }
}

/// The upper-case and lower-case letters of `word`.
fn count_cases(word: &str) -> (usize, usize) {
    let (mut upper, mut lower) = (0, 0);
    for c in word.chars() {
        if c.is_ascii() {
            upper += usize::from(c.is_ascii_uppercase());
            lower += usize::from(c.is_ascii_lowercase());
        } else if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    (upper, lower)
}

/// True when `text` is written without capitals to read: all in lower case or all in
/// capitals (see [`Casing::of`]); false for ordinary text and for text too short to judge.
pub fn is_caseless(text: &str) -> bool {
    Casing::of(text) != Casing::Mixed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_leave_a_lower_case_text_lower_case() {
        let text =
            "the agents of the FBI said on monday that the case was closed. it is over now, they said.";
        assert_eq!(Casing::of(text), Casing::Lower);
        assert_eq!(Casing::of(&text.to_uppercase()), Casing::Upper);
        assert_eq!(
            Casing::of("The agents of the FBI said on Monday that the case was closed."),
            Casing::Mixed
        );
    }

    #[test]
    fn ordinary_prose_has_case() {
        assert!(!is_caseless(
            "Mr. Smith went to Washington. He stayed there a week."
        ));
    }

    #[test]
    fn lower_case_text_is_caseless() {
        assert!(is_caseless(
            "mr. smith went to washington. he stayed there a week."
        ));
    }

    #[test]
    fn all_caps_text_is_caseless() {
        assert!(is_caseless(
            "MR. SMITH WENT TO WASHINGTON. HE STAYED THERE A WEEK."
        ));
    }

    #[test]
    fn a_stray_capital_in_a_long_lower_case_text_is_tolerated() {
        let text = format!(
            "{} I said so.",
            "the storm hit the coast and everyone fled inland. ".repeat(4)
        );
        assert!(is_caseless(&text));
    }

    #[test]
    fn a_few_lower_case_letters_in_capitals_are_tolerated() {
        assert!(is_caseless(
            "THE STORM HIT THE COAST AT 5 pm AND EVERYONE FLED INLAND TO THE HILLS."
        ));
    }

    #[test]
    fn a_headline_in_capitals_above_prose_has_case() {
        assert!(!is_caseless(
            "STORM HITS COAST\nThe storm arrived at dawn and everyone fled."
        ));
    }

    #[test]
    fn short_text_is_not_judged() {
        assert!(!is_caseless("ok. yes."));
        assert!(!is_caseless("NO WAY."));
        assert!(!is_caseless(""));
    }

    #[test]
    fn scripts_without_case_are_not_judged() {
        assert!(!is_caseless(
            "他来了！她走了？是的。今日は晴れです。明日は雨です。"
        ));
    }
}
