//! Who is quoted: speakers with their number of quotes and share of the quoted words.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::Analysis;
use crate::speakers::speaker_shares;

/// Props of [`SpeakersOverview`].
#[derive(Properties, PartialEq)]
pub struct SpeakersOverviewProps {
    /// The results to show.
    pub analysis: Rc<Analysis>,
}

/// A table of speakers, or nothing when no one is quoted.
#[component]
pub fn SpeakersOverview(props: &SpeakersOverviewProps) -> Html {
    let shares = speaker_shares(&props.analysis.quotes.quotes);
    if shares.is_empty() {
        return html! {};
    }
    html! {
        <section class="speakers card" aria-labelledby="speakers-heading">
            <h2 id="speakers-heading">{ "Who is quoted" }</h2>
            <table data-testid="speakers">
                <thead><tr><th scope="col">{ "Speaker" }</th><th scope="col">{ "Quotes" }</th><th scope="col">{ "Share of quoted words" }</th></tr></thead>
                <tbody>
                    { for shares.iter().map(|share| html! {
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
        </section>
    }
}
