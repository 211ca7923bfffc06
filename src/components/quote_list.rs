//! The quotes: each quotation with its speaker, the verb that introduced it and its kind,
//! filterable by speaker. Clicking "Show in article" scrolls the article to it.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::CharRange;
use crate::analysis::Analysis;
use crate::i18n::{fill, use_catalog};
use nutgraf_engine::report::speaker_name;

/// Long texts can hold thousands of quotes: they are listed this many at a time, so that
/// no click renders thousands at once.
const QUOTES_PER_PAGE: usize = 100;

/// Props of [`QuoteList`].
#[derive(Properties, PartialEq)]
pub struct QuoteListProps {
    /// The results to show.
    pub analysis: Rc<Analysis>,
    /// Scrolls the article to a range.
    pub on_reveal: Callback<CharRange>,
}

/// Lists every quotation, or says there are none.
#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let words = use_catalog();
    let filter = use_state(|| None::<String>);
    let pages = use_state(|| 1usize);
    let quotes = &props.analysis.quotes.quotes;
    let speakers = &props.analysis.quotes.speakers;
    // A filter for a speaker who is no longer quoted (the text changed) shows everyone.
    let active_filter = filter
        .as_ref()
        .filter(|name| speakers.iter().any(|share| &share.name == *name));
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let value = select.value();
            filter.set((!value.is_empty()).then_some(value));
        })
    };
    let matching: Vec<_> = quotes
        .iter()
        .filter(|quote| active_filter.is_none_or(|name| speaker_name(quote) == name))
        .collect();
    let limit = (*pages * QUOTES_PER_PAGE).min(matching.len());
    let hidden = matching.len() - limit;
    let on_show_more = {
        let pages = pages.clone();
        Callback::from(move |_| pages.set(*pages + 1))
    };
    html! {
        <section class="quotes card" aria-labelledby="quotes-heading">
            <div class="card-heading">
                <h2 id="quotes-heading">{ fill(words.quotes_heading, &[&quotes.len()]) }</h2>
                if speakers.len() > 1 {
                    <label class="filter">
                        <span>{ words.speaker }</span>
                        <select data-testid="quote-filter" onchange={on_filter}>
                            <option value="" selected={active_filter.is_none()}>{ words.everyone }</option>
                            { for speakers.iter().map(|share| html! {
                                <option
                                    value={share.name.clone()}
                                    selected={active_filter == Some(&share.name)}
                                >{ format!("{} ({})", share.name, share.quotes) }</option>
                            }) }
                        </select>
                    </label>
                }
            </div>
            if quotes.is_empty() {
                <p class="empty">{ words.no_quotations }</p>
            }
            <ul class="quote-list" data-testid="quotes">
                { for matching.into_iter().take(limit).map(|quote| {
                    let range = (quote.start, quote.end);
                    let reveal = props.on_reveal.clone();
                    html! {
                        <li class={classes!("quote", quote.kind.clone())} data-testid="quote" key={quote.start}>
                            <blockquote data-testid="quote-text">{ &quote.shown }</blockquote>
                            <p class="attribution">
                                <span class="speaker" data-testid="quote-speaker">{ speaker_name(quote) }</span>
                                if let Some(cue) = &quote.cue {
                                    { " · " }
                                    <span class="cue" data-testid="quote-cue">{ &cue.text }</span>
                                }
                                { " · " }
                                <span class="kind" data-testid="quote-kind">
                                    { match quote.kind.as_str() {
                                        "direct" => words.kind_direct,
                                        "mixed" => words.kind_mixed,
                                        _ => words.kind_reported,
                                    } }
                                </span>
                                <button type="button" class="quiet show" onclick={Callback::from(move |_| reveal.emit(range))}>
                                    { words.show_in_article }
                                </button>
                            </p>
                        </li>
                    }
                }) }
            </ul>
            if hidden > 0 {
                <button type="button" data-testid="show-more-quotes" onclick={on_show_more}>
                    { fill(words.show_more_quotes, &[&QUOTES_PER_PAGE.min(hidden), &hidden]) }
                </button>
            }
        </section>
    }
}
