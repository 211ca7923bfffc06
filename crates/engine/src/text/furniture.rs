//! Page furniture in a pasted web page: the lines a person skips when reading the story. Menus
//! (a run of short lines before the story or after it), junk lines between paragraphs
//! (`Advertisement`, `Share this article`, `Read more: …`, `Photo: …/Getty Images`, cookie and
//! newsletter notices) and footers (`©`, links apart by `|` or `·`). The reading form leaves
//! them out, so no engine sees them.
//!
//! A line is furniture by its shape and its words, never by its place alone: a headline or a
//! subheading that reads as part of the story stays. The word lists are in
//! [`furniture_words`](super::furniture_words).

use super::abbreviations::{is_month_name, is_time_zone, is_weekday};
use super::list_items::opens_list_item;
use super::quote_marks::{quote_mark, Side, Weight};
use super::sentences::ends_like_prose;
use crate::lexicon::{
    WordList, ADDRESS_WORDS, COPYRIGHT_OPENERS, DATE_LINE_WORDS, FURNITURE_FILLER, FURNITURE_LABELS,
    FURNITURE_WORDS, MEDIA_LABELS, ORDINAL_ENDINGS, READER_WORDS, SITE_PHRASES, STRONG_SITE_WORDS,
    WEAK_SITE_WORDS,
};

/// Separators of a line of links: footers, breadcrumbs, sharing bars.
const LINK_SEPARATORS: [&str; 6] = [" | ", " · ", " • ", " › ", " » ", " > "];

/// The opener of a byline: `By Jane Doe`.
const BYLINE_OPENER: &str = "by";

/// A line with at most this many words and no stop may be an item of a menu.
const MENU_WORDS: usize = 3;
/// Before the story's first line of prose, or after its last, this many menu items or more
/// make a menu.
const MENU_RUN: usize = 3;
/// A line of furniture words alone has at most this many words.
const MAX_WORD_LINE: usize = 12;
/// A labelled line (`Related: …`) has at most this many words.
const MAX_LABELLED: usize = 25;
/// A labelled line ending in a sentence's stop has at most this many words after its label
/// (`Photo: Jane Doe.`); a longer one is a sentence of the story (`Source: a person … said …`).
const MAX_LABELLED_SENTENCE: usize = 6;
/// A notice addressing the reader (cookies, newsletters) has at most this many words.
const MAX_NOTICE: usize = 25;
/// A line opening with `©` or `All rights reserved` has at most this many words.
const MAX_COPYRIGHT: usize = 20;
/// Each link of a line of links has at most this many words.
const MAX_LINK_WORDS: usize = 4;
/// A line with this many words or more, or ending in a stop, is prose.
const PROSE_WORDS: usize = 6;

/// For each line of a text (its content without the line break), true when it is page
/// furniture. Only a line standing `alone` (not a piece of a hard-wrapped paragraph) can be.
pub fn furniture_lines(lines: &[&str], alone: &[bool]) -> Vec<bool> {
    let lines: Vec<&str> = lines.iter().map(|line| line.trim()).collect();
    let alone = |index: usize| alone.get(index).copied().unwrap_or(true);
    let mut furniture: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(index, line)| alone(index) && is_furniture_line(line))
        .collect();
    // Without a line of prose there is no story to tell furniture from: a list, a poem, a
    // text of furniture alone is what was meant to be read.
    let has_prose = (0..lines.len()).any(|index| !furniture[index] && reads_as_prose(lines[index]));
    if !has_prose {
        return vec![false; lines.len()];
    }
    mark_menus(&lines, &mut furniture, alone);
    mark_box_items(&lines, &mut furniture, alone);
    // A text of furniture alone (a box's items its only prose) is what was meant to be read.
    let story_left = lines
        .iter()
        .zip(&furniture)
        .any(|(line, &furniture)| !furniture && !line.is_empty());
    if !story_left {
        furniture.fill(false);
    }
    furniture
}

