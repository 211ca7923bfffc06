//! Choosing the summary's length: presets, or an exact number of sentences, words, or a
//! percentage of the article.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::settings::LengthChoice;

/// Props of [`LengthControls`].
#[derive(Properties, PartialEq)]
pub struct LengthControlsProps {
    /// The current choice.
    pub value: LengthChoice,
    /// Called with a new choice.
    pub on_change: Callback<LengthChoice>,
}

/// A preset menu, and a number box when an exact length is chosen.
#[component]
pub fn LengthControls(props: &LengthControlsProps) -> Html {
    let (kind, amount) = match props.value {
        LengthChoice::Short => ("short", None),
        LengthChoice::Medium => ("medium", None),
        LengthChoice::Long => ("long", None),
        LengthChoice::Sentences(count) => ("sentences", Some(count)),
        LengthChoice::Words(count) => ("words", Some(count)),
        LengthChoice::Percent(count) => ("percent", Some(count)),
    };
    let on_kind = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            on_change.emit(match select.value().as_str() {
                "medium" => LengthChoice::Medium,
                "long" => LengthChoice::Long,
                "sentences" => LengthChoice::Sentences(3),
                "words" => LengthChoice::Words(75),
                "percent" => LengthChoice::Percent(20),
                _ => LengthChoice::Short,
            });
        })
    };
    let on_amount = {
        let (on_change, value) = (props.on_change.clone(), props.value);
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Ok(number) = input.value().trim().parse::<usize>() else {
                return;
            };
            let number = number.max(1);
            on_change.emit(match value {
                LengthChoice::Words(_) => LengthChoice::Words(number.min(100_000)),
                LengthChoice::Percent(_) => LengthChoice::Percent(number.min(100)),
                _ => LengthChoice::Sentences(number.min(10_000)),
            });
        })
    };
    let (unit, max) = match kind {
        "words" => ("words", "100000"),
        "percent" => ("% of sentences", "100"),
        _ => ("sentences", "10000"),
    };
    html! {
        <div class="length-controls" role="group" aria-label="Summary length">
            <label for="length-kind">{ "Length" }</label>
            <select id="length-kind" data-testid="length-kind" onchange={on_kind}>
                <option value="short" selected={kind == "short"}>{ "Short (3 sentences)" }</option>
                <option value="medium" selected={kind == "medium"}>{ "Medium (5 sentences)" }</option>
                <option value="long" selected={kind == "long"}>{ "Long (a quarter)" }</option>
                <option value="sentences" selected={kind == "sentences"}>{ "Exact sentences" }</option>
                <option value="words" selected={kind == "words"}>{ "Word limit" }</option>
                <option value="percent" selected={kind == "percent"}>{ "Percentage" }</option>
            </select>
            if let Some(amount) = amount {
                <input
                    id="length-amount"
                    data-testid="length-amount"
                    type="number"
                    min="1"
                    max={max}
                    value={amount.to_string()}
                    aria-label={format!("Number of {unit}")}
                    oninput={on_amount}
                />
                <span class="unit">{ unit }</span>
            }
        </div>
    }
}
