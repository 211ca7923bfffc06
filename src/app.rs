//! The page: a text area for the article, and what Nutgraf finds in it.

use nutgraf_engine::Length;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::components::{QuoteList, SummaryView};

/// The whole app.
#[component]
pub fn App() -> Html {
    let text = use_state(String::new);
    let analysis = use_memo((*text).clone(), |text| Analysis::of(text, Length::SHORT));
    let on_input = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            text.set(area.value());
        })
    };
    let has_text = !text.trim().is_empty();

    html! {
        <div class="app">
            <header class="masthead">
                <h1>{ "Nutgraf" }</h1>
                <p class="tagline">{ "Paste a news article: see the sentences that carry it and who said what." }</p>
            </header>
            <main class="workspace">
                <section class="source" aria-labelledby="source-label">
                    <label id="source-label" for="source-input">{ "Article" }</label>
                    <textarea
                        id="source-input"
                        data-testid="source-input"
                        placeholder="Paste an article here"
                        value={(*text).clone()}
                        oninput={on_input}
                    />
                </section>
                <section class="results" aria-live="polite">
                    if has_text {
                        <SummaryView analysis={analysis.clone()} />
                        <QuoteList analysis={analysis.clone()} />
                    } else {
                        <p class="hint">{ "Your summary and quotes appear here as soon as you paste." }</p>
                    }
                </section>
            </main>
            <footer class="footer">
                { "Nutgraf runs entirely in your browser: your text never leaves this device." }
            </footer>
        </div>
    }
}
