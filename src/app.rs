//! The page: the article on one side, what Nutgraf finds in it on the other.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::components::{
    CharRange, ExportPanel, KeyPhrases, LengthControls, QuoteList, SourceMode, SourcePanel, SpeakersOverview,
    SummaryView,
};
use crate::file_text::looks_binary;
use crate::hooks::{use_analysis, Engine};
use crate::sample::SAMPLE_ARTICLE;
use crate::settings::{load_settings, load_text, save_settings, save_text, LengthChoice, SummaryLayout};
use crate::share_target::take_shared_text;

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the engine runs.
    pub engine: Engine,
}

/// Fewer words than this is too little to summarize.
const MIN_WORDS_TO_SUMMARIZE: usize = 25;
/// The text is saved this long after the last change.
const SAVE_AFTER_MS: u32 = 400;

/// Marks the moment the first result is on screen (once per page load), for performance tests.
fn mark_first_result() {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        if performance.get_entries_by_name("nutgraf:first-result").length() == 0 {
            let _ = performance.mark("nutgraf:first-result");
        }
    }
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let text = use_state(|| Rc::<str>::from(take_shared_text().unwrap_or_else(load_text)));
    let settings = use_state(load_settings);
    let mode = use_state(|| SourceMode::Edit);
    let cleared = use_state(|| None::<Rc<str>>);
    let active = use_state(|| None::<CharRange>);
    let reveal = use_state(|| 0u32);
    let status = use_state(String::new);
    let save_timer = use_mut_ref(|| None::<Timeout>);

    let is_binary = looks_binary(&text);
    let analyzed_text = if is_binary {
        Rc::<str>::from("")
    } else {
        (*text).clone()
    };
    let state = use_analysis(props.engine, analyzed_text, settings.length);

    {
        let (status, save_timer) = (status.clone(), save_timer.clone());
        use_effect_with((*text).clone(), move |text| {
            let text = text.clone();
            *save_timer.borrow_mut() = Some(Timeout::new(SAVE_AFTER_MS, move || {
                if !save_text(&text) && !text.is_empty() {
                    status.set(
                        "This text is too large to keep after a reload; it stays until you close the page."
                            .to_owned(),
                    );
                }
            }));
        });
    }
    use_effect_with((*settings).clone(), save_settings);

    let on_text = {
        let (text, mode, cleared, status) = (text.clone(), mode.clone(), cleared.clone(), status.clone());
        Callback::from(move |(new_text, pasted): (Rc<str>, bool)| {
            if pasted && !new_text.trim().is_empty() && new_text.len() < 200_000 && !looks_binary(&new_text) {
                mode.set(SourceMode::Read);
            }
            if !new_text.is_empty() {
                cleared.set(None);
            }
            status.set(String::new());
            text.set(new_text);
        })
    };
    let on_sample = {
        let on_text = on_text.clone();
        Callback::from(move |()| on_text.emit((Rc::from(SAMPLE_ARTICLE), true)))
    };
    let on_clear = {
        let (text, cleared, mode, status) = (text.clone(), cleared.clone(), mode.clone(), status.clone());
        Callback::from(move |()| {
            cleared.set(Some((*text).clone()));
            text.set(Rc::from(""));
            mode.set(SourceMode::Edit);
            status.set("Cleared. “Undo clear” brings the text back.".to_owned());
        })
    };
    let on_undo = cleared.as_ref().filter(|_| text.is_empty()).map(|previous| {
        let (text, cleared, status, previous) =
            (text.clone(), cleared.clone(), status.clone(), previous.clone());
        Callback::from(move |()| {
            text.set(previous.clone());
            cleared.set(None);
            status.set("The text is back.".to_owned());
        })
    });
    let on_mode = {
        let mode = mode.clone();
        Callback::from(move |new_mode| mode.set(new_mode))
    };
    let on_show = {
        let active = active.clone();
        Callback::from(move |range| active.set(range))
    };
    let on_reveal = {
        let (active, reveal, mode) = (active.clone(), reveal.clone(), mode.clone());
        Callback::from(move |range| {
            active.set(Some(range));
            mode.set(SourceMode::Read);
            reveal.set(reveal.wrapping_add(1));
        })
    };
    let on_length = {
        let settings = settings.clone();
        Callback::from(move |length: LengthChoice| {
            settings.set(crate::settings::Settings {
                length,
                ..(*settings).clone()
            })
        })
    };
    let on_layout = {
        let settings = settings.clone();
        Callback::from(move |layout: SummaryLayout| {
            settings.set(crate::settings::Settings {
                layout,
                ..(*settings).clone()
            })
        })
    };
    let on_status = {
        let status = status.clone();
        Callback::from(move |message: String| status.set(message))
    };

    let has_text = !text.trim().is_empty();
    let analysis = state.analysis.clone().filter(|_| has_text && !is_binary);
    use_effect_with(analysis.is_some(), |&shown| {
        if shown {
            mark_first_result();
        }
    });
    let highlights: Vec<CharRange> = analysis
        .as_ref()
        .map(|analysis| {
            analysis
                .summary
                .sentences
                .iter()
                .map(|sentence| (sentence.start, sentence.end))
                .collect()
        })
        .unwrap_or_default();
    let announcement = if !status.is_empty() {
        (*status).clone()
    } else if state.busy && has_text {
        "Reading the article…".to_owned()
    } else if is_binary {
        "This does not look like text: paste or drop the article itself.".to_owned()
    } else if let Some(analysis) = &analysis {
        format!(
            "Summary ready: {} of {} sentences. {} quotes found.",
            analysis.summary.sentences.len(),
            analysis.total_sentences,
            analysis.quotes.quotes.len()
        )
    } else {
        String::new()
    };

    html! {
        <div class="app">
            <header class="masthead">
                <h1>{ "Nutgraf" }</h1>
                <p class="tagline">{ "Paste a news article: see the sentences that carry it, and who said what." }</p>
            </header>
            <main class="workspace">
                <SourcePanel
                    text={(*text).clone()}
                    mode={*mode}
                    on_mode={on_mode}
                    on_text={on_text}
                    on_clear={on_clear}
                    on_undo={on_undo}
                    on_sample={on_sample}
                    on_status={on_status.clone()}
                    highlights={highlights}
                    active={*active}
                    reveal={*reveal}
                />
                <section class="results" aria-label="Results" aria-busy={(state.busy && has_text).to_string()}>
                    <div class="results-bar">
                        <LengthControls value={settings.length} on_change={on_length} />
                        if state.busy && has_text {
                            <span class="spinner" data-testid="busy" aria-hidden="true"></span>
                        }
                    </div>
                    <p class="status" role="status" aria-live="polite" data-testid="status">{ announcement }</p>
                    if !has_text {
                        <p class="hint">{ "Your summary and quotes appear here as soon as you paste." }</p>
                    }
                    if let Some(analysis) = analysis {
                        if analysis.total_sentences == 0 {
                            <p class="problem" data-testid="problem">{ "No sentences found: paste some prose, such as a news article." }</p>
                        } else if analysis.total_words < MIN_WORDS_TO_SUMMARIZE {
                            <p class="problem" data-testid="problem">{ "This is too short to summarize: paste a few sentences or more." }</p>
                        } else {
                            <SummaryView analysis={analysis.clone()} layout={settings.layout} on_layout={on_layout} on_show={on_show} on_reveal={on_reveal.clone()} />
                            <KeyPhrases phrases={analysis.summary.keywords.clone()} />
                        }
                        <SpeakersOverview analysis={analysis.clone()} />
                        <QuoteList analysis={analysis.clone()} on_reveal={on_reveal} />
                        <ExportPanel analysis={analysis} layout={settings.layout} on_status={on_status} />
                    }
                </section>
            </main>
            <footer class="footer">
                { "Nutgraf runs entirely in your browser: your text never leaves this device." }
            </footer>
        </div>
    }
}
