//! The one model of a pasted text that the summarizer and the quote finder read: built once
//! per text, it holds the text as pasted, its reading form (see [`reading`](super::reading)),
//! the form the engines analyse, and the map that sends every span found back into the
//! original.

use std::borrow::Cow;
use std::ops::Range;

use super::case_restoration::case_restored;
use super::caseless::Casing;
use super::language::{language_of, Language};
use super::offset_map::OffsetMap;
use super::quotations::{QuoteMarks, QuotedPassage};
use super::reading::reading_form;
use super::sentences::SentenceSplitter;
use super::size_limit::{within_limit, TextTooLarge};

/// A text as the engine reads it.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    original: &'a str,
    /// What the engines read: the reading form, or, when the text was written without
    /// capitals (all lower or all upper case), the reading form with its capitals restored
    /// (same length and offsets).
    analysed: Cow<'a, str>,
    /// Whether `analysed` has capitals the reading form lacks. The reading form is then not
    /// kept as a second copy: the letters of its spans are the original's (see
    /// [`Self::reading_text`]).
    restored: bool,
    /// The sentences of the analysed form, in order.
    sentences: Vec<Range<usize>>,
    /// The outermost quoted passages of the analysed form, in order.
    quotations: Vec<QuotedPassage>,
    /// The language given, or else the one detected; `None` when it is none of the supported.
    language: Option<Language>,
    map: OffsetMap,
}

impl<'a> Document<'a> {
    /// Reads `original`, once for every engine: linear in its length. A text longer than
    /// [`MAX_TEXT_BYTES`](super::MAX_TEXT_BYTES) is read only up to that many bytes (cut back to a char boundary),
    /// and that part is [`Self::original`]: [`Self::try_new`] refuses such a text instead.
    pub fn new(original: &'a str) -> Self {
        Self::with_language(original, None)
    }

    /// Reads `original` as [`Self::new`] does, in `language`, or in the language its first
    /// words are in when that is `None`.
    pub fn with_language(original: &'a str, language: Option<Language>) -> Self {
        let original = within_limit(original);
        let casing = Casing::of(original);
        let (reading, map) = match reading_form(original, casing != Casing::Mixed) {
            Some((reading, map)) => (Cow::Owned(reading), map),
            None => (Cow::Borrowed(original), OffsetMap::identity(original.len())),
        };
        // The language first: the splitter reads its abbreviations.
        let language = language.or_else(|| language_of(&reading));
        let (analysed, sentences) = if casing == Casing::Mixed {
            let sentences = SentenceSplitter::default().in_language(language).split(&reading);
            (reading, sentences)
        } else {
            let (restored, sentences) = case_restored(reading, casing, language);
            (Cow::Owned(restored), sentences)
        };
        let quotations = QuoteMarks.find(&analysed);
        Self {
            original,
            analysed,
            restored: casing != Casing::Mixed,
            sentences,
            quotations,
            language,
            map,
        }
    }

    /// Reads `original` as [`Self::new`] does, or, when it is longer than [`MAX_TEXT_BYTES`](super::MAX_TEXT_BYTES),
    /// says so without reading it.
    pub fn try_new(original: &'a str) -> Result<Self, TextTooLarge> {
        Self::try_with_language(original, None)
    }

    /// [`Self::try_new`] in `language` (detected when `None`), as [`Self::with_language`].
    pub fn try_with_language(original: &'a str, language: Option<Language>) -> Result<Self, TextTooLarge> {
        TextTooLarge::check(original)?;
        Ok(Self::with_language(original, language))
    }

