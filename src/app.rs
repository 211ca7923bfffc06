//! The page: the article on one side, what Nutgraf finds in it on the other. Its state is one
//! [`AppState`] changed by [`Action`]s (see `state.rs`); this file only wires it to the parts.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::announcement::announcement;
use crate::components::{
    key_phrases, ArticleLanguageMenu, CharRange, EngineFailure, ExportPanel, LengthControls, LocaleMenu,
    QuoteList, SourcePanel, SpeakersOverview, SummaryView, ViewTabs,
};
use crate::file_text::looks_binary;
use crate::hooks::{use_analysis, use_persistence, Engine, TextSaver};
use crate::i18n::{Locale, Words};
use crate::settings::load_settings;
use crate::share_target::take_shared_text;
use crate::state::{Action, AppState};

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the engine runs.
    pub engine: Engine,
}

/// Fewer words than this is too little to summarize.
const MIN_WORDS_TO_SUMMARIZE: usize = 25;

/// Marks the moment the first result is on screen (once per page load), for performance tests.
fn mark_first_result() {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        if performance.get_entries_by_name("nutgraf:first-result").length() == 0 {
            let _ = performance.mark("nutgraf:first-result");
        }
    }
}

/// A callback that dispatches the action `to_action` makes of its argument.
fn dispatch<T: 'static>(
    state: &UseReducerHandle<AppState>,
    to_action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value| dispatcher.dispatch(to_action(value)))
}

/// The state a page opens with: shared text, else none until storage gives back the text of
/// the last visit (see `use_persistence`); the settings of the last visit; the interface in
/// the language chosen then, else in the browser's.
fn opening_state() -> AppState {
    let text = take_shared_text().unwrap_or_default();
    AppState::new(Rc::from(text), load_settings()).speaking(Locale::of_browser())
}

/// Keeps the page's `<html lang>` (for assistive technology) and its title in the
/// interface's language.
fn mark_page_language(locale: Locale) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    document.set_title(locale.catalog().page_title);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", locale.code());
    }
}

/// What the engine found: the summary (or why there is none) and the exports, then the
/// speakers and the quotes; on a phone, the tabs show one group at a time. Until `complete`,
/// only the summary: the page's first result paints before the rest is laid out.
fn findings(
    analysis: Rc<Analysis>,
    state: &UseReducerHandle<AppState>,
    on_status: Callback<String>,
    complete: bool,
) -> Html {
    let on_reveal = dispatch(state, Action::Reveal);
    let layout = state.settings.layout;
    let words = state.words();
    html! {
        <>
            <div class="summary-group">
                if analysis.total_sentences == 0 {
                    <p class="problem" data-testid="problem">{ words.no_sentences }</p>
                } else if analysis.total_words < MIN_WORDS_TO_SUMMARIZE {
                    <p class="problem" data-testid="problem">{ words.too_short }</p>
                } else {
                    <SummaryView analysis={analysis.clone()} {layout} on_layout={dispatch(state, Action::SetLayout)} on_show={dispatch(state, Action::Show)} on_reveal={on_reveal.clone()} />
                    { key_phrases(words, &analysis.summary.keywords) }
                }
            </div>
            if complete {
                <div class="quotes-group">
                    <SpeakersOverview analysis={analysis.clone()} />
                    <QuoteList analysis={analysis.clone()} {on_reveal} />
                </div>
                <div class="summary-group">
                    <ExportPanel {analysis} {layout} {on_status} />
                </div>
            }
        </>
    }
}

/// The callback for new text: the saver hears of it before the page renders it (so that a
/// reload right after a paste keeps it), then the state changes.
fn text_arrival(state: &UseReducerHandle<AppState>, saver: Rc<TextSaver>) -> Callback<(Rc<str>, bool)> {
    let dispatcher = state.dispatcher();
    Callback::from(move |(text, pasted): (Rc<str>, bool)| {
        saver.changed(text.clone());
        dispatcher.dispatch(Action::SetText { text, pasted });
    })
}

