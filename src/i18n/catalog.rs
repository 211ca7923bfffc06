//! Every string the app and the embed show a reader, as one [`Catalog`] per interface
//! language (`en.rs`, `de.rs`, `fr.rs`). A `{}` in a string is filled, in order, by
//! [`fill`](super::fill); nothing else in the app holds words a reader sees.

use serde::Serialize;

/// The words of the interface in one language (serialized only by the tests that check the
/// catalogs against each other).
#[derive(Debug, Serialize)]
pub struct Catalog {
    /// The language's own name, in the interface-language menu.
    pub own_name: &'static str,
    /// The names of the article languages, in `Language::ALL` order (en, de, fr, es, it, pt, nl).
    pub language_names: [&'static str; 7],

    // The page.
    /// Under the app's name.
    pub tagline: &'static str,
    /// The page's last line.
    pub footer: &'static str,
    /// The results column, for assistive technology.
    pub results: &'static str,
    /// The phone's tabs between the summary, the quotes and the article, for assistive
    /// technology (the tabs are named by `summary`, `quotes` and `article`).
    pub parts: &'static str,
    /// The interface-language menu's label.
    pub interface_language: &'static str,
    /// The article-language menu's label.
    pub article_language: &'static str,
    /// The article-language menu's first entry once a language is detected: `{}` is its name.
    pub detected_language: &'static str,
    /// The article-language menu's first entry before anything is detected.
    pub detect_language: &'static str,
    /// The results column of an empty page.
    pub empty_hint: &'static str,
    /// A text without a sentence.
    pub no_sentences: &'static str,
    /// A text too short to summarize.
    pub too_short: &'static str,
    /// A text longer than the app analyzes.
    pub too_long_to_analyze: &'static str,

    // The status line.
    /// While the engine works.
    pub reading: &'static str,
    /// A paste that is not text.
    pub not_text: &'static str,
    /// A result: summary sentences, the article's sentences, quotes.
    pub summary_ready: &'static str,
    /// After "Clear".
    pub cleared: &'static str,
    /// After "Undo clear".
    pub restored: &'static str,
    /// The browser's storage is full.
    pub too_large_to_keep: &'static str,
    /// The browser refuses to keep anything.
    pub storage_refused: &'static str,
    /// The engine failed on the text.
    pub engine_failed: &'static str,

    // The article panel.
    /// Its heading.
    pub article: &'static str,
    /// Its edit/read tabs, for assistive technology.
    pub article_view: &'static str,
    /// The editing tab.
    pub edit: &'static str,
    /// The reading tab.
    pub read: &'static str,
    /// Loads the built-in sample.
    pub try_sample: &'static str,
    /// Opens a file.
    pub open_file: &'static str,
    /// Empties the editor.
    pub clear: &'static str,
    /// Brings the cleared text back.
    pub undo_clear: &'static str,
    /// The editor, for assistive technology.
    pub article_text: &'static str,
    /// The empty editor's placeholder.
    pub placeholder: &'static str,
    /// The reading view, for assistive technology.
    pub reading_view: &'static str,
    /// The reading view of a text longer than it shows.
    pub reading_view_cut: &'static str,
    /// A text too long for the editor, in its place: `{}` is its size in megabytes.
    pub long_text: &'static str,
    /// Puts a text too long for the editor in it all the same.
    pub edit_long_text: &'static str,
    /// Between a number's whole part and its decimals.
    pub decimal_separator: char,
    /// The page's title.
    pub page_title: &'static str,
    /// A file without text: `{}` is its name.
    pub file_empty: &'static str,
    /// A file read: `{}` is its name.
    pub file_loaded: &'static str,
    /// A file of another kind: `{}` is its name.
    pub file_not_text_file: &'static str,
    /// A file above the size read: `{}` is its name.
    pub file_too_large: &'static str,
    /// A file the browser could not read: `{}` is its name.
    pub file_unreadable: &'static str,
    /// A text file holding something else: `{}` is its name.
    pub file_not_text: &'static str,

    // The summary.
    /// Its heading.
    pub summary: &'static str,
    /// A summary sentence's tooltip.
    pub show_in_the_article: &'static str,
    /// Switches to bullets.
    pub show_as_bullets: &'static str,
    /// Switches to a paragraph.
    pub show_as_paragraph: &'static str,
    /// Summary sentences, the article's sentences, the share of words, minutes saved.
    pub compression: &'static str,
    /// The key phrases' heading.
    pub key_phrases: &'static str,

    // Who is quoted, and the quotes.
    /// The speakers table's heading.
    pub who_is_quoted: &'static str,
    /// A speaker column or filter.
    pub speaker: &'static str,
    /// The quotes column.
    pub quotes: &'static str,
    /// The share column.
    pub share_of_quoted_words: &'static str,
    /// Speakers beyond the table: `{}` is how many.
    pub more_speakers: &'static str,
    /// The quotes' heading: `{}` is how many.
    pub quotes_heading: &'static str,
    /// The speaker filter's "no filter".
    pub everyone: &'static str,
    /// No quotes in the article.
    pub no_quotations: &'static str,
    /// A quotation in the speaker's words.
    pub kind_direct: &'static str,
    /// A paraphrase with quoted words in it.
    pub kind_mixed: &'static str,
    /// Reported speech.
    pub kind_reported: &'static str,
    /// Scrolls the article to a quote.
    pub show_in_article: &'static str,
    /// The next page of quotes: how many more, how many not shown.
    pub show_more_quotes: &'static str,
    /// A quote without a speaker.
    pub unattributed: &'static str,

    // The length controls.
    /// The group, for assistive technology.
    pub summary_length: &'static str,
    /// The menu's label.
    pub length: &'static str,
    /// Three sentences.
    pub short: &'static str,
    /// Five sentences.
    pub medium: &'static str,
    /// A quarter of the article.
    pub long: &'static str,
    /// An exact number of sentences.
    pub exact_sentences: &'static str,
    /// At most a number of words.
    pub word_limit: &'static str,
    /// A percentage of the sentences.
    pub percentage: &'static str,
    /// The number box's unit: sentences.
    pub unit_sentences: &'static str,
    /// The number box's unit: words.
    pub unit_words: &'static str,
    /// The number box's unit: percent.
    pub unit_percent: &'static str,
    /// The number box, for assistive technology: `{}` is its unit.
    pub number_of: &'static str,
    /// A number of sentences refused.
    pub refused_sentences: &'static str,
    /// A number of words refused.
    pub refused_words: &'static str,
    /// A share refused.
    pub refused_ratio: &'static str,
    /// A percentage refused.
    pub refused_percent: &'static str,
    /// A length that is none of the above.
    pub refused_length: &'static str,

    // Export.
    /// Its heading.
    pub export: &'static str,
    /// The format menu's label.
    pub format: &'static str,
    /// Copies the export.
    pub copy: &'static str,
    /// Downloads the export.
    pub download: &'static str,
    /// The preview, for assistive technology.
    pub export_preview: &'static str,
    /// The format: the summary as plain text.
    pub summary_as_text: &'static str,
    /// The format: the summary as Markdown.
    pub summary_as_markdown: &'static str,
    /// The format: the quotes as Markdown.
    pub quotes_as_markdown: &'static str,
    /// The format: everything as JSON.
    pub everything_as_json: &'static str,
    /// A copy made: `{}` is the format.
    pub copied: &'static str,
    /// A copy refused.
    pub copy_refused: &'static str,
    /// A download made: `{}` is the file's name.
    pub downloaded: &'static str,
    /// A download refused.
    pub download_refused: &'static str,

    // The engine's failure.
    /// Its heading.
    pub failure_heading: &'static str,
    /// What happened.
    pub failure_explanation: &'static str,
    /// How to help.
    pub failure_help: &'static str,
    /// Copies the report.
    pub copy_report: &'static str,
    /// The report copied.
    pub report_copied: &'static str,
    /// The report's copy refused.
    pub report_copy_refused: &'static str,

    // The embed's card.
    /// The card, for assistive technology.
    pub embed_card: &'static str,
    /// The paste box's label.
    pub embed_paste_label: &'static str,
    /// The paste box's placeholder.
    pub embed_paste_placeholder: &'static str,
    /// A text without sentences.
    pub embed_no_sentences: &'static str,
    /// No quotes found.
    pub embed_no_quotes: &'static str,
    /// The engine could not read the text: `{}` is why.
    pub embed_could_not_read: &'static str,
}
