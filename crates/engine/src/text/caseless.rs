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

/// True when `text` has at least 20 cased letters and is all in lower case (capitals under
/// 1% of them) or all in capitals (lower-case letters under 5%); false for ordinary text
/// and for text too short to judge. Letters of scripts without case do not count.
pub fn is_caseless(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii() {
            upper += usize::from(c.is_ascii_uppercase());
            lower += usize::from(c.is_ascii_lowercase());
        } else if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    let cased = upper + lower;
    cased >= MIN_CASED_LETTERS
        && (upper * 100 < cased * MAX_UPPER_PERCENT || lower * 100 < cased * MAX_LOWER_PERCENT)
}

#[cfg(test)]
mod tests {
    use super::*;

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
