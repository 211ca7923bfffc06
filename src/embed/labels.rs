//! The words `<nutgraf-summary>` shows, from the app's catalogs: the embed speaks the
//! language of the page it is on (its `lang`), else the browser's, else English.

use serde::Serialize;

use crate::i18n::Locale;

/// The widget's words, as `embed.js` reads them.
#[derive(Debug, Serialize)]
struct EmbedLabels {
    card: &'static str,
    summary: &'static str,
    quotes: &'static str,
    reading: &'static str,
    paste_label: &'static str,
    paste_placeholder: &'static str,
    no_sentences: &'static str,
    no_quotes: &'static str,
    unattributed: &'static str,
    could_not_read: &'static str,
}

/// The widget's words as JSON, in the first interface language among `tags` (language tags
/// such as `de-CH`, most preferred first), or in English; `{}` in `could_not_read` stands for
/// the reason.
pub fn labels_json(tags: &[String]) -> String {
    let locale = tags
        .iter()
        .find_map(|tag| Locale::of_tag(tag))
        .unwrap_or_default();
    let words = locale.catalog();
    let labels = EmbedLabels {
        card: words.embed_card,
        summary: words.summary,
        quotes: words.quotes,
        reading: words.reading,
        paste_label: words.embed_paste_label,
        paste_placeholder: words.embed_paste_placeholder,
        no_sentences: words.embed_no_sentences,
        no_quotes: words.embed_no_quotes,
        unattributed: words.unattributed,
        could_not_read: words.embed_could_not_read,
    };
    serde_json::to_string(&labels).unwrap_or_default()
}
