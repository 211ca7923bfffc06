//! Runs the engine on the current text, off the main thread, and keeps the newest answer; a
//! failed engine is replaced by a fresh one (see `analysis_runner.rs`).

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::diagnostic::Diagnostic;
use crate::settings::LengthChoice;
use nutgraf_engine::text::Language;

use super::analysis_runner::{AnalysisRunner, Wanted};

/// Where the engine runs.
#[derive(Debug, Clone, Copy)]
pub enum Engine {
    /// In a web worker, which the page's `boot.js` starts on the app's own module.
    Worker,
    /// On the page's own thread, with this function (normally [`Analysis::of`]): for tests,
    /// where no worker script is served. Taking it as a value keeps the engine out of the
    /// page's own WebAssembly when the worker is used.
    Inline(fn(&str, LengthChoice, Option<Language>) -> Analysis),
}

/// Engines are equal when they run in the same place (a page never swaps its analyzer).
impl PartialEq for Engine {
    fn eq(&self, other: &Self) -> bool {
        matches!(
            (self, other),
            (Self::Worker, Self::Worker) | (Self::Inline(_), Self::Inline(_))
        )
    }
}

/// What the page knows about the current text's analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisState {
    /// The newest answer, for the current text or a slightly older one.
    pub analysis: Option<Rc<Analysis>>,
    /// True while the engine works on a newer text.
    pub busy: bool,
}

/// Typing pauses this long before the engine is asked again.
const SETTLE_MS: u32 = 120;

/// Analyzes `text` with `length`, in `language` (detected when `None`), whenever one of them
/// changes, keeping only the newest answer: at once, or once typing has paused when `typed`
/// (the text changed by typing);
/// `on_failure` hears when the engine fails on the newest text (the worker is then replaced,
/// and the next text is analyzed as usual).
#[hook]
pub fn use_analysis(
    engine: Engine,
    text: Rc<str>,
    length: LengthChoice,
    language: Option<Language>,
    typed: bool,
    on_failure: Callback<Diagnostic>,
) -> AnalysisState {
    let analysis = use_state(|| None::<Rc<Analysis>>);
    let busy = use_state(|| false);
    let next_id = use_mut_ref(|| 0u64);
    let timer = use_mut_ref(|| None::<Timeout>);
    let runner = {
        let (analysis, busy) = (analysis.clone(), busy.clone());
        use_memo((), move |()| Rc::new(AnalysisRunner::new(analysis, busy)))
    };
    runner.set_on_failure(on_failure);

    {
        let (analysis, busy, runner) = (analysis.clone(), busy.clone(), (*runner).clone());
        use_effect_with((text, length, language), move |(text, length, language)| {
            let id = {
                let mut next_id = next_id.borrow_mut();
                *next_id += 1;
                *next_id
            };
            if text.trim().is_empty() {
                runner.want(None);
                analysis.set(None);
                busy.set(false);
                *timer.borrow_mut() = None;
                return;
            }
            busy.set(true);
            let (text, length, language) = (text.clone(), *length, *language);
            runner.want(Some(Wanted {
                id,
                text: text.clone(),
                length,
                language,
            }));
            let send = move || match engine {
                Engine::Worker => runner.send(),
                Engine::Inline(analyze) => {
                    analysis.set(Some(Rc::new(analyze(&text, length, language))));
                    busy.set(false);
                }
            };
            if typed {
                *timer.borrow_mut() = Some(Timeout::new(SETTLE_MS, send));
            } else {
                *timer.borrow_mut() = None;
                send();
            }
        });
    }

    AnalysisState {
        analysis: (*analysis).clone(),
        busy: *busy,
    }
}
