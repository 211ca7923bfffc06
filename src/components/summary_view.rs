//! The summary: the chosen sentences in article order, as bullets or a paragraph, with the
//! compression and reading time saved. Hovering or focusing a sentence shows it in the
//! article; clicking scrolls to it.

use std::rc::Rc;

use yew::prelude::*;

use super::CharRange;
use crate::analysis::Analysis;
use crate::i18n::{fill, use_catalog};
use crate::settings::SummaryLayout;

/// Props of [`SummaryView`].
#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    /// The results to show.
    pub analysis: Rc<Analysis>,
    /// Bullets or a paragraph.
    pub layout: SummaryLayout,
    /// Switches the layout.
    pub on_layout: Callback<SummaryLayout>,
    /// Highlights a range of the article (or nothing).
    pub on_show: Callback<Option<CharRange>>,
    /// Scrolls the article to a range.
    pub on_reveal: Callback<CharRange>,
}

/// Lists the summary sentences.
#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    let words = use_catalog();
    let analysis = &props.analysis;
    let sentences = &analysis.summary.sentences;
    let paragraph = props.layout == SummaryLayout::Paragraph;
    let toggle = {
        let on_layout = props.on_layout.clone();
        let next = if paragraph {
            SummaryLayout::Bullets
        } else {
            SummaryLayout::Paragraph
        };
        Callback::from(move |_| on_layout.emit(next))
    };
    let items = sentences.iter().map(|sentence| {
        let range = (sentence.start, sentence.end);
        let (show, hide, reveal) = (props.on_show.clone(), props.on_show.clone(), props.on_reveal.clone());
        let (focus_show, blur_hide) = (props.on_show.clone(), props.on_show.clone());
        let sentence_button = html! {
            <button
                type="button"
                class="sentence-link"
                title={words.show_in_the_article}
                onmouseenter={Callback::from(move |_| show.emit(Some(range)))}
                onmouseleave={Callback::from(move |_| hide.emit(None))}
                onfocus={Callback::from(move |_| focus_show.emit(Some(range)))}
                onblur={Callback::from(move |_| blur_hide.emit(None))}
                onclick={Callback::from(move |_| reveal.emit(range))}
            >{ &sentence.text }</button>
        };
        if paragraph {
            html! { <span data-testid="summary-sentence" key={sentence.index}>{ sentence_button }{ " " }</span> }
        } else {
            html! { <li data-testid="summary-sentence" key={sentence.index}>{ sentence_button }</li> }
        }
    });
    html! {
        <section class="summary card" data-testid="summary" aria-labelledby="summary-heading">
            <div class="card-heading">
                <h2 id="summary-heading">{ words.summary }</h2>
                <button type="button" class="quiet" onclick={toggle} aria-pressed={paragraph.to_string()}>
                    { if paragraph { words.show_as_bullets } else { words.show_as_paragraph } }
                </button>
            </div>
            <p class="compression" data-testid="compression">
                { fill(
                    words.compression,
                    &[
                        &sentences.len(),
                        &analysis.total_sentences,
                        &analysis.word_share(),
                        &analysis.minutes_saved(),
                    ],
                ) }
            </p>
            if paragraph {
                <p class="summary-paragraph">{ for items }</p>
            } else {
                <ul class="summary-sentences">{ for items }</ul>
            }
        </section>
    }
}
