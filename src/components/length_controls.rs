//! Choosing the summary's length: presets, or an exact number of sentences, words, or a
//! percentage of the article. The number box is read by the engine's one reader of lengths.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use nutgraf_engine::LengthError;

use crate::i18n::{fill, use_catalog, Catalog};
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

/// Why the engine refused an amount, in `words`' language.
fn refusal_message(words: &Catalog, error: LengthError) -> &'static str {
    match error {
        LengthError::Sentences => words.refused_sentences,
        LengthError::Words => words.refused_words,
        LengthError::Ratio => words.refused_ratio,
        LengthError::Percent => words.refused_percent,
        LengthError::Unknown => words.refused_length,
    }
}

/// A preset menu, and a number box when an exact length is chosen; an amount the engine
/// refuses keeps the last good choice and shows why.
#[component]
pub fn LengthControls(props: &LengthControlsProps) -> Html {
    let words = use_catalog();
    let refusal = use_state(|| None::<LengthError>);
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
                Err(error) => refusal.set(Some(error)),
            }
        })
    };
    let (unit, max) = match kind {
        "words" => (words.unit_words, None),
        "percent" => (words.unit_percent, Some("100")),
        _ => (words.unit_sentences, None),
    };
    html! {
        <div class="length-controls" role="group" aria-label={words.summary_length}>
            <label for="length-kind">{ words.length }</label>
            <select id="length-kind" data-testid="length-kind" onchange={on_kind}>
                <option value="short" selected={kind == "short"}>{ words.short }</option>
                <option value="medium" selected={kind == "medium"}>{ words.medium }</option>
                <option value="long" selected={kind == "long"}>{ words.long }</option>
                <option value="sentences" selected={kind == "sentences"}>{ words.exact_sentences }</option>
                <option value="words" selected={kind == "words"}>{ words.word_limit }</option>
                <option value="percent" selected={kind == "percent"}>{ words.percentage }</option>
            </select>
            if let Some(amount) = amount {
                <input
                    id="length-amount"
                    data-testid="length-amount"
                    type="number"
                    min="1"
                    max={max}
                    value={amount.to_string()}
                    aria-label={fill(words.number_of, &[&unit])}
                    aria-invalid={refusal.is_some().to_string()}
                    aria-describedby="length-refusal"
                    oninput={on_amount}
                />
                <span class="unit">{ unit }</span>
                <span id="length-refusal" class="problem" data-testid="length-refusal">
                    { refusal.map_or("", |error| refusal_message(words, error)) }
                </span>
            }
        </div>
    }
}
