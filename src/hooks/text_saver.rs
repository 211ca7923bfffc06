//! Keeps the page's text in the [`TextStore`]: gives back the newest saved text when the page
//! opens (moving one a version before IndexedDB left in local storage), stamps each edit with
//! its time, and saves when asked (after typing settles, and when the page is hidden or
//! closed). A tab that only shows a text never saves it, so it cannot replace a newer one.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen_futures::spawn_local;
use yew::UseReducerDispatcher;

use crate::settings::{forget_legacy_text, keep_unsaved, legacy_text, take_unsaved, Unsaved};
use crate::state::{Action, AppState, Unkept};
use crate::text_store::{SavedText, StoreError, TextStore};

/// The text is saved this long after the last change.
const SAVE_AFTER_MS: u32 = 400;

/// Texts up to this many bytes are also copied to local storage as the page goes away.
pub const LEAVING_COPY_MAX: usize = 1_000_000;

/// Where the store stands.
enum Store {
    /// Still opening.
    Opening,
    /// Open.
    Open(Rc<TextStore>),
    /// The browser refused it.
    Refused,
}

/// The page's text and its saving, shared by the persistence hook's effects and listeners.
pub struct TextSaver {
    store: RefCell<Store>,
    /// The text as the page shows it.
    text: RefCell<Rc<str>>,
    /// When the person last changed the text here; `None` while they have not.
    edited: Cell<Option<f64>>,
    /// The edit time of the last save handed to the store.
    saved: Cell<Option<f64>>,
    /// The save due after the last change.
    timer: RefCell<Option<Timeout>>,
    dispatcher: UseReducerDispatcher<AppState>,
}

impl TextSaver {
    /// A saver for a page that opened with `text` (shared to it, or empty), telling the page
    /// through `dispatcher`.
    pub fn new(text: Rc<str>, dispatcher: UseReducerDispatcher<AppState>) -> Rc<Self> {
        let edited = (!text.is_empty()).then(js_sys::Date::now);
        Rc::new(Self {
            store: RefCell::new(Store::Opening),
            text: RefCell::new(text),
            edited: Cell::new(edited),
            saved: Cell::new(None),
            timer: RefCell::new(None),
            dispatcher,
        })
    }

    /// Opens the store, gives back the newest saved text (unless the person has already
    /// typed), then saves what they typed meanwhile.
    pub fn open(self: &Rc<Self>) {
        let saver = self.clone();
        spawn_local(async move {
            match TextStore::open().await {
                Ok(store) => {
                    let saved = newest_with_moved(&store).await;
                    *saver.store.borrow_mut() = Store::Open(Rc::new(store));
                    if let Some(saved) = saved.filter(|_| saver.edited.get().is_none()) {
                        let text: Rc<str> = Rc::from(saved.text);
                        *saver.text.borrow_mut() = text.clone();
                        saver.dispatcher.dispatch(Action::Restore(text));
                    }
                }
                Err(_) => *saver.store.borrow_mut() = Store::Refused,
            }
            saver.save();
        });
    }

    /// Notes the page's text: a change not made by restoring is an edit, stamped with the
    /// time now and saved a moment later. Told as the text arrives (before the page renders
    /// it) and again by the page's effects, so that a reload right after a paste keeps it.
    pub fn changed(self: &Rc<Self>, text: Rc<str>) {
        let edit = {
            let known = self.text.borrow();
            !Rc::ptr_eq(&known, &text) && **known != *text
        };
        if edit {
            self.edited.set(Some(js_sys::Date::now()));
            *self.text.borrow_mut() = text;
            let saver = Rc::downgrade(self);
            let due = Timeout::new(SAVE_AFTER_MS, move || {
                if let Some(saver) = saver.upgrade() {
                    saver.save();
                }
            });
            *self.timer.borrow_mut() = Some(due);
        }
    }

    /// Saves the text as the page goes away: a text of at most [`LEAVING_COPY_MAX`] bytes not
    /// saved yet is also kept in local storage, which writes at once, in case the page is gone
    /// before IndexedDB has written it; the next page moves it into the store.
    pub fn save_on_leave(&self) {
        if let Some(edited) = self
            .edited
            .get()
            .filter(|&edited| self.saved.get() != Some(edited))
        {
            let text = self.text.borrow();
            if text.len() <= LEAVING_COPY_MAX {
                keep_unsaved(&Unsaved {
                    text: text.to_string(),
                    edited,
                });
            }
        }
        self.save();
    }

    /// Saves the text if it changed since the last save; says on the status line when the
    /// browser will not keep it.
    pub fn save(&self) {
        let Some(edited) = self
            .edited
            .get()
            .filter(|&edited| self.saved.get() != Some(edited))
        else {
            return;
        };
        let written = match &*self.store.borrow() {
            // Kept in local storage meanwhile, should the page close first; the store saves
            // it once open.
            Store::Opening => {
                let text = self.text.borrow().to_string();
                keep_unsaved(&Unsaved { text, edited });
                return;
            }
            Store::Refused => Err(StoreError::Refused(String::new())),
            Store::Open(store) => Ok(store.save(&self.text.borrow(), edited)),
        };
        self.saved.set(Some(edited));
        let dispatcher = self.dispatcher.clone();
        spawn_local(async move {
            let kept = match written {
                Ok(written) => written.await,
                Err(error) => Err(error),
            };
            if let Err(error) = kept {
                dispatcher.dispatch(Action::NotKept(match error {
                    StoreError::Full => Unkept::NoRoom,
                    StoreError::Refused(_) => Unkept::Refused,
                }));
            }
        });
    }
}

/// The newest saved text, after moving into the store the texts local storage holds: one a
/// version before IndexedDB left (the oldest of all), and one a page closed while its store
/// was opening kept (with its edit time). A text the store would not take still counts.
async fn newest_with_moved(store: &TextStore) -> Option<SavedText> {
    let legacy = legacy_text().map(|text| SavedText { text, edited: 0.0 });
    let unsaved = take_unsaved().map(|Unsaved { text, edited }| SavedText { text, edited });
    if let Some(legacy) = &legacy {
        if store.adopt(legacy).await.is_ok() {
            forget_legacy_text();
        }
    }
    if let Some(unsaved) = &unsaved {
        let _ = store.adopt(unsaved).await;
    }
    let stored = store.newest().await.ok().flatten();
    [stored, legacy, unsaved]
        .into_iter()
        .flatten()
        .reduce(|newest, saved| {
            if saved.edited > newest.edited {
                saved
            } else {
                newest
            }
        })
}
