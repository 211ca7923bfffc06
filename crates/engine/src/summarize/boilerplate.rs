//! Parts of a story that are not the story: datelines, bylines, timestamps, credits and
//! calls to action ("Click here", "Follow us"), and the source tag before the first word.

use crate::text::{is_month_name, is_time_zone, is_weekday};

/// Phrases that mark a sentence as page furniture wherever they appear in it.
const FURNITURE: &[&str] = &[
    "published:",
    "updated:",
    "last updated",
    "click here",
    "scroll down for",
    "read more:",
    "see more:",
    "watch more:",
    "follow us",
    "follow @",
    "sign up for",
    "subscribe to",
    "all rights reserved",
    "copyright ©",
    "this article was",
    "for more political updates",
    "for more information, visit",
    "e-mail to a friend",
    "share this article",
    "reporting by",
    "editing by",
    "contributed to this report",
];

/// Words besides month names, weekdays and time zones that may make up a dateline such as
/// "March 10, 2015 ." or "Updated 0412 GMT (1212 HKT) .".
const DATELINE_WORDS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "updated", "am",
    "pm", "at", "on",
];

/// True when `sentence` is furniture rather than news: a dateline, a byline, a timestamp,
/// a credit or a call to action.
pub fn is_boilerplate(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    if FURNITURE.iter().any(|phrase| lower.contains(phrase)) {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    let is_dateline = !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|word| {
            word.chars().all(|c| c.is_ascii_digit())
                || DATELINE_WORDS.contains(word)
                || is_month_name(word)
                || is_weekday(word)
                || is_time_zone(word)
        });
    let mut original = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty());
    let is_byline = original
        .next()
        .is_some_and(|first| first.eq_ignore_ascii_case("by"))
        && words.len() <= 8
        && original.all(|word| {
            word.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        });
    is_dateline || is_byline
}

/// The byte length of a source tag at the start of a story, such as `(CNN)`,
/// `Washington (CNN) -- ` or `LONDON, England (Reuters) --`, including the space after it;
/// 0 when there is none.
pub fn source_tag_len(first_sentence: &str) -> usize {
    let Some(open) = first_sentence.find('(') else {
        return 0;
    };
    let before = &first_sentence[..open];
    let dateline_like = before.split_whitespace().count() <= 5
        && before.split_whitespace().all(|word| {
            word.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        });
    let Some(close) = first_sentence[open..].find(')').map(|at| open + at) else {
        return 0;
    };
    let inside = &first_sentence[open + 1..close];
    let source_like = (1..=4).contains(&inside.split_whitespace().count())
        && inside
            .split_whitespace()
            .all(|word| word.chars().next().is_some_and(char::is_uppercase));
    if !(dateline_like && source_like) {
        return 0;
    }
    let rest = &first_sentence[close + 1..];
    let trimmed = rest.trim_start_matches([' ', '-', '—', '–', ':']);
    first_sentence.len() - trimmed.len()
}

#[cfg(test)]
mod tests {
    use super::{is_boilerplate, source_tag_len};

    #[test]
    fn recognises_page_furniture() {
        for furniture in [
            "March 10, 2015 .",
            "By .",
            "By . Daily Mail Reporter .",
            "PUBLISHED: . 12:01 EST, 3 March 2014 .",
            "Last updated at 5:21 PM on 4th March 2014 .",
            "CLICK HERE for all the latest news.",
            "For more political updates and in-depth analysis, visit DC Brief.",
            "Updated 0412 GMT (1212 HKT) .",
            "PUBLISHED: . 10:01 MST, 3 March 2014 .",
            "10:01 MST, 3 March 2014 .",
        ] {
            assert!(is_boilerplate(furniture), "{furniture}");
        }
        for news in [
            "The storm hit the coast on March 10, 2015.",
            "By nightfall the rebels had taken the city.",
            "Rubio said the talks would continue.",
        ] {
            assert!(!is_boilerplate(news), "{news}");
        }
    }

    #[test]
    fn finds_the_source_tag_before_the_first_word() {
        let cases = [
            ("(CNN)Serena Williams had a decision.", "Serena"),
            ("Sanaa, Yemen (CNN)At any moment, troops could march.", "At any"),
            ("Washington (CNN) A huge decision.", "A huge"),
            ("LONDON, England (Reuters) -- Shares fell.", "Shares"),
            ("(The Hollywood Reporter)Melissa Benoist is suited up.", "Melissa"),
        ];
        for (sentence, rest) in cases {
            assert!(
                sentence[source_tag_len(sentence)..].starts_with(rest),
                "{sentence}"
            );
        }
        assert_eq!(source_tag_len("The mayor (a Democrat) said no."), 0);
        assert_eq!(source_tag_len("Prices rose (again) today."), 0);
    }
}