/// True when `line` is furniture wherever it stands: furniture words alone, a label such as
/// `Related:`, a notice to the reader, a copyright or a line of links.
fn is_furniture_line(line: &str) -> bool {
    let longest = MAX_LABELLED.max(MAX_NOTICE).max(MAX_COPYRIGHT).max(MAX_WORD_LINE);
    if line.is_empty() || line.split_whitespace().nth(longest).is_some() || has_quote_marks(line) {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = words(&lower).collect();
    let count = line.split_whitespace().count();
    let furniture_words_only = count <= MAX_WORD_LINE
        && words.iter().any(|word| FURNITURE_WORDS.contains(word))
        && words
            .iter()
            .all(|word| FURNITURE_WORDS.contains(word) || FURNITURE_FILLER.contains(word) || is_number(word));
    let labelled = count <= MAX_LABELLED && is_labelled(line, &lower);
    let notice = count <= MAX_NOTICE && is_notice(line, &words);
    let copyright = count <= MAX_COPYRIGHT && COPYRIGHT_OPENERS.iter().any(|mark| lower.starts_with(mark));
    furniture_words_only || labelled || notice || copyright || is_link_line(line)
}

/// True when `line` (`lower` lower-cased) opens with a label such as `Related:` and is not a
/// sentence of the story: it does not end in a stop, or few words follow the label. A label
/// of a video (`Watch:`) is furniture whatever follows, as a video's title may be a sentence.
fn is_labelled(line: &str, lower: &str) -> bool {
    let Some((label, rest)) = lower.split_once(':') else {
        return false;
    };
    let label = label.trim();
    MEDIA_LABELS.contains(label)
        || FURNITURE_LABELS.contains(label)
            && (!ends_like_prose(line) || rest.split_whitespace().nth(MAX_LABELLED_SENTENCE).is_none())
}

/// True when `line` (its lower-cased `words`) is a notice of the site to its reader: a strong
/// site word (`cookies`, `newsletter`, `Sign up`) with a word addressing the reader or speaking
/// for the site, or a weak one (`email`) with `you` or `your` in a line without a sentence's
/// stop, as prose reporting on someone's email has.
fn is_notice(line: &str, words: &[&str]) -> bool {
    let has = |list: WordList| words.iter().any(|word| list.contains(word));
    let site_phrase = SITE_PHRASES
        .iter()
        .any(|call| words.windows(call.len()).any(|run| run == *call));
    let strong = (has(STRONG_SITE_WORDS) || site_phrase) && has(ADDRESS_WORDS);
    let weak = has(WEAK_SITE_WORDS) && has(READER_WORDS) && !ends_like_prose(line);
    strong || weak
}

/// True for a line of at least three short links apart by `|`, `·` or the like.
fn is_link_line(line: &str) -> bool {
    LINK_SEPARATORS.iter().any(|separator| {
        let links: Vec<&str> = line.split(separator).collect();
        links.len() >= 3
            && links.iter().all(|link| {
                let count = link.split_whitespace().count();
                (1..=MAX_LINK_WORDS).contains(&count) && !ends_like_prose(link)
            })
    })
}

/// Marks the menus: when the lines before the first line of prose, or after the last, hold
/// [`MENU_RUN`] short lines without a stop or more (bylines and dates aside), and one of those
/// lines is furniture by its words or links, the short lines are furniture; but the line just
/// before the prose stays when it is longer than the menu's other items, as a headline.
fn mark_menus(lines: &[&str], furniture: &mut [bool], alone: impl Fn(usize) -> bool) {
    let is_prose = |index: &usize| !furniture[*index] && reads_as_prose(lines[*index]);
    // Without prose there is no story to tell a menu from: a list, a poem.
    let Some(first) = (0..lines.len()).find(is_prose) else {
        return;
    };
    let last = (0..lines.len()).rfind(is_prose).map_or(first, |last| last + 1);
    for (leading, region) in [(true, 0..first), (false, last.max(first)..lines.len())] {
        let mut items: Vec<usize> = region
            .clone()
            .filter(|&index| alone(index) && is_menu_item(lines[index]))
            .collect();
        // Headlines, names, a byline: short lines of a story have no furniture among them.
        if items.len() < MENU_RUN || !region.clone().any(|index| furniture[index]) {
            continue;
        }
        let just_before_prose = region.rev().find(|&index| {
            !lines[index].is_empty() && !is_byline(lines[index]) && !is_date_line(lines[index])
        });
        if let Some(&headline) = items
            .last()
            .filter(|&&index| leading && Some(index) == just_before_prose)
        {
            let words = |index: usize| lines[index].split_whitespace().count();
            let longest_item = items[..items.len() - 1]
                .iter()
                .filter(|&&index| !furniture[index])
                .map(|&index| words(index))
                .max()
                .unwrap_or(0);
            if !furniture[headline] && words(headline) > longest_item {
                items.pop();
            }
        }
        items.into_iter().for_each(|index| furniture[index] = true);
    }
}

/// Marks the items of a box that furniture opens (`Most read` / `1. …` / `2. …`): the list
/// items right after a furniture line, blank lines apart.
fn mark_box_items(lines: &[&str], furniture: &mut [bool], alone: impl Fn(usize) -> bool) {
    let mut in_box = false;
    for (index, line) in lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        if furniture[index] {
            in_box = true;
        } else if in_box && alone(index) && opens_list_item(line) {
            furniture[index] = true;
        } else {
            in_box = false;
        }
    }
}

