//! The app's state and everything that changes it, as yew's `function_todomvc` keeps it: one
//! [`AppState`], changed only by an [`Action`] through [`AppState::apply`], a pure function
//! (tested natively in `tests/app_state.rs`). [`App`](crate::App) holds it with `use_reducer`
//! and saves the text and the settings from effects.

use std::rc::Rc;

use yew::Reducible;

use crate::components::{CharRange, SourceMode};
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
/// What the status line says when the browser will not keep the text.
pub const TOO_LARGE_TO_KEEP: &str =
    "This text is too large to keep after a reload; it stays until you close the page.";

/// Everything the page remembers while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The article as typed, pasted, dropped or shared.
    pub text: Rc<str>,
    /// The summary's length and layout (kept between visits).
    pub settings: Settings,
    /// Editing the article, or reading it with the summary marked.
    pub mode: SourceMode,
    /// The text "Clear" removed, until new text arrives or it is brought back.
    pub cleared: Option<Rc<str>>,
    /// The sentence or quote marked in the article.
    pub active: Option<CharRange>,
    /// Counts the requests to scroll the article to `active`.
    pub reveal: u32,
    /// A message for the status line; empty for none.
    pub status: String,
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
}

impl AppState {
    /// The state a page opens with: `text` in the editor, `settings` from the last visit.
    pub fn new(text: Rc<str>, settings: Settings) -> Self {
        Self {
            text,
            settings,
            mode: SourceMode::Edit,
            cleared: None,
            active: None,
            reveal: 0,
            status: String::new(),
        }
    }

    /// The state after `action`.
    pub fn apply(mut self, action: Action) -> Self {
        match action {
            Action::SetText { text, pasted } => self.set_text(text, pasted),
            Action::LoadSample => self.set_text(Rc::from(SAMPLE_ARTICLE), true),
            Action::Clear => {
                self.cleared = Some(std::mem::replace(&mut self.text, Rc::from("")));
                self.mode = SourceMode::Edit;
                self.status = CLEARED.to_owned();
            }
            Action::UndoClear => {
                let editor_empty = self.text.is_empty();
                if let Some(previous) = self.cleared.take_if(|_| editor_empty) {
                    self.text = previous;
                    self.status = RESTORED.to_owned();
                }
            }
            Action::SetMode(mode) => self.mode = mode,
            Action::Show(range) => self.active = range,
            Action::Reveal(range) => {
                self.active = Some(range);
                self.mode = SourceMode::Read;
                self.reveal = self.reveal.wrapping_add(1);
            }
            Action::SetLength(length) => self.settings.length = length,
            Action::SetLayout(layout) => self.settings.layout = layout,
            Action::SetStatus(message) => self.status = message,
        }
        self
    }

    /// Whether "Undo clear" has a text to bring back (only while the editor is empty).
    pub fn can_undo(&self) -> bool {
        self.cleared.is_some() && self.text.is_empty()
    }

    fn set_text(&mut self, text: Rc<str>, pasted: bool) {
        if pasted && !text.trim().is_empty() && text.len() < MAX_PASTE_TO_READ && !looks_binary(&text) {
            self.mode = SourceMode::Read;
        }
        if !text.is_empty() {
            self.cleared = None;
        }
        self.status.clear();
        self.text = text;
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}
