//! What the page shows when the engine failed on the text: that this text could not be read,
//! that the text is kept, and a button that copies a report to send (its length and a hash,
//! never the text).

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::clipboard;
use crate::diagnostic::Diagnostic;

/// Props of [`EngineFailure`].
#[derive(Properties, PartialEq)]
pub struct EngineFailureProps {
    /// The failure's report.
    pub diagnostic: Diagnostic,
    /// Reports whether the copy worked, for the status line.
    pub on_status: Callback<String>,
}

/// The notice and its "Copy a report" button.
#[component]
pub fn EngineFailure(props: &EngineFailureProps) -> Html {
    let on_copy = {
        let (report, on_status) = (props.diagnostic.report(), props.on_status.clone());
        Callback::from(move |_| {
            let (report, on_status) = (report.clone(), on_status.clone());
            spawn_local(async move {
                on_status.emit(if clipboard::copy(&report).await {
                    "Report copied. Paste it into a message to whoever runs this site.".to_owned()
                } else {
                    "The browser did not allow copying; the report is shown below the button.".to_owned()
                });
            });
        })
    };
    html! {
        <section class="problem engine-failure" data-testid="engine-failure" aria-labelledby="engine-failure-heading">
            <h2 id="engine-failure-heading">{ "This text could not be read" }</h2>
            <p>{ "Something in this text stopped Nutgraf's reader. Your text is still here: you can edit it, or paste another article, and Nutgraf will read it." }</p>
            <p>{ "You can help us fix this by sending a short report. It holds the text's length and a fingerprint of it, never the text itself." }</p>
            <button type="button" data-testid="copy-report" onclick={on_copy}>{ "Copy a report" }</button>
            <pre class="report" data-testid="failure-report">{ props.diagnostic.report() }</pre>
        </section>
    }
}
