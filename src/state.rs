//! The app's state and everything that changes it, as yew's `function_todomvc` keeps it: one
//! [`AppState`], changed only by an [`Action`] through [`AppState::apply`], a pure function
//! (tested natively in `tests/app_state.rs`). [`App`](crate::App) holds it with `use_reducer`
//! and saves the text and the settings from effects.

use std::rc::Rc;

use nutgraf_engine::text::Language;
use yew::Reducible;

use crate::components::{CharRange, SourceMode, View};
use crate::diagnostic::Diagnostic;
use crate::file_text::looks_binary;
use crate::i18n::{Catalog, Locale};
use crate::sample::SAMPLE_ARTICLE;
use crate::settings::{LengthChoice, Settings, SummaryLayout};

/// A paste at least this long (in bytes) stays in the editor: the reading view of a very long
/// text is slow to lay out.
pub const MAX_PASTE_TO_READ: usize = 200_000;

/// Texts longer than this (in bytes) are kept but not analyzed: the engine's memory in the
/// browser would not suffice.
pub const MAX_TEXT_TO_ANALYZE: usize = 50_000_000;

/// Everything the page remembers while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The article as typed, pasted, dropped or shared.
    pub text: Rc<str>,
    /// The summary's length and layout (kept between visits).
    pub settings: Settings,
    /// Editing the article, or reading it with the summary marked.
    pub mode: SourceMode,
    /// Which part a phone shows: the answer first once an article has arrived.
    pub view: View,
    /// Whether the text last changed by typing (the engine then waits for a pause).
    pub typed: bool,
    /// The text "Clear" removed, until new text arrives or it is brought back.
    pub cleared: Option<Rc<str>>,
    /// The sentence or quote marked in the article.
    pub active: Option<CharRange>,
    /// Counts the requests to scroll the article to `active`.
    pub reveal: u32,
    /// A message for the status line; empty for none.
    pub status: String,
    /// The report of the engine's failure on this text, until the text or the length changes.
    pub failure: Option<Diagnostic>,
    /// The interface's language: the reader's choice, else the browser's.
    pub locale: Locale,
    /// The language the reader says the article is in; `None` to detect it. A new article
    /// arriving whole sets it back to `None`.
    pub article_language: Option<Language>,
}

/// Why the browser does not keep the text after a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unkept {
    /// Its storage is full.
    NoRoom,
    /// It keeps nothing (storage turned off, as in some private windows).
    Refused,
}

/// A change to the [`AppState`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// New text; `pasted` when it arrived whole (a paste, a drop, a file, the sample), which
    /// opens the reading view.
    SetText {
        /// The new text.
        text: Rc<str>,
        /// Whether it arrived whole.
        pasted: bool,
    },
    /// The built-in sample article, as if pasted.
    LoadSample,
    /// Removes the text, keeping it for "Undo clear".
    Clear,
    /// Brings back the text "Clear" removed.
    UndoClear,
    /// Switches between editing and reading.
    SetMode(SourceMode),
    /// Shows the summary, the quotes or the article on a phone.
    SetView(View),
    /// Marks a stretch of the article, or none.
    Show(Option<CharRange>),
    /// Marks a stretch and scrolls the reading view to it.
    Reveal(CharRange),
    /// A new summary length.
    SetLength(LengthChoice),
    /// A new summary layout.
    SetLayout(SummaryLayout),
    /// A message for the status line.
    SetStatus(String),
    /// The text saved by an earlier visit, once storage has read it: it fills the editor only
    /// while nothing has been typed, pasted or cleared.
    Restore(Rc<str>),
    /// The engine failed on the current text.
    EngineFailed(Diagnostic),
    /// The browser did not keep the text.
    NotKept(Unkept),
    /// The reader chose the interface's language.
    SetLocale(Locale),
    /// The reader said which language the article is in, or `None` to detect it.
    SetArticleLanguage(Option<Language>),
}

