//! The reader's settings, kept between visits in the browser's local storage (never sent
//! anywhere), and the text as versions before IndexedDB kept it there (the text itself is now
//! kept by `text_store.rs`).

use nutgraf_engine::{Length, LengthUnit};
use serde::Serialize;

use crate::i18n::Locale;
use crate::json_reading;

/// The summary length a reader picked.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub enum LengthChoice {
    /// Three sentences.
    #[default]
    Short,
    /// Five sentences.
    Medium,
    /// A quarter of the article.
    Long,
    /// Exactly this many sentences.
    Sentences(usize),
    /// At most this many words.
    Words(usize),
    /// This percentage of the article's sentences.
    Percent(usize),
}

impl LengthChoice {
    /// The engine's length for this choice. An amount the engine refuses (only hand-edited
    /// storage can hold one: the controls read every amount with the engine's reader) is
    /// read as the default, three sentences.
    pub fn to_length(self) -> Length {
        let exact = match self {
            Self::Short => return Length::SHORT,
            Self::Medium => return Length::MEDIUM,
            Self::Long => return Length::LONG,
            Self::Sentences(count) => Length::sentences(count),
            Self::Words(count) => Length::words(count),
            Self::Percent(percent) => Length::percent(percent),
        };
        exact.unwrap_or(Length::SHORT)
    }

    /// The exact choice for a length read from the number box: a ratio is shown as the
    /// nearest whole percentage.
    pub fn exact(length: Length) -> Self {
        match length {
            Length::Sentences(count) => Self::Sentences(count),
            Length::Words(count) => Self::Words(count),
            Length::Ratio(ratio) => Self::Percent((ratio * 100.0).round() as usize),
        }
    }

    /// The unit of this choice's number box, or `None` for a preset.
    pub fn unit(self) -> Option<LengthUnit> {
        match self {
            Self::Short | Self::Medium | Self::Long => None,
            Self::Sentences(_) => Some(LengthUnit::Sentences),
            Self::Words(_) => Some(LengthUnit::Words),
            Self::Percent(_) => Some(LengthUnit::Percent),
        }
    }
}

/// How the summary is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum SummaryLayout {
    /// One bullet a sentence.
    #[default]
    Bullets,
    /// The sentences run together as a paragraph.
    Paragraph,
}

/// Everything the page remembers between visits.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Settings {
    /// The summary length.
    pub length: LengthChoice,
    /// Bullets or a paragraph.
    pub layout: SummaryLayout,
    /// The interface language the reader chose; `None` follows the browser's.
    pub locale: Option<Locale>,
}

const TEXT_KEY: &str = "nutgraf.text";
const UNSAVED_KEY: &str = "nutgraf.unsaved";
const SETTINGS_KEY: &str = "nutgraf.settings";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The text a version before IndexedDB saved in local storage, if any.
pub fn legacy_text() -> Option<String> {
    storage()?.get_item(TEXT_KEY).ok().flatten()
}

/// Removes the text a version before IndexedDB saved, once it is moved.
pub fn forget_legacy_text() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(TEXT_KEY);
    }
}

/// A text kept in local storage until IndexedDB takes it, with its edit time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unsaved {
    /// The text.
    pub text: String,
    /// When it was last edited, in milliseconds since 1970.
    pub edited: f64,
}

/// Keeps `unsaved` in local storage, for a page closed while its IndexedDB store was still
/// opening; false when local storage refuses it (too large, or turned off).
pub fn keep_unsaved(unsaved: &Unsaved) -> bool {
    match (storage(), serde_json::to_string(unsaved)) {
        (Some(storage), Ok(json)) => storage.set_item(UNSAVED_KEY, &json).is_ok(),
        _ => false,
    }
}

/// The text [`keep_unsaved`] kept, removed from local storage.
pub fn take_unsaved() -> Option<Unsaved> {
    let storage = storage()?;
    let json = storage.get_item(UNSAVED_KEY).ok().flatten()?;
    let _ = storage.remove_item(UNSAVED_KEY);
    json_reading::unsaved(&json)
}

/// The settings saved by the last visit, or the defaults.
pub fn load_settings() -> Settings {
    storage()
        .and_then(|storage| storage.get_item(SETTINGS_KEY).ok().flatten())
        .and_then(|json| json_reading::settings(&json))
        .unwrap_or_default()
}

/// Saves the settings.
pub fn save_settings(settings: &Settings) {
    if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(settings)) {
        let _ = storage.set_item(SETTINGS_KEY, &json);
    }
}