    /// The language the engines read the text in: the one given, or else the one its first
    /// words are in; `None` when it is none of the supported languages.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// The text as pasted.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The text as a person reads it: wrapped lines joined, hyphenation undone, spaces
    /// normalized, a pasted web page's furniture (menus, junk lines, footers) left out. Tidy
    /// text reads as itself.
    pub fn reading(&self) -> Cow<'_, str> {
        self.reading_text(0..self.analysed.len())
    }

    /// The reading form's span `reading` (empty when it is not a span of it): borrowed,
    /// unless the text had its capitals restored and the span joins the original's letters
    /// across a replaced stretch (a line break read as a space).
    pub fn reading_text(&self, reading: Range<usize>) -> Cow<'_, str> {
        let Some(analysed) = self.analysed.get(reading.clone()) else {
            return Cow::Borrowed("");
        };
        if !self.restored {
            return Cow::Borrowed(analysed);
        }
        // Letters are only ever copied from the original, never put in by a replacement.
        let mut stretches = self.map.stretches(reading.clone()).peekable();
        if let Some((stretch, Some(from))) = stretches.peek().cloned() {
            if stretch == reading {
                return Cow::Borrowed(&self.original[from..from + stretch.len()]);
            }
        }
        let mut text = String::with_capacity(reading.len());
        for (stretch, copied_from) in stretches {
            match copied_from {
                Some(from) => text.push_str(&self.original[from..from + stretch.len()]),
                None => text.push_str(&self.analysed[stretch]),
            }
        }
        Cow::Owned(text)
    }

    /// The text the engines analyse: the reading form, with the capitals of sentences,
    /// quotations, names and `I` restored when the text has none (all lower or all upper
    /// case). Its offsets are the reading form's.
    pub fn analysed(&self) -> &str {
        &self.analysed
    }

    /// True when the text had no capitals of its own (all lower or all upper case): the
    /// analysed form's capitals are those restored, and a word in lower case says nothing
    /// about it (a German noun, a quotation's first word).
    pub fn capitals_restored(&self) -> bool {
        self.restored
    }

    /// The sentences, as byte ranges of the analysed (and reading) form, in order, never
    /// overlapping, each trimmed of the spaces around it.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences
    }

    /// The outermost quoted passages of the analysed (and reading) form, in order.
    pub fn quotations(&self) -> &[QuotedPassage] {
        &self.quotations
    }

    /// The span of the original that the reading span `reading` shows.
    pub fn to_original(&self, reading: Range<usize>) -> Range<usize> {
        self.map.to_original(reading)
    }

    /// The reading form of the original span `original`.
    pub fn reading_of(&self, original: Range<usize>) -> Cow<'_, str> {
        self.reading_text(self.map.to_reading(original))
    }
}

#[cfg(test)]
mod tests {
    use super::Document;
    use crate::text::Language;

    #[test]
    fn a_text_beyond_the_limit_is_refused_by_try_new() {
        let text = "a".repeat(crate::text::MAX_TEXT_BYTES + 1);
        let refused = Document::try_new(&text).map(|document| document.original().len());
        assert_eq!(refused, Err(crate::text::TextTooLarge(text.len())));
        assert_eq!(
            Document::try_new("Short.").map(|document| document.sentences().len()),
            Ok(1)
        );
    }

    #[test]
    fn splits_in_the_language_detected_or_given() {
        let text = "Der Umsatz der Firma stieg auf 5 Mio. Euro im Jahr. Das ist mehr als erwartet.";
        let detected = Document::new(text);
        assert_eq!(detected.language(), Some(Language::German));
        assert_eq!(detected.sentences().len(), 2);
        // Read as English, `Mio.` is a word that ends a sentence before a capital.
        let english = Document::with_language(text, Some(Language::English));
        assert_eq!(english.language(), Some(Language::English));
        assert_eq!(english.sentences().len(), 3);
    }

    #[test]
    fn tidy_text_reads_as_itself() {
        let text = "One paragraph.\n\nAnother “quoted” one.";
        let document = Document::new(text);
        assert_eq!(document.reading(), text);
        assert_eq!(document.analysed(), text);
        assert_eq!(document.to_original(3..9), 3..9);
    }

    #[test]
    fn reads_windows_text_and_maps_back() {
        let text = "It\u{a0}rained.\r\nThe\u{200b} end.";
        let document = Document::new(text);
        assert_eq!(document.reading(), "It rained.\nThe end.");
        let end = document.reading().find("end").unwrap_or_default();
        assert_eq!(&text[document.to_original(end..end + 3)], "end");
        assert_eq!(&text[document.to_original(0..10)], "It\u{a0}rained.");
        assert_eq!(document.reading_of(0..text.len()), document.reading());
    }

