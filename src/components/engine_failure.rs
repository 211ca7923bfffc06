//! What the page shows when the engine failed on the text: that this text could not be read,
//! that the text is kept, and a button that copies a report to send (its length and a hash,
//! never the text).

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::clipboard;
use crate::diagnostic::Diagnostic;
use crate::i18n::use_catalog;

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
    let words = use_catalog();
    let on_copy = {
        let (report, on_status) = (props.diagnostic.report(), props.on_status.clone());
        Callback::from(move |_| {
            let (report, on_status) = (report.clone(), on_status.clone());
            spawn_local(async move {
                let copied = clipboard::copy(&report).await;
                on_status.emit(
                    if copied {
                        words.report_copied
                    } else {
                        words.report_copy_refused
                    }
                    .to_owned(),
                );
            });
        })
    };
    html! {
        <section class="problem engine-failure" data-testid="engine-failure" aria-labelledby="engine-failure-heading">
            <h2 id="engine-failure-heading">{ words.failure_heading }</h2>
            <p>{ words.failure_explanation }</p>
            <p>{ words.failure_help }</p>
            <button type="button" data-testid="copy-report" onclick={on_copy}>{ words.copy_report }</button>
            <pre class="report" data-testid="failure-report">{ props.diagnostic.report() }</pre>
        </section>
    }
}
