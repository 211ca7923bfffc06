//! The article's key phrases, as a row of chips.

use yew::prelude::*;

use crate::i18n::Catalog;

/// Shows the key phrases, most important first, or nothing when there are none.
pub fn key_phrases(words: &Catalog, phrases: &[String]) -> Html {
    if phrases.is_empty() {
        return html! {};
    }
    html! {
        <section class="key-phrases card" aria-labelledby="phrases-heading">
            <h2 id="phrases-heading">{ words.key_phrases }</h2>
            <ul class="chips" data-testid="key-phrases">
                { for phrases.iter().map(|phrase| html! { <li class="chip" key={phrase.clone()}>{ phrase }</li> }) }
            </ul>
        </section>
    }
}
