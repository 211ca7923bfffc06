//! Where the article goes in: a text area to paste or type into, a file to drop or open,
//! a sample to try; and, once there is text, a reading view with the summary highlighted.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::JsString;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{ClipboardEvent, DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{long_text_card, CharRange, SourceView};
use crate::file_text::read_file;
use crate::i18n::{fill, use_catalog};
use crate::long_paste::{take_long_paste, EDITABLE_LIMIT};

/// Whether the article is being edited or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceMode {
    /// The text area.
    Edit,
    /// The highlighted reading view.
    Read,
}

/// Props of [`SourcePanel`].
#[derive(Properties, PartialEq)]
pub struct SourcePanelProps {
    /// The article.
    pub text: Rc<str>,
    /// Edit or read.
    pub mode: SourceMode,
    /// Switches between editing and reading.
    pub on_mode: Callback<SourceMode>,
    /// Called with the new text after typing (`false`) or a paste, file or sample (`true`).
    pub on_text: Callback<(Rc<str>, bool)>,
    /// Clears the text (it can be undone).
    pub on_clear: Callback<()>,
    /// Brings back the text cleared last, when there is one.
    pub on_undo: Option<Callback<()>>,
    /// Loads the sample article.
    pub on_sample: Callback<()>,
    /// Reports a problem with a file.
    pub on_status: Callback<String>,
    /// The summary sentences, as char ranges.
    pub highlights: Vec<CharRange>,
    /// The passage the reader picked.
    pub active: Option<CharRange>,
    /// Changes each time the reader asks to be taken to the active passage.
    pub reveal: u32,
}

