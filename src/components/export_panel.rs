//! Export: the summary as plain text or Markdown, the quotes as Markdown blockquotes, or
//! everything as JSON; previewed, then copied or downloaded.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlSelectElement, Url};
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::clipboard;
use crate::export::ExportFormat;
use crate::i18n::{fill, use_catalog};
use crate::settings::SummaryLayout;

/// Props of [`ExportPanel`].
#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The results to export.
    pub analysis: Rc<Analysis>,
    /// Bullets or a paragraph, for the summary formats.
    pub layout: SummaryLayout,
    /// Reports what happened, for the status line.
    pub on_status: Callback<String>,
}

/// A format menu, a preview, and copy and download buttons.
#[component]
pub fn ExportPanel(props: &ExportPanelProps) -> Html {
    let words = use_catalog();
    let format = use_state(|| ExportFormat::SummaryMarkdown);
    let analysis = &props.analysis;
    let text = format.render(
        &analysis.summary,
        &analysis.quotes,
        props.layout,
        words.unattributed,
    );
    let on_format = {
        let format = format.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let index = select.selected_index().max(0) as usize;
            format.set(
                ExportFormat::ALL
                    .get(index)
                    .copied()
                    .unwrap_or(ExportFormat::SummaryText),
            );
        })
    };
    let on_copy = {
        let (text, on_status, label) = (text.clone(), props.on_status.clone(), format.label(words));
        Callback::from(move |_| {
            let (text, on_status) = (text.clone(), on_status.clone());
            spawn_local(async move {
                on_status.emit(if clipboard::copy(&text).await {
                    fill(words.copied, &[&label])
                } else {
                    words.copy_refused.to_owned()
                });
            });
        })
    };
    let on_download = {
        let (text, on_status, chosen) = (text.clone(), props.on_status.clone(), *format);
        Callback::from(move |_| {
            on_status.emit(match download(&text, chosen) {
                Ok(()) => fill(words.downloaded, &[&chosen.file_name()]),
                Err(()) => words.download_refused.to_owned(),
            })
        })
    };
    html! {
        <section class="export card" aria-labelledby="export-heading">
            <h2 id="export-heading">{ words.export }</h2>
            <div class="export-controls">
                <label for="export-format">{ words.format }</label>
                <select id="export-format" data-testid="export-format" onchange={on_format}>
                    { for ExportFormat::ALL.iter().map(|option| html! {
                        <option selected={*option == *format}>{ option.label(words) }</option>
                    }) }
                </select>
                <button type="button" data-testid="export-copy" onclick={on_copy}>{ words.copy }</button>
                <button type="button" data-testid="export-download" onclick={on_download}>{ words.download }</button>
            </div>
            <textarea
                class="export-preview"
                data-testid="export-preview"
                aria-label={words.export_preview}
                readonly=true
                value={text}
            />
        </section>
    }
}

/// Saves `text` as a file through a temporary object URL; `Err` when the browser refuses.
fn download(text: &str, format: ExportFormat) -> Result<(), ()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(format.mime_type());
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let document = web_sys::window().and_then(|window| window.document()).ok_or(())?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    anchor.set_href(&url);
    anchor.set_download(format.file_name());
    anchor.click();
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
