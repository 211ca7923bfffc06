//! Who is quoted: speakers with their number of quotes and share of the quoted words.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::i18n::{fill, use_catalog};

/// Props of [`SpeakersOverview`].
#[derive(Properties, PartialEq)]
pub struct SpeakersOverviewProps {
    /// The results to show.
    pub analysis: Rc<Analysis>,
}

/// A long text can quote hundreds of people: the table lists this many, then counts the rest.
const LISTED_SPEAKERS: usize = 20;

/// A table of speakers, or nothing when no one is quoted.
#[component]
pub fn SpeakersOverview(props: &SpeakersOverviewProps) -> Html {
    let words = use_catalog();
    let shares = &props.analysis.quotes.speakers;
    if shares.is_empty() {
        return html! {};
    }
    html! {
        <section class="speakers card" aria-labelledby="speakers-heading">
            <h2 id="speakers-heading">{ words.who_is_quoted }</h2>
            <table data-testid="speakers">
                <thead><tr><th scope="col">{ words.speaker }</th><th scope="col">{ words.quotes }</th><th scope="col">{ words.share_of_quoted_words }</th></tr></thead>
                <tbody>
                    { for shares.iter().take(LISTED_SPEAKERS).map(|share| html! {
                        <tr key={share.name.clone()}>
                            <th scope="row">{ &share.name }</th>
                            <td>{ share.quotes }</td>
                            <td>
                                <meter min="0" max="100" value={share.word_share.to_string()} aria-hidden="true"></meter>
                                { format!(" {}%", share.word_share) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if shares.len() > LISTED_SPEAKERS {
                <p class="more-speakers">{ fill(words.more_speakers, &[&(shares.len() - LISTED_SPEAKERS)]) }</p>
            }
        </section>
    }
}
