//! What survives a reload: the app state's text, saved in IndexedDB a moment after it last
//! changed and whenever the page is hidden or closed (see `text_saver.rs`), and its settings,
//! saved in local storage when they change (effects over the state, as yew's
//! `function_todomvc` saves its entries).

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::VisibilityState;
use yew::prelude::*;

use crate::settings::save_settings;
use crate::state::AppState;

pub use super::text_saver::TextSaver;

/// Gives back the saved text when the page opens, then saves `state`'s text and settings as
/// they change; a text the browser will not keep is announced on the status line. Returns
/// the saver, for the page to tell it of new text as it arrives.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>) -> Rc<TextSaver> {
    let saver = {
        let (text, dispatcher) = (state.text.clone(), state.dispatcher());
        use_memo((), move |()| TextSaver::new(text, dispatcher))
    };
    {
        let saver = (*saver).clone();
        use_effect_with((), move |()| {
            saver.open();
            let listeners = SaveOnHide::listen(saver);
            move || drop(listeners)
        });
    }
    {
        let saver = (*saver).clone();
        use_effect_with(state.text.clone(), move |text| saver.changed(text.clone()));
    }
    use_effect_with(state.settings.clone(), save_settings);
    (*saver).clone()
}

/// Saves at once when the page is hidden (`visibilitychange`) or left (`pagehide`): the
/// person may be closing or reloading it. Dropping it stops listening.
struct SaveOnHide {
    listener: Closure<dyn Fn(web_sys::Event)>,
}

impl SaveOnHide {
    fn listen(saver: Rc<TextSaver>) -> Self {
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            let hidden =
                page_document().is_none_or(|document| document.visibility_state() == VisibilityState::Hidden);
            if event.type_() == "pagehide" {
                saver.save_on_leave();
            } else if hidden {
                saver.save();
            }
        });
        let function = listener.as_ref().unchecked_ref();
        if let Some(window) = web_sys::window() {
            let _ = window.add_event_listener_with_callback("pagehide", function);
        }
        if let Some(document) = page_document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", function);
        }
        Self { listener }
    }
}

impl Drop for SaveOnHide {
    fn drop(&mut self) {
        let function = self.listener.as_ref().unchecked_ref();
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback("pagehide", function);
        }
        if let Some(document) = page_document() {
            let _ = document.remove_event_listener_with_callback("visibilitychange", function);
        }
    }
}

fn page_document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