    #[test]
    fn a_soft_hyphen_at_a_line_end_joins_the_word() {
        let text = "The minister said on Tuesday that the long and bitter con\u{ad}\n\
            flict over the border would end soon, and that the talks with the neigh\u{ad}\n\
            bouring government had been worth every difficult hour they had cost.";
        assert_eq!(
            Document::new(text).reading(),
            "The minister said on Tuesday that the long and bitter conflict over the border would \
             end soon, and that the talks with the neighbouring government had been worth every \
             difficult hour they had cost."
        );
    }

    #[test]
    fn a_line_holding_only_a_byte_order_mark_is_a_blank_line() {
        // Found by the property test: wrapped text (a soft hyphen makes it read as wrapped)
        // joined the lines around the mark with a space each, doubling the space.
        let text = "aA-\nAaAAAaaa\u{ad}AaaaAAaaaAAAAaaaaa.m.\r\u{feff}\ra";
        assert_eq!(
            Document::new(text).reading(),
            "aA-\nAaAAAaaaAaaaAAaaaAAAAaaaaa.m.\n\na"
        );
    }

    #[test]
    fn restores_capitals_to_text_without_them() {
        let text = "the mayor said no. \"we will not pay,\" she said. i agree.";
        let document = Document::new(text);
        assert_eq!(document.reading(), text);
        assert_eq!(
            document.analysed(),
            "The mayor said no. \"We will not pay,\" she said. I agree."
        );
        assert_eq!(document.sentences().len(), 3);
    }

    #[test]
    fn leaves_out_a_web_page_s_furniture_and_maps_back() {
        let text = "Home\nWorld\nSign in\nMayor wins\nThe mayor won, officials said.\nAdvertisement\n\
                    “We did it,” she said.\nPrivacy | Terms | Contact us";
        let document = Document::new(text);
        assert_eq!(
            document.reading(),
            "Mayor wins\nThe mayor won, officials said.\n“We did it,” she said."
        );
        assert_eq!(document.sentences().len(), 3);
        let at = document.reading().find("“We").unwrap_or_default();
        assert_eq!(&text[document.to_original(at..at + 5)], "“We");
        assert_eq!(&text[document.to_original(0..4)], "Mayo");
        let said = document.reading().find("said.").unwrap_or_default();
        assert_eq!(
            &text[document.to_original(said..at + 3)],
            "said.\nAdvertisement\n“"
        );
        assert_eq!(document.reading_of(0..text.len()), document.reading());
    }

    #[test]
    fn joins_wrapped_lines_and_undoes_hyphenation() {
        let text = "\
The FBI will also have a command center to monitor potential security
threats related to the election. U.S. intelligence officials have warned
of Russian efforts to use hacking to interfere with the election con-
flict process.";
        let document = Document::new(text);
        assert_eq!(
            document.reading(),
            "The FBI will also have a command center to monitor potential security threats \
             related to the election. U.S. intelligence officials have warned of Russian efforts \
             to use hacking to interfere with the election conflict process."
        );
        let at = document.reading().find("conflict").unwrap_or_default();
        assert_eq!(&text[document.to_original(at..at + 8)], "con-\nflict");
        assert_eq!(document.reading_of(document.to_original(at..at + 8)), "conflict");
    }

    #[test]
    fn a_text_without_capitals_reads_as_written_and_is_analysed_with_them() {
        let text = "\
the mayor of springfield, anna lopez, said on tuesday that the new bridge
will open in may. \"we waited long enough,\" she told reporters at city
hall.";
        let document = Document::new(text);
        assert_eq!(
            document.reading(),
            "the mayor of springfield, anna lopez, said on tuesday that the new bridge will open \
             in may. \"we waited long enough,\" she told reporters at city hall."
        );
        assert_eq!(
            document.analysed(),
            "The mayor of springfield, Anna Lopez, said on tuesday that the new bridge will open \
             in may. \"We waited long enough,\" she told reporters at city hall."
        );
        assert_eq!(document.analysed().len(), document.reading().len());
        // A span within one line is the original's own text; one across a join is rebuilt.
        let bridge = document.analysed().find("bridge will").unwrap_or_default();
        assert_eq!(document.reading_text(bridge..bridge + 6), "bridge");
        assert_eq!(document.reading_text(bridge..bridge + 11), "bridge will");
        assert_eq!(document.reading_of(0..text.len()), document.reading());
        assert_eq!(document.reading_text(5..document.analysed().len() + 1), "");
    }
}