/// True when `line` reads as part of a story's prose: long enough, or ending in a stop.
fn reads_as_prose(line: &str) -> bool {
    line.split_whitespace().nth(PROSE_WORDS - 1).is_some() || ends_like_prose(line)
}

/// True when `line` could be an item of a menu: a few words without a stop, neither a byline
/// nor a date.
fn is_menu_item(line: &str) -> bool {
    let count = line.split_whitespace().count();
    (1..=MENU_WORDS).contains(&count) && !ends_like_prose(line) && !is_byline(line) && !is_date_line(line)
}

/// True when `line` is a byline: `By Jane Doe`.
fn is_byline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words
        .next()
        .is_some_and(|first| first.eq_ignore_ascii_case(BYLINE_OPENER))
        && words.next().is_some()
}

/// True when `line` is a date line: `March 3, 2024`, `Monday 3 March`, `Updated 10:32 GMT`,
/// `2024-03-03`. Every word is part of a date or a time, and one names a day, a month or
/// holds a digit.
fn is_date_line(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|word| word.trim_matches([',', '.', '(', ')']))
        .filter(|word| !word.is_empty())
        .collect();
    let names_a_day = |word: &&str| is_month_name(word) || is_weekday(word);
    let is_numeric = |word: &&str| {
        let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
        let ending = &word[digits.len()..].to_lowercase();
        digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | ':' | '.'))
            && (ending.is_empty() || ORDINAL_ENDINGS.contains(ending) || DATE_LINE_WORDS.contains(ending))
    };
    let is_date_word = |word: &&str| {
        names_a_day(word)
            || is_numeric(word)
            || is_time_zone(word)
            || DATE_LINE_WORDS.contains(&word.to_lowercase())
    };
    !words.is_empty()
        && words.iter().all(is_date_word)
        && words.iter().any(|word| names_a_day(word) || is_numeric(word))
}

/// True when `line` holds a quotation mark: furniture does not quote. Marks that double as an
/// apostrophe (`'`, `’`, and the closing single marks like them) do not count.
fn has_quote_marks(line: &str) -> bool {
    line.chars().any(|c| {
        quote_mark(c).is_some_and(|mark| {
            (mark.can_open() || mark.can_close())
                && (mark.weight == Weight::Double || mark.usual == Side::Opening)
        })
    })
}

/// The words of a lower-cased line: its runs of letters, digits and inner hyphens (`e-mail`).
fn words(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|word| word.trim_matches('-'))
        .filter(|word| !word.is_empty())
}

