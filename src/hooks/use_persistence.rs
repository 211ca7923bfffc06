//! What survives a reload: the app state's text, saved in IndexedDB a moment after it last
//! changed and whenever the page is hidden or closed (see `text_saver.rs`), and its settings,
//! saved in local storage when they change (effects over the state, as yew's
//! `function_todomvc` saves its entries).

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::VisibilityState;
use yew::prelude::*;

use crate::settings::save_settings;
use crate::state::AppState;

use super::text_saver::TextSaver;

/// The text is saved this long after the last change.
const SAVE_AFTER_MS: u32 = 400;

/// Gives back the saved text when the page opens, then saves `state`'s text and settings as
/// they change; a text the browser will not keep is announced on the status line.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>) {
    let saver = {
        let (text, dispatcher) = (state.text.clone(), state.dispatcher());
        use_memo((), move |()| TextSaver::new(text, dispatcher))
    };
    let save_timer = use_mut_ref(|| None::<Timeout>);
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
        use_effect_with(state.text.clone(), move |text| {
            if saver.changed(text.clone()) {
                *save_timer.borrow_mut() = Some(Timeout::new(SAVE_AFTER_MS, move || saver.save()));
            }
        });
    }
    use_effect_with(state.settings.clone(), save_settings);
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
            if hidden || event.type_() == "pagehide" {
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
