//! The engine behind a web worker, so that typing stays smooth while a long text is read.
//! A newer request supersedes older ones still waiting: only the latest text is analyzed.
//! When the engine panics, the panic hook tells the page which request failed before the
//! WebAssembly traps; the page then ends this worker and starts a fresh one.

use std::cell::{Cell, RefCell};

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::analysis::Analysis;
use crate::worker_protocol::{AnalysisRequest, WorkerReply};

thread_local! {
    /// The newest request not yet analyzed.
    static PENDING: RefCell<Option<AnalysisRequest>> = const { RefCell::new(None) };
    /// The request being analyzed, for the panic hook.
    static CURRENT: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Whether this module runs in a web worker (rather than a page's window).
pub fn in_worker() -> bool {
    js_sys::global().dyn_ref::<DedicatedWorkerGlobalScope>().is_some()
}

/// Starts the worker: installs the panic hook, listens for requests and tells the page it is
/// ready.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        if let Some(id) = CURRENT.get() {
            post(&WorkerReply::Failed(id, info.to_string()));
        }
    }));
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| received(&event.data()));
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&WorkerReply::Ready);
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(reply: &WorkerReply) {
    let message = reply.message();
    // Should the page be gone, there is no one to tell.
    let _ = scope().post_message_with_transfer(&message, &js_sys::Array::of1(&message.buffer()));
}

fn received(message: &JsValue) {
    let Some(request) = AnalysisRequest::from_message(message) else {
        return;
    };
    // Analysis starts from a timer task, after every request already queued behind this one
    // has arrived and replaced it: while a long text is analyzed, newer requests pile up and
    // only the newest is analyzed next.
    PENDING.with_borrow_mut(|pending| *pending = Some(request));
    Timeout::new(0, analyze_pending).forget();
}

fn analyze_pending() {
    let Some(request) = PENDING.with_borrow_mut(Option::take) else {
        return;
    };
    CURRENT.set(Some(request.id));
    post(&WorkerReply::Started(request.id));
    let analysis = Analysis::of(&request.text, request.length, request.language);
    CURRENT.set(None);
    post(&WorkerReply::Done(request.id, analysis));
}