/// What the results say instead of (or before) the findings: the hint for an empty page, a
/// text too long to analyze, or the engine's failure on this text.
fn notices(state: &AppState, too_long: bool, on_status: Callback<String>) -> Html {
    let words = state.words();
    html! {
        <>
            if state.text.trim().is_empty() {
                <p class="hint">{ words.empty_hint }</p>
            }
            if too_long {
                <p class="problem" data-testid="problem">{ words.too_long_to_analyze }</p>
            }
            if let Some(diagnostic) = state.failure.clone() {
                <EngineFailure {diagnostic} {on_status} />
            }
        </>
    }
}

/// The whole app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(opening_state);
    let on_text = text_arrival(&state, use_persistence(&state));
    let is_binary = looks_binary(&state.text);
    let too_long = state.too_long();
    let analyzed_text = if is_binary || too_long {
        Rc::from("")
    } else {
        state.text.clone()
    };
    let on_failure = dispatch(&state, Action::EngineFailed);
    let analysis_state = use_analysis(
        props.engine,
        analyzed_text,
        state.settings.length,
        state.article_language,
        state.typed,
        on_failure,
    );
    let has_text = !state.text.trim().is_empty();
    let busy = analysis_state.busy && has_text;
    let analysis = analysis_state
        .analysis
        .filter(|_| has_text && !is_binary && !too_long && state.failure.is_none());
    // The first result shows the summary alone; the rest follows a task later.
    let complete = use_state(|| false);
    {
        let complete = complete.clone();
        use_effect_with(analysis.is_some(), move |&shown| {
            if shown {
                mark_first_result();
                Timeout::new(0, move || complete.set(true)).forget();
            }
        });
    }
    let highlights: Vec<CharRange> = analysis
        .iter()
        .flat_map(|analysis| analysis.summary.sentences.iter())
        .map(|sentence| (sentence.start, sentence.end))
        .collect();
    use_effect_with(state.locale, |&locale| mark_page_language(locale));
    let words = state.words();
    let detected = analysis
        .as_ref()
        .map(|analysis| analysis.summary.language.clone());
    let announcement = announcement(
        words,
        &state.status,
        busy,
        is_binary,
        too_long,
        analysis.as_deref(),
    );
    let on_status = dispatch(&state, Action::SetStatus);

    html! {
        <ContextProvider<Words> context={Words(words)}>
        <div class="app">
            <header class="masthead">
                <h1>{ "Nutgraf" }</h1>
                <p class="tagline">{ words.tagline }</p>
                <LocaleMenu value={state.locale} on_change={dispatch(&state, Action::SetLocale)} />
            </header>
            if has_text {
                <ViewTabs view={state.view} on_view={dispatch(&state, Action::SetView)} />
            }
            <main class="workspace" data-view={if has_text { state.view.name() } else { "article" }}>
                <SourcePanel
                    text={state.text.clone()}
                    mode={state.mode}
                    on_mode={dispatch(&state, Action::SetMode)}
                    {on_text}
                    on_clear={dispatch(&state, |()| Action::Clear)}
                    on_undo={state.can_undo().then(|| dispatch(&state, |()| Action::UndoClear))}
                    on_sample={dispatch(&state, |()| Action::LoadSample)}
                    on_status={on_status.clone()}
                    highlights={highlights}
                    active={state.active}
                    reveal={state.reveal}
                />
                <section class="results" aria-label={words.results} aria-busy={busy.to_string()}>
                    <div class="results-bar summary-group">
                        <LengthControls value={state.settings.length} on_change={dispatch(&state, Action::SetLength)} />
                        <ArticleLanguageMenu value={state.article_language} {detected} on_change={dispatch(&state, Action::SetArticleLanguage)} />
                        if busy {
                            <span class="spinner" data-testid="busy" aria-hidden="true"></span>
                        }
                    </div>
                    <p class="status" role="status" aria-live="polite" data-testid="status">{ announcement }</p>
                    { notices(&state, too_long, on_status.clone()) }
                    if let Some(analysis) = analysis {
                        { findings(analysis, &state, on_status, *complete) }
                    }
                </section>
            </main>
            <footer class="footer">
                { words.footer }
            </footer>
        </div>
        </ContextProvider<Words>>
    }
}
