//! A structure-aware mutator of article text: it changes a real article the way people's
//! pastes differ from it (re-wrapped lines, letter case, quotation marks, dashes, colons and
//! line breaks gained or lost, paragraphs moved, repeated, dropped or spliced from another
//! article, web-page and e-mail furniture), so that fuzzing explores inputs that look like
//! what the engine is given. Every function is pure; [`mutate`] is deterministic from its
//! seed.

pub mod case;
pub mod furniture;
pub mod line_ends;
pub mod marks;
pub mod paragraphs;
pub mod wrapping;

use crate::rng::SplitMix64;
use case::CaseChange;

/// One kind of change [`mutate`] can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    /// Hard-wrap every paragraph at a width from 20 to 99 columns.
    Rewrap,
    /// Hard-wrap with end-of-line hyphenation.
    RewrapHyphenated,
    /// All lower, all upper or title case.
    ChangeCase,
    /// A quotation mark put in somewhere.
    InsertQuoteMark,
    /// A quotation mark taken out.
    DeleteQuoteMark,
    /// Straight double quotes made curly, or curly ones straight.
    SwapQuoteStyle,
    /// A dash, colon or line break put in somewhere.
    InsertSeparator,
    /// A dash, colon or line break taken out.
    DeleteSeparator,
    /// A paragraph moved elsewhere.
    MoveParagraph,
    /// A paragraph repeated.
    DuplicateParagraph,
    /// A paragraph dropped.
    DeleteParagraph,
    /// A paragraph of the other article put in.
    SpliceParagraph,
    /// A line of page or e-mail furniture put in.
    InsertFurniture,
    /// Windows line ends and no-break spaces.
    WindowsStyle,
    /// One paragraph a line.
    ParagraphALine,
}

impl Mutation {
    /// Every mutation, each as likely as the others to be picked.
    pub const ALL: [Mutation; 15] = [
        Mutation::Rewrap,
        Mutation::RewrapHyphenated,
        Mutation::ChangeCase,
        Mutation::InsertQuoteMark,
        Mutation::DeleteQuoteMark,
        Mutation::SwapQuoteStyle,
        Mutation::InsertSeparator,
        Mutation::DeleteSeparator,
        Mutation::MoveParagraph,
        Mutation::DuplicateParagraph,
        Mutation::DeleteParagraph,
        Mutation::SpliceParagraph,
        Mutation::InsertFurniture,
        Mutation::WindowsStyle,
        Mutation::ParagraphALine,
    ];

    /// `text` changed by this mutation, its choices (where, which, how wide) drawn from
    /// `rng`; `other` is the article a splice takes a paragraph from.
    pub fn apply(self, text: &str, other: &str, rng: &mut SplitMix64) -> String {
        let at = rng.below(text.len() + 1);
        let which = rng.below(1 << 16);
        match self {
            Mutation::Rewrap => wrapping::rewrap(text, 20 + rng.below(80), false),
            Mutation::RewrapHyphenated => wrapping::rewrap(text, 20 + rng.below(80), true),
            Mutation::ChangeCase => {
                let change = [CaseChange::Lower, CaseChange::Upper, CaseChange::Title][which % 3];
                case::change_case(text, change)
            }
            Mutation::InsertQuoteMark => marks::insert_at(text, at, pick(&marks::QUOTE_MARKS, which)),
            Mutation::DeleteQuoteMark => marks::delete_nth(text, &marks::QUOTE_MARKS, which),
            Mutation::SwapQuoteStyle => marks::swap_quote_style(text, which.is_multiple_of(2)),
            Mutation::InsertSeparator => marks::insert_at(text, at, pick(&marks::SEPARATORS, which)),
            Mutation::DeleteSeparator => marks::delete_nth(text, &marks::SEPARATORS, which),
            Mutation::MoveParagraph => paragraphs::move_paragraph(text, which, rng.below(1 << 16)),
            Mutation::DuplicateParagraph => paragraphs::duplicate_paragraph(text, which),
            Mutation::DeleteParagraph => paragraphs::delete_paragraph(text, which),
            Mutation::SpliceParagraph => paragraphs::splice_paragraph(text, other, which, rng.below(1 << 16)),
            Mutation::InsertFurniture => furniture::insert_line(text, at, pick(&furniture::FURNITURE, which)),
            Mutation::WindowsStyle => line_ends::windows_style(text),
            Mutation::ParagraphALine => line_ends::paragraph_a_line(text),
        }
    }
}

/// The item of `items` that `which` names, modulo their count.
fn pick<'a>(items: &[&'a str], which: usize) -> &'a str {
    items[which % items.len()]
}

/// `text` changed by one to three mutations chosen by `seed` (the same seed, text and other
/// article always give the same result); `other` is the article splices take paragraphs
/// from (the text itself will do).
pub fn mutate(text: &str, other: &str, seed: u64) -> String {
    let mut rng = SplitMix64::new(seed);
    let count = 1 + rng.below(3);
    let mut out = text.to_owned();
    for _ in 0..count {
        let mutation = Mutation::ALL[rng.below(Mutation::ALL.len())];
        out = mutation.apply(&out, other, &mut rng);
    }
    out
}

/// `text` cut to at most `max_bytes`, at a char boundary.
pub fn truncate_to(text: &str, max_bytes: usize) -> &str {
    let mut end = max_bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::{mutate, truncate_to, Mutation};
    use crate::rng::SplitMix64;

    const ARTICLE: &str = "“We will rebuild,” the mayor said on Monday.\n\nThe storm hit on Friday.";

    #[test]
    fn the_same_seed_gives_the_same_mutant() {
        assert_eq!(mutate(ARTICLE, ARTICLE, 42), mutate(ARTICLE, ARTICLE, 42));
        let mutants: std::collections::HashSet<String> =
            (0..50).map(|seed| mutate(ARTICLE, "Other.", seed)).collect();
        assert!(
            mutants.len() > 25,
            "only {} distinct mutants of 50",
            mutants.len()
        );
    }

    #[test]
    fn each_mutation_changes_an_article_it_applies_to() {
        let article = [ARTICLE; 3].join("\n\n");
        for mutation in Mutation::ALL {
            let changed = (0..10).any(|seed| {
                let mut rng = SplitMix64::new(seed);
                mutation.apply(&article, "Spliced in.\n\nAnother.", &mut rng) != article
            });
            assert!(changed, "{mutation:?} left the article as it was for ten seeds");
        }
    }

    #[test]
    fn truncates_on_a_char_boundary() {
        assert_eq!(truncate_to("né", 2), "n");
        assert_eq!(truncate_to("né", 3), "né");
        assert_eq!(truncate_to("né", 99), "né");
    }
}
