//! Which language the article is read in: the one detected, or one the reader picks when the
//! detection is wrong (the stemmer, stopwords and quotation rules follow it).

use nutgraf_engine::text::Language;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{fill, use_catalog};

/// Props of [`ArticleLanguageMenu`].
#[derive(Properties, PartialEq)]
pub struct ArticleLanguageMenuProps {
    /// The language the reader picked; `None` to detect it.
    pub value: Option<Language>,
    /// The code of the language the engine read the article in ("und" for none it supports),
    /// once it has.
    pub detected: Option<String>,
    /// Called with the reader's pick, `None` for detection.
    pub on_change: Callback<Option<Language>>,
}

/// A labelled menu: "detect" (naming what was detected), then every supported language.
#[component]
pub fn ArticleLanguageMenu(props: &ArticleLanguageMenuProps) -> Html {
    let words = use_catalog();
    let name = |language: Language| words.language_names[language as usize];
    let detected = props
        .detected
        .as_deref()
        .filter(|_| props.value.is_none())
        .and_then(Language::of_code);
    let detect_label = detected.map_or(words.detect_language.to_owned(), |language| {
        fill(words.detected_language, &[&name(language)])
    });
    let on_change = props.on_change.reform(|event: Event| {
        Language::of_code(&event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <label class="article-language">
            <span>{ words.article_language }</span>
            <select data-testid="article-language" onchange={on_change}>
                <option value="" selected={props.value.is_none()}>{ detect_label }</option>
                { for Language::ALL.iter().map(|&language| html! {
                    <option value={language.code()} selected={props.value == Some(language)}>
                        { name(language) }
                    </option>
                }) }
            </select>
        </label>
    }
}
