//! Page furniture in a pasted web page: the lines a person skips when reading the story. Menus
//! (a run of short lines before the story or after it), junk lines between paragraphs
//! (`Advertisement`, `Share this article`, `Read more: …`, `Photo: …/Getty Images`, cookie and
//! newsletter notices) and footers (`©`, links apart by `|` or `·`). The reading form leaves
//! them out, so no engine sees them.
//!
//! A line is furniture by its shape and its words, never by its place alone: a headline or a
//! subheading that reads as part of the story stays.

/// A line with at most this many words and no stop may be an item of a menu.
const MENU_WORDS: usize = 3;
/// Before the story's first line of prose, or after its last, this many menu items or more
/// make a menu.
const MENU_RUN: usize = 3;
/// A line of furniture words alone has at most this many words.
const MAX_WORD_LINE: usize = 12;
/// A labelled line (`Related: …`) has at most this many words.
const MAX_LABELLED: usize = 25;
/// A notice addressing the reader (cookies, newsletters) has at most this many words.
const MAX_NOTICE: usize = 25;
/// A line opening with `©` or `All rights reserved` has at most this many words.
const MAX_COPYRIGHT: usize = 20;
/// Each link of a line of links has at most this many words.
const MAX_LINK_WORDS: usize = 4;
/// A line with this many words or more, or ending in a stop, is prose.
const PROSE_WORDS: usize = 6;

/// Words that page furniture is made of: menus, calls to act, credits, counters.
const FURNITURE_WORDS: &[&str] = &[
    "about",
    "account",
    "ad",
    "address",
    "ads",
    "advert",
    "advertise",
    "advertisement",
    "advertisements",
    "advertising",
    "alerts",
    "app",
    "article",
    "articles",
    "audio",
    "back",
    "below",
    "careers",
    "click",
    "close",
    "comment",
    "comments",
    "conditions",
    "contact",
    "content",
    "continue",
    "continued",
    "continues",
    "cookie",
    "cookies",
    "copyright",
    "download",
    "e-mail",
    "email",
    "enter",
    "facebook",
    "faq",
    "feedback",
    "follow",
    "gallery",
    "getty",
    "help",
    "home",
    "homepage",
    "image",
    "images",
    "inbox",
    "instagram",
    "linkedin",
    "listen",
    "loading",
    "log",
    "login",
    "mail",
    "main",
    "menu",
    "more",
    "most",
    "navigation",
    "newsletter",
    "newsletters",
    "next",
    "notifications",
    "photo",
    "photos",
    "pinterest",
    "podcast",
    "policy",
    "popular",
    "previous",
    "print",
    "privacy",
    "promoted",
    "read",
    "recommended",
    "register",
    "related",
    "reserved",
    "rights",
    "rss",
    "search",
    "sections",
    "share",
    "sign",
    "sitemap",
    "skip",
    "sponsored",
    "stories",
    "story",
    "subscribe",
    "subscription",
    "tap",
    "terms",
    "top",
    "topics",
    "trending",
    "tweet",
    "twitter",
    "video",
    "videos",
    "watch",
    "whatsapp",
    "youtube",
];

/// Words that carry nothing in a line of furniture words.
const FILLER: &[&str] = &[
    "a", "all", "an", "and", "by", "for", "here", "in", "it", "now", "of", "on", "or", "our", "the", "this",
    "to", "up", "us", "with", "you", "your",
];

/// Labels that open a line of furniture: `Related: …`, `Photo: …`.
const LABELS: &[&str] = &[
    "advertisement",
    "also read",
    "credit",
    "image",
    "image credit",
    "images",
    "more",
    "most read",
    "photo",
    "photo credit",
    "photograph",
    "photos",
    "picture",
    "pictures",
    "read",
    "read also",
    "read more",
    "recommended",
    "related",
    "related articles",
    "related coverage",
    "related stories",
    "related story",
    "see also",
    "source",
    "sponsored",
    "tags",
    "topics",
    "trending",
    "video",
    "watch",
    "watch more",
];

/// Words of the site's dealings with its reader, which make a notice addressed to the reader
/// (`you`, `we`) furniture.
const SITE_WORDS: &[&str] = &[
    "browser",
    "cookie",
    "cookies",
    "email",
    "inbox",
    "javascript",
    "newsletter",
    "newsletters",
    "notifications",
    "subscribe",
    "subscriber",
    "subscribers",
    "subscription",
];

/// Words that address the reader or speak for the site.
const ADDRESS_WORDS: &[&str] = &["you", "your", "we", "our", "us"];

/// Separators of a line of links: footers, breadcrumbs, sharing bars.
const LINK_SEPARATORS: &[&str] = &[" | ", " · ", " • ", " › ", " » ", " > "];

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
    mark_menus(&lines, &mut furniture, alone);
    mark_box_items(&lines, &mut furniture, alone);
    // A text of furniture alone is what was meant to be read.
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
            .all(|word| FURNITURE_WORDS.contains(word) || FILLER.contains(word) || is_number(word));
    let labelled = count <= MAX_LABELLED
        && lower
            .split_once(':')
            .is_some_and(|(label, _)| LABELS.contains(&label.trim()));
    let notice = count <= MAX_NOTICE
        && words.iter().any(|word| ADDRESS_WORDS.contains(word))
        && words.iter().any(|word| SITE_WORDS.contains(word));
    let copyright = count <= MAX_COPYRIGHT
        && ["©", "(c)", "copyright", "all rights reserved"]
            .iter()
            .any(|mark| lower.starts_with(mark));
    furniture_words_only || labelled || notice || copyright || is_link_line(line)
}

/// True for a line of at least three short links apart by `|`, `·` or the like.
fn is_link_line(line: &str) -> bool {
    LINK_SEPARATORS.iter().any(|separator| {
        let links: Vec<&str> = line.split(separator).collect();
        links.len() >= 3
            && links.iter().all(|link| {
                let count = link.split_whitespace().count();
                (1..=MAX_LINK_WORDS).contains(&count) && !ends_in_stop(link)
            })
    })
}

/// Marks the menus: when the lines before the first line of prose, or after the last, hold
/// [`MENU_RUN`] short lines without a stop or more, those lines are furniture; but the line
/// just before the prose stays when it is longer than the menu's other items, as a headline.
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
        if items.len() < MENU_RUN {
            continue;
        }
        let just_before_prose = region.rev().find(|&index| !lines[index].is_empty());
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
    line.split_whitespace().nth(PROSE_WORDS - 1).is_some() || ends_in_stop(line)
}

/// True when `line` could be an item of a menu: a few words without a stop.
fn is_menu_item(line: &str) -> bool {
    let count = line.split_whitespace().count();
    (1..=MENU_WORDS).contains(&count) && !ends_in_stop(line)
}

/// True when `line` ends in a sentence's stop, perhaps before closing quotes or brackets.
fn ends_in_stop(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', '»', ']'])
        .ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
}

/// True when `line` opens with a number or a bullet marking a list item: `1. …`, `• …`.
fn opens_list_item(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or_default();
    if matches!(first, "•" | "-" | "*" | "–" | "—" | "·" | "▪") {
        return true;
    }
    let number = first.trim_end_matches(['.', ')']);
    number.len() < first.len()
        && !number.is_empty()
        && number.len() <= 2
        && number.chars().all(|c| c.is_ascii_digit())
}

/// True when `line` holds a quotation mark: furniture does not quote.
fn has_quote_marks(line: &str) -> bool {
    line.contains(['"', '“', '”', '„', '«', '»', '‘'])
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
}