/// The article's panel.
#[component]
pub fn SourcePanel(props: &SourcePanelProps) -> Html {
    let words = use_catalog();
    let dragging = use_state(|| false);
    // A text too long to edit shows as a card until the reader asks to edit it or types it.
    let editable = use_state(|| false);
    let load_file = {
        let (on_text, on_status) = (props.on_text.clone(), props.on_status.clone());
        let editable = editable.clone();
        Callback::from(move |file: File| {
            let (on_text, on_status) = (on_text.clone(), on_status.clone());
            editable.set(false);
            spawn_local(async move {
                match read_file(&file).await {
                    Ok(text) if text.trim().is_empty() => {
                        on_status.emit(fill(words.file_empty, &[&file.name()]))
                    }
                    Ok(text) => {
                        // Rendered a task after the file is read, as a long paste is.
                        let text: Rc<str> = Rc::from(text);
                        let loaded = fill(words.file_loaded, &[&file.name()]);
                        Timeout::new(0, move || {
                            on_text.emit((text, true));
                            on_status.emit(loaded);
                        })
                        .forget();
                    }
                    Err(problem) => on_status.emit(problem.message(words, &file.name())),
                }
            });
        })
    };
    // The text area is not re-filled from the props after typing or pasting: setting a
    // long value again would cost as much as the paste itself. `shown` records which text
    // the current text area element already holds.
    let area_ref = use_node_ref();
    let shown = use_mut_ref(|| None::<(Rc<str>, HtmlTextAreaElement)>);
    {
        let (area_ref, shown, text) = (area_ref.clone(), shown.clone(), props.text.clone());
        use_effect(move || {
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                let up_to_date = shown.borrow().as_ref().is_some_and(|(held, element)| {
                    Rc::ptr_eq(held, &text) && element.is_same_node(Some(&area))
                });
                if !up_to_date {
                    area.set_value(&text);
                    *shown.borrow_mut() = Some((text, area));
                }
            }
        });
    }
    // The value is read in a task of its own, just after the input event's: copying a long
    // paste into WebAssembly costs as much again as the browser's own paste, and the two
    // together would block the page twice as long. Events in one task share one read.
    let pending_read = use_mut_ref(|| None::<Timeout>);
    let pasted_since_read = use_mut_ref(|| false);
    let on_input = {
        let (on_text, shown) = (props.on_text.clone(), shown.clone());
        let (pending_read, pasted_since_read) = (pending_read.clone(), pasted_since_read.clone());
        let editable = editable.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            if matches!(event.input_type().as_str(), "insertFromPaste" | "insertFromDrop") {
                *pasted_since_read.borrow_mut() = true;
            } else if !*editable {
                // Typed: the text area stays, however long the text grows.
                editable.set(true);
            }
            let (on_text, shown, pasted) = (on_text.clone(), shown.clone(), pasted_since_read.clone());
            // Replacing an earlier read that has not run cancels it: this one reads the newest value.
            *pending_read.borrow_mut() = Some(Timeout::new(0, move || {
                let pasted = std::mem::take(&mut *pasted.borrow_mut());
                let value = js_sys::Reflect::get(&area, &JsValue::from_str("value")).unwrap_or_default();
                let text = crate::js_text::read(value);
                *shown.borrow_mut() = Some((text.clone(), area));
                on_text.emit((text, pasted));
            }));
        })
    };
    // A paste too long for the text area never enters it, and a paste on the card that
    // stands in for it replaces the text: either is read in a task of its own, as above.
    let read_paste = {
        let (on_text, editable) = (props.on_text.clone(), editable.clone());
        Callback::from(move |value: JsString| {
            editable.set(false);
            let on_text = on_text.clone();
            *pending_read.borrow_mut() = Some(Timeout::new(0, move || {
                let text = crate::js_text::read(value.into());
                // Rendered a task later still: reading megabytes and rendering them in one
                // task would block the page for both.
                Timeout::new(0, move || on_text.emit((text, true))).forget();
            }));
        })
    };
    let on_paste = {
        let read_paste = read_paste.clone();
        Callback::from(move |event: Event| {
            let area = event.target_dyn_into::<HtmlTextAreaElement>();
            let event = event.dyn_ref::<ClipboardEvent>();
            if let Some(value) = event
                .zip(area)
                .and_then(|(event, area)| take_long_paste(event, &area))
            {
                read_paste.emit(value);
            }
        })
    };
    let on_drop = {
        let (load_file, dragging) = (load_file.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            dragging.set(false);
            let file = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                event.prevent_default();
                load_file.emit(file);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_open = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            load_file.emit(file);
        }
        input.set_value("");
    });
    let mode_button = |mode: SourceMode, label: &'static str, test_id: &'static str| {
        let on_mode = props.on_mode.clone();
        html! {
            <button
                type="button"
                role="tab"
                data-testid={test_id}
                aria-selected={(props.mode == mode).to_string()}
                class={classes!("tab", (props.mode == mode).then_some("selected"))}
                onclick={Callback::from(move |_| on_mode.emit(mode))}
            >{ label }</button>
        }
    };
    let has_text = !props.text.trim().is_empty();
    let on_clear = props.on_clear.reform(|_| ());
    let on_sample = props.on_sample.reform(|_| ());
    html! {
        <section
            class={classes!("source", "card", (*dragging).then_some("dragging"))}
            aria-labelledby="source-heading"
            ondrop={on_drop}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
        >
            <div class="card-heading">
                <h2 id="source-heading">{ words.article }</h2>
                <div class="tabs" role="tablist" aria-label={words.article_view}>
                    { mode_button(SourceMode::Edit, words.edit, "source-tab-edit") }
                    { mode_button(SourceMode::Read, words.read, "source-tab-read") }
                </div>
            </div>
            <div class="toolbar">
                <button type="button" data-testid="load-sample" onclick={on_sample}>{ words.try_sample }</button>
                <label class="button">
                    { words.open_file }
                    <input type="file" class="visually-hidden" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onchange={on_open} data-testid="open-file" />
                </label>
                if has_text {
                    <button type="button" data-testid="clear" onclick={on_clear}>{ words.clear }</button>
                }
                if let Some(on_undo) = &props.on_undo {
                    <button type="button" data-testid="undo-clear" onclick={on_undo.reform(|_| ())}>{ words.undo_clear }</button>
                }
            </div>
            if props.mode == SourceMode::Read && has_text {
                <SourceView text={props.text.clone()} highlights={props.highlights.clone()} active={props.active} reveal={props.reveal} />
            } else if props.text.len() > EDITABLE_LIMIT as usize && !*editable {
                { long_text_card(words, props.text.len(), Callback::from(move |()| editable.set(true)), read_paste) }
            } else {
                <label for="source-input" class="visually-hidden">{ words.article_text }</label>
                <textarea
                    id="source-input"
                    data-testid="source-input"
                    ref={area_ref}
                    placeholder={words.placeholder}
                    oninput={on_input}
                    onpaste={on_paste}
                    spellcheck="false"
                />
            }
        </section>
    }
}
