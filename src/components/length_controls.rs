//! Choosing the summary's length: presets, or an exact number of sentences, words, or a
//! percentage of the article. The number box is read by the engine's one reader of lengths.

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

/// The choice a menu entry stands for, with the amount an exact choice starts from.
fn choice_of(kind: &str) -> LengthChoice {
    match kind {
        "medium" => LengthChoice::Medium,
        "long" => LengthChoice::Long,
        "sentences" => LengthChoice::Sentences(3),
        "words" => LengthChoice::Words(75),
        "percent" => LengthChoice::Percent(20),
        _ => LengthChoice::Short,
    }
}

/// A preset menu, and a number box when an exact length is chosen; an amount the engine
/// refuses keeps the last good choice and shows why.
#[component]
pub fn LengthControls(props: &LengthControlsProps) -> Html {
    let refusal = use_state(|| None::<String>);
    let (kind, amount) = match props.value {
        LengthChoice::Short => ("short", None),
        LengthChoice::Medium => ("medium", None),
        LengthChoice::Long => ("long", None),
        LengthChoice::Sentences(count) => ("sentences", Some(count)),
        LengthChoice::Words(count) => ("words", Some(count)),
        LengthChoice::Percent(count) => ("percent", Some(count)),
    };
    let on_kind = {
        let (on_change, refusal) = (props.on_change.clone(), refusal.clone());
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            refusal.set(None);
            on_change.emit(choice_of(&select.value()));
        })
    };
    let on_amount = {
        let (on_change, refusal, unit) = (props.on_change.clone(), refusal.clone(), props.value.unit());
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(unit) = unit else { return };
            match unit.amount(&input.value()) {
                Ok(length) => {
                    refusal.set(None);
                    on_change.emit(LengthChoice::exact(length));
                }
                Err(error) => refusal.set(Some(error.to_string())),
            }
        })
    };
    let (unit, max) = match kind {
        "words" => ("words", None),
        "percent" => ("% of sentences", Some("100")),
        _ => ("sentences", None),
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
                    aria-invalid={refusal.is_some().to_string()}
                    aria-describedby="length-refusal"
                    oninput={on_amount}
                />
                <span class="unit">{ unit }</span>
                <span id="length-refusal" class="problem" data-testid="length-refusal">
                    { (*refusal).clone().unwrap_or_default() }
                </span>
            }
        </div>
    }
}
