//! The article as a reading view, with the summary sentences highlighted and the passage the
//! reader picked marked more strongly and scrolled into view.

use std::rc::Rc;

use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::CharRange;
use crate::highlight::{runs, Mark};
use crate::i18n::use_catalog;

/// Texts longer than this (in chars) are shown only up to it, keeping the page responsive.
pub const READING_VIEW_LIMIT: usize = 300_000;

/// Props of [`SourceView`].
#[derive(Properties, PartialEq)]
pub struct SourceViewProps {
    /// The article.
    pub text: Rc<str>,
    /// The summary sentences, as char ranges in article order.
    pub highlights: Vec<CharRange>,
    /// The passage the reader picked, if any.
    pub active: Option<CharRange>,
    /// Changes each time the reader asks to be taken to the active passage.
    pub reveal: u32,
}

/// Renders the article with its highlights.
#[component]
pub fn SourceView(props: &SourceViewProps) -> Html {
    let container = use_node_ref();
    {
        let container = container.clone();
        use_effect_with(props.reveal, move |_| {
            let active = container
                .cast::<web_sys::Element>()
                .and_then(|element| element.query_selector("mark.active").ok().flatten());
            if let Some(active) = active {
                let options = ScrollIntoViewOptions::new();
                options.set_behavior(ScrollBehavior::Smooth);
                options.set_block(ScrollLogicalPosition::Center);
                active.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let words = use_catalog();
    let shown: &str = match props.text.char_indices().nth(READING_VIEW_LIMIT) {
        Some((cut, _)) => &props.text[..cut],
        None => &props.text,
    };
    let truncated = shown.len() < props.text.len();
    html! {
        <div class="reading-view" ref={container} data-testid="source-view" tabindex="0" aria-label={words.reading_view}>
            { for runs(shown, &props.highlights, props.active).into_iter().map(|run| match run.mark {
                Mark::Plain => html! { run.text.to_owned() },
                Mark::Summary => html! { <mark class="summary-mark" data-start={run.start.to_string()}>{ run.text.to_owned() }</mark> },
                Mark::Active => html! { <mark class="active" data-start={run.start.to_string()}>{ run.text.to_owned() }</mark> },
            }) }
            if truncated {
                <p class="notice">{ words.reading_view_cut }</p>
            }
        </div>
    }
}
