//! The app's state and everything that changes it, as yew's `function_todomvc` keeps it: one
//! [`AppState`], changed only by an [`Action`] through [`AppState::apply`], a pure function
//! (tested natively in `tests/app_state.rs`). [`App`](crate::App) holds it with `use_reducer`
//! and saves the text and the settings from effects.

use std::rc::Rc;

use yew::Reducible;

use crate::components::{CharRange, SourceMode, View};
use crate::diagnostic::Diagnostic;
use crate::file_text::looks_binary;
use crate::sample::SAMPLE_ARTICLE;
use crate::settings::{LengthChoice, Settings, SummaryLayout};

/// A paste at least this long (in bytes) stays in the editor: the reading view of a very long
/// text is slow to lay out.
pub const MAX_PASTE_TO_READ: usize = 200_000;

/// What the status line says after "Clear".
pub const CLEARED: &str = "Cleared. “Undo clear” brings the text back.";
/// What the status line says after "Undo clear".
pub const RESTORED: &str = "The text is back.";
/// What the status line says when the browser's storage is full.
pub const TOO_LARGE_TO_KEEP: &str =
    "The browser has no room to keep this text after a reload; it stays until you close the page.";
/// What the status line says when the browser refuses to keep anything (storage turned off,
/// as in some private windows).
pub const STORAGE_REFUSED: &str = "This browser does not let Nutgraf keep your text after a reload (storage \
     is off, as in some private windows); it stays until you close the page.";
/// What the status line says when the engine failed on the text.
pub const ENGINE_FAILED: &str =
    "Nutgraf could not read this text. Your text is kept: you can edit it or paste \
     another one.";

/// Texts longer than this (in bytes) are kept but not analyzed: the engine's memory in the
/// browser would not suffice.
pub const MAX_TEXT_TO_ANALYZE: usize = 50_000_000;
/// What the page says about a text longer than [`MAX_TEXT_TO_ANALYZE`].
pub const TOO_LONG_TO_ANALYZE: &str = "This text is longer than 50 MB, more than Nutgraf can read at once. \
     It stays here; paste a part of it to see its summary and quotes.";

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
}

impl AppState {
    /// The state a page opens with: `text` in the editor (the summary first on a phone when
    /// there is one), `settings` from the last visit.
    pub fn new(text: Rc<str>, settings: Settings) -> Self {
        Self {
            view: if text.trim().is_empty() {
                View::Article
            } else {
                View::Summary
            },
            typed: false,
            text,
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
                self.status = CLEARED.to_owned();
            }
            Action::UndoClear => {
                let editor_empty = self.text.is_empty();
                if let Some(previous) = self.cleared.take_if(|_| editor_empty) {
                    self.failure = None;
                    self.text = previous;
                    self.typed = false;
                    self.status = RESTORED.to_owned();
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
                self.status = ENGINE_FAILED.to_owned();
            }
        }
        self
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