/// True for a word of digits.
fn is_number(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::furniture_lines;

    fn marked(text: &str) -> Vec<&str> {
        let lines: Vec<&str> = text.lines().collect();
        lines
            .iter()
            .zip(furniture_lines(&lines, &[]))
            .filter(|(_, furniture)| *furniture)
            .map(|(line, _)| *line)
            .collect()
    }

    #[test]
    fn marks_a_menu_junk_lines_and_a_footer() {
        let page = "\
Home
World
Politics
Sign in
Mayor wins second term
The mayor won a second term on Tuesday, the city's election office said.
Advertisement
She thanked her voters.
Share this article
Read more: Five things to know about the new city budget
We use cookies to improve your experience. By continuing, you accept our Cookie Policy.
The count ends on Friday.
© 2024 Example News. All rights reserved.
Privacy Policy | Terms of Use | Contact us";
        assert_eq!(
            marked(page),
            [
                "Home",
                "World",
                "Politics",
                "Sign in",
                "Advertisement",
                "Share this article",
                "Read more: Five things to know about the new city budget",
                "We use cookies to improve your experience. By continuing, you accept our Cookie Policy.",
                "© 2024 Example News. All rights reserved.",
                "Privacy Policy | Terms of Use | Contact us",
            ]
        );
    }

    #[test]
    fn marks_boxes_credits_and_links() {
        let page = "\
The council met on Monday to vote on the plan for the city centre.

Photo: Jane Doe/Getty Images

Most read
1. Council approves new budget after long debate
2. Ten places to visit this summer

Comments (12)

Story continues below advertisement

Get the day's top stories in your inbox every morning.

The vote is next week.

About us · Contact · Careers · Advertise with us
Back to top";
        assert_eq!(
            marked(page),
            [
                "Photo: Jane Doe/Getty Images",
                "Most read",
                "1. Council approves new budget after long debate",
                "2. Ten places to visit this summer",
                "Comments (12)",
                "Story continues below advertisement",
                "Get the day's top stories in your inbox every morning.",
                "About us · Contact · Careers · Advertise with us",
                "Back to top",
            ]
        );
    }

    #[test]
    fn keeps_headlines_subheadings_lists_and_quotes() {
        let story = "\
Glastonbury 2014
The festival opened on Wednesday with more than 100,000 people on the site.
Language as priority issue
\"Sign up now, or you will miss it,\" the organiser told fans about the newsletter.
The plan has three parts:
1. More buses
2. More trains
More to come
She said the privacy of the players mattered more than the result.";
        assert!(marked(story).is_empty(), "{:?}", marked(story));
        // Short lines without prose, and a text of furniture alone.
        assert!(marked("Roses are red\nViolets are blue\nSugar is sweet\nAnd so are you").is_empty());
        assert!(marked("Sign in\n\nSubscribe").is_empty());
        // A headline after a menu, longer than its items.
        assert_eq!(
            marked("Home\nNews\nSport\nMayor wins\nThe mayor won the vote on Tuesday."),
            ["Home", "News", "Sport"]
        );
        assert_eq!(
            marked("Home\nU.S. Politics\nSport\nMayor wins\nThe mayor won the vote on Tuesday."),
            ["Home", "U.S. Politics", "Sport", "Mayor wins"]
        );
        // Short lines without a menu's number: a headline and a byline.
        assert!(marked("Storm hits coast\nBy Jane Doe\nThe storm hit the coast.").is_empty());
    }

    #[test]
    fn keeps_story_lines_that_name_site_words_or_open_with_a_label() {
        let story = "\
The bank told us it had sent an email to all of its customers.
Source: a person familiar with the matter said the deal was off.
You can email the office, the mayor said.
The company said its newsletter had lost half of its readers this year.";
        assert!(marked(story).is_empty(), "{:?}", marked(story));
        // Notices: a strong site word with an address word; a weak one addressing the reader,
        // without a stop; a labelled line without a stop, or short after its label.
        let page = "\
The council met on Monday to vote on the plan for the city centre.
Sign up for our daily briefing.
Turn on email alerts for your favourite topics
Source: Reuters.
Credit: a photograph taken by the council's press office on the morning of the vote
Watch: This is the city's most expensive flat. Story continues below.
Our columnist writes exclusively for our subscribers at Inside the Market.
Feedback? Email us at news@example.com.
The vote is next week.";
        assert_eq!(
            marked(page),
            [
                "Sign up for our daily briefing.",
                "Turn on email alerts for your favourite topics",
                "Source: Reuters.",
                "Credit: a photograph taken by the council's press office on the morning of the vote",
                "Watch: This is the city's most expensive flat. Story continues below.",
                "Our columnist writes exclusively for our subscribers at Inside the Market.",
                "Feedback? Email us at news@example.com.",
            ]
        );
    }

    #[test]
    fn keeps_headlines_bylines_dates_and_names_without_furniture() {
        assert!(marked(
            "Storm hits coast\nBy Jane Doe\nMarch 3, 2024\n\
             The storm hit the coast on Monday, and thousands of homes lost power for hours."
        )
        .is_empty());
        assert!(marked(
            "The leaders met at the White House on Monday to talk about the budget.\n\
             President Biden\nFirst lady\nVice President Harris"
        )
        .is_empty());
        // A menu has furniture among its lines; a byline and a date are not its items.
        assert_eq!(
            marked(
                "Home\nNews\nSport\nStorm hits coast\nBy Jane Doe\nUpdated 10:32 GMT\n\
                 The storm hit the coast on Monday."
            ),
            ["Home", "News", "Sport"]
        );
        assert_eq!(
            marked("The storm hit the coast on Monday.\nNews\nSport\nCulture\nAbout us · Contact · Careers"),
            ["News", "Sport", "Culture", "About us · Contact · Careers"]
        );
    }

    #[test]
    fn a_text_without_prose_keeps_every_line() {
        assert!(marked("Home\nWorld\nSign in\nAdvertisement").is_empty());
        assert!(marked("Sign in\nWe use cookies to improve your experience.").is_empty());
    }

    #[test]
    fn quote_marks_but_not_apostrophes_keep_a_line() {
        assert!(marked("The plan was passed.\n«Share this article»").is_empty());
        assert_eq!(
            marked("The plan was passed.\nSubscribe to our newsletter, it’s free"),
            ["Subscribe to our newsletter, it’s free"]
        );
    }
}