impl AppState {
    /// The state a page opens with: `text` in the editor (the summary first on a phone when
    /// there is one), `settings` from the last visit, the interface in the language they chose
    /// or else in English (see [`Self::speaking`]).
    pub fn new(text: Rc<str>, settings: Settings) -> Self {
        Self {
            view: if text.trim().is_empty() {
                View::Article
            } else {
                View::Summary
            },
            typed: false,
            text,
            locale: settings.locale.unwrap_or_default(),
            article_language: None,
            settings,
            mode: SourceMode::Edit,
            cleared: None,
            active: None,
            reveal: 0,
            status: String::new(),
            failure: None,
        }
    }

    /// The state after `action`.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetText { text, pasted } => self.set_text(text, pasted),
            Action::LoadSample => self.set_text(Rc::from(SAMPLE_ARTICLE), true),
            Action::Clear => {
                self.failure = None;
                self.cleared = Some(std::mem::replace(&mut self.text, Rc::from("")));
                self.mode = SourceMode::Edit;
                self.view = View::Article;
                self.typed = false;
                self.status = self.words().cleared.to_owned();
            }
            Action::UndoClear => {
                let editor_empty = self.text.is_empty();
                if let Some(previous) = self.cleared.take_if(|_| editor_empty) {
                    self.failure = None;
                    self.text = previous;
                    self.typed = false;
                    self.status = self.words().restored.to_owned();
                }
            }
            Action::SetMode(mode) => self.mode = mode,
            Action::SetView(view) => self.view = view,
            Action::Show(range) => self.active = range,
            Action::Reveal(range) => {
                self.active = Some(range);
                self.mode = SourceMode::Read;
                self.view = View::Article;
                self.reveal = self.reveal.wrapping_add(1);
            }
            Action::SetLength(length) => {
                self.failure = None;
                self.settings.length = length;
            }
            Action::SetLayout(layout) => self.settings.layout = layout,
            Action::SetStatus(message) => self.status = message,
            Action::Restore(saved) => {
                if self.text.is_empty() && self.cleared.is_none() {
                    if !saved.trim().is_empty() {
                        self.view = View::Summary;
                    }
                    self.text = saved;
                    self.typed = false;
                }
            }
            Action::EngineFailed(diagnostic) => {
                self.failure = Some(diagnostic);
                self.status = self.words().engine_failed.to_owned();
            }
            Action::NotKept(why) => {
                let words = self.words();
                self.status = match why {
                    Unkept::NoRoom => words.too_large_to_keep,
                    Unkept::Refused => words.storage_refused,
                }
                .to_owned();
            }
            Action::SetLocale(locale) => {
                self.settings.locale = Some(locale);
                self.locale = locale;
            }
            Action::SetArticleLanguage(language) => {
                self.failure = None;
                self.article_language = language;
            }
        }
        self
    }

    /// The state with the interface in `browser`'s language, unless the reader chose one.
    pub fn speaking(mut self, browser: Locale) -> Self {
        self.locale = self.settings.locale.unwrap_or(browser);
        self
    }

    /// The words of the interface's language.
    pub fn words(&self) -> &'static Catalog {
        self.locale.catalog()
    }

    /// Whether "Undo clear" has a text to bring back (only while the editor is empty).
    pub fn can_undo(&self) -> bool {
        self.cleared.is_some() && self.text.is_empty()
    }

    /// Whether the text is too long to analyze (see [`MAX_TEXT_TO_ANALYZE`]).
    pub fn too_long(&self) -> bool {
        self.text.len() > MAX_TEXT_TO_ANALYZE
    }

    fn set_text(&mut self, text: Rc<str>, pasted: bool) {
        if pasted && !text.trim().is_empty() && text.len() < MAX_PASTE_TO_READ && !looks_binary(&text) {
            self.mode = SourceMode::Read;
        }
        if pasted && !text.trim().is_empty() {
            self.view = View::Summary;
        }
        self.typed = !pasted;
        if !text.is_empty() {
            self.cleared = None;
        }
        if pasted {
            self.article_language = None;
        }
        self.status.clear();
        self.failure = None;
        self.text = text;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}
