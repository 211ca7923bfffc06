//! The interface-language menu: English, Deutsch, Français, each named in its own language.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{use_catalog, Locale};

/// Props of [`LocaleMenu`].
#[derive(Properties, PartialEq)]
pub struct LocaleMenuProps {
    /// The language in use.
    pub value: Locale,
    /// Called with the language chosen.
    pub on_change: Callback<Locale>,
}

/// A labelled menu of the interface's languages.
#[component]
pub fn LocaleMenu(props: &LocaleMenuProps) -> Html {
    let words = use_catalog();
    let on_change = props.on_change.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let index = usize::try_from(select.selected_index()).unwrap_or(0);
        Locale::ALL.get(index).copied().unwrap_or_default()
    });
    html! {
        <label class="locale-menu">
            <span>{ words.interface_language }</span>
            <select data-testid="locale" onchange={on_change}>
                { for Locale::ALL.iter().map(|&locale| html! {
                    <option value={locale.code()} lang={locale.code()} selected={locale == props.value}>
                        { locale.catalog().own_name }
                    </option>
                }) }
            </select>
        </label>
    }
}
