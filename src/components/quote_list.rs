//! The quotes: each quotation with its speaker and the verb that introduced it.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;

/// Props of [`QuoteList`].
#[derive(Properties, PartialEq)]
pub struct QuoteListProps {
    /// The results to show.
    pub analysis: Rc<Analysis>,
}

/// Lists every quotation, or says there are none.
#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let quotes = &props.analysis.quotes.quotes;
    html! {
        <section class="quotes" aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">{ format!("Quotes ({})", quotes.len()) }</h2>
            if quotes.is_empty() {
                <p class="empty">{ "No quotations found." }</p>
            }
            <ul class="quote-list" data-testid="quotes">
                { for quotes.iter().map(|quote| html! {
                    <li class={classes!("quote", quote.kind.clone())} data-testid="quote" key={quote.start}>
                        <blockquote data-testid="quote-text">{ &quote.text }</blockquote>
                        <p class="attribution">
                            <span class="speaker" data-testid="quote-speaker">
                                { quote.speaker.as_ref().map_or("Unattributed", |speaker| speaker.name.as_str()) }
                            </span>
                            if let Some(cue) = &quote.cue {
                                { " · " }
                                <span class="cue" data-testid="quote-cue">{ &cue.text }</span>
                            }
                            <span class="kind">{ format!(" · {}", quote.kind) }</span>
                        </p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
