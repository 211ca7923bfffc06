//! What survives a reload: the app state's text, saved a moment after it last changed, and its
//! settings, saved when they change (effects over the state, as yew's `function_todomvc`
//! saves its entries).

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::settings::{save_settings, save_text};
use crate::state::{Action, AppState, TOO_LARGE_TO_KEEP};

/// The text is saved this long after the last change.
const SAVE_AFTER_MS: u32 = 400;

/// Saves `state`'s text and settings as they change; a text the browser will not keep is
/// announced on the status line.
#[hook]
pub fn use_persistence(state: &UseReducerHandle<AppState>) {
    let save_timer = use_mut_ref(|| None::<Timeout>);
    let dispatcher = state.dispatcher();
    use_effect_with(state.text.clone(), move |text| {
        let text = text.clone();
        *save_timer.borrow_mut() = Some(Timeout::new(SAVE_AFTER_MS, move || {
            if !save_text(&text) && !text.is_empty() {
                dispatcher.dispatch(Action::SetStatus(TOO_LARGE_TO_KEEP.to_owned()));
            }
        }));
    });
    use_effect_with(state.settings.clone(), save_settings);
}
