//! Runs the engine on the current text, off the main thread, and keeps the newest answer.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use gloo_worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::settings::LengthChoice;
use crate::worker::{AnalysisRequest, EngineWorker};

/// Where the engine runs.
#[derive(Debug, Clone, Copy)]
pub enum Engine {
    /// In a web worker started from this loader script (relative to the page).
    Worker(&'static str),
    /// On the page's own thread, with this function (normally [`Analysis::of`]): for tests,
    /// where no worker script is served. Taking it as a value keeps the engine out of the
    /// page's own WebAssembly when the worker is used.
    Inline(fn(&str, LengthChoice) -> Analysis),
}

/// Engines are equal when they run in the same place (a page never swaps its analyzer).
impl PartialEq for Engine {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Worker(left), Self::Worker(right)) => left == right,
            (Self::Inline(_), Self::Inline(_)) => true,
            _ => false,
        }
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

/// Analyzes `text` with `length` whenever either changes, keeping only the newest answer.
#[hook]
pub fn use_analysis(engine: Engine, text: Rc<str>, length: LengthChoice) -> AnalysisState {
    let analysis = use_state(|| None::<Rc<Analysis>>);
    let busy = use_state(|| false);
    let latest = use_mut_ref(|| 0u64);
    let bridge: Rc<RefCell<Option<WorkerBridge<EngineWorker>>>> = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);

    {
        let (analysis, busy, latest, bridge, timer) = (
            analysis.clone(),
            busy.clone(),
            latest.clone(),
            bridge.clone(),
            timer.clone(),
        );
        use_effect_with((text, length), move |(text, length)| {
            let id = {
                let mut latest = latest.borrow_mut();
                *latest += 1;
                *latest
            };
            if text.trim().is_empty() {
                analysis.set(None);
                busy.set(false);
                *timer.borrow_mut() = None;
            } else {
                busy.set(true);
                let (text, length) = (text.clone(), *length);
                let send = move || match engine {
                    Engine::Worker(loader) => {
                        let mut bridge = bridge.borrow_mut();
                        let bridge = bridge.get_or_insert_with(|| {
                            let (analysis, busy, latest) = (analysis.clone(), busy.clone(), latest.clone());
                            EngineWorker::spawner()
                                .callback(move |response| {
                                    if response.id == *latest.borrow() {
                                        analysis.set(Some(Rc::new(response.analysis)));
                                        busy.set(false);
                                    }
                                })
                                .spawn_with_loader(loader)
                        });
                        // The text is copied for the worker only once typing settles.
                        bridge.send(AnalysisRequest {
                            id,
                            text: text.to_string(),
                            length,
                        });
                    }
                    Engine::Inline(analyze) => {
                        if id == *latest.borrow() {
                            analysis.set(Some(Rc::new(analyze(&text, length))));
                            busy.set(false);
                        }
                    }
                };
                *timer.borrow_mut() = Some(Timeout::new(SETTLE_MS, send));
            }
        });
    }

    AnalysisState {
        analysis: (*analysis).clone(),
        busy: *busy,
    }
}
