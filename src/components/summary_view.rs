//! The summary: the chosen sentences, in article order.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;

/// Props of [`SummaryView`].
#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    /// The results to show.
    pub analysis: Rc<Analysis>,
}

/// Lists the summary sentences, or says why there are none.
#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    let summary = &props.analysis.summary;
    html! {
        <section class="summary" data-testid="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ "Summary" }</h2>
            if summary.sentences.is_empty() {
                <p class="empty">{ "No sentences found: paste a few sentences of prose." }</p>
            } else {
                <p class="compression">
                    { format!("{} of {} sentences", summary.sentences.len(), props.analysis.total_sentences) }
                </p>
                <ul class="summary-sentences">
                    { for summary.sentences.iter().map(|sentence| html! {
                        <li data-testid="summary-sentence" key={sentence.index}>{ &sentence.text }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
