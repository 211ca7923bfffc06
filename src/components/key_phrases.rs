//! The article's key phrases, as a row of chips.

use yew::prelude::*;

use crate::i18n::use_catalog;

/// Props of [`KeyPhrases`].
#[derive(Properties, PartialEq)]
pub struct KeyPhrasesProps {
    /// The phrases, most important first.
    pub phrases: Vec<String>,
}

/// Shows the key phrases, or nothing when there are none.
#[component]
pub fn KeyPhrases(props: &KeyPhrasesProps) -> Html {
    let words = use_catalog();
    if props.phrases.is_empty() {
        return html! {};
    }
    html! {
        <section class="key-phrases card" aria-labelledby="phrases-heading">
            <h2 id="phrases-heading">{ words.key_phrases }</h2>
            <ul class="chips" data-testid="key-phrases">
                { for props.phrases.iter().map(|phrase| html! { <li class="chip" key={phrase.clone()}>{ phrase }</li> }) }
            </ul>
        </section>
    }
}
