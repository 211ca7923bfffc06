//! The page's end of the engine's web worker: starts it (through `nutgrafStartEngine`, which
//! the page's `boot.js` defines: the first worker is already loading by then), queues the newest request until it
//! is ready, hands its answers on, and notices when it fails (the panic hook's message, or the
//! worker's `error` event when the WebAssembly traps without one, as on running out of
//! memory). A failed worker is ended at once; the owner starts a fresh connection.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

use crate::analysis::Analysis;
use crate::worker_protocol::WorkerReply;

/// What the page hears from the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerEvent {
    /// The analysis of request `id`.
    Done(u64, Analysis),
    /// The engine failed on request `id` (`None` when the worker failed before any request
    /// began), saying this; the worker is ended.
    Failed(Option<u64>, String),
}

/// What the connection's listeners share.
#[derive(Default)]
struct Shared {
    ready: Cell<bool>,
    dead: Cell<bool>,
    started: Cell<Option<u64>>,
    queued: RefCell<Option<JsValue>>,
}

/// A running engine worker; dropping it ends the worker.
pub struct WorkerConnection {
    worker: Worker,
    shared: Rc<Shared>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(Event)>,
}

impl WorkerConnection {
    /// Starts a worker (the page's first one, or a fresh one); `on_event` hears its answers
    /// and its failure (at most one).
    pub fn spawn(on_event: Rc<dyn Fn(WorkerEvent)>) -> Result<Self, String> {
        let worker = start_engine().ok_or("the engine could not start")?;
        let shared = Rc::new(Shared::default());
        let on_message = {
            let (worker, shared, on_event) = (worker.clone(), shared.clone(), on_event.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if let Some(reply) = WorkerReply::from_message(&data) {
                    let long = data
                        .dyn_ref::<js_sys::Uint8Array>()
                        .is_some_and(|bytes| bytes.length() > LONG_REPLY_BYTES);
                    replied(&worker, &shared, &on_event, reply, long);
                }
            })
        };
        let on_error = {
            let (worker, shared) = (worker.clone(), shared.clone());
            Closure::<dyn Fn(Event)>::new(move |event: Event| {
                let message = event
                    .dyn_ref::<ErrorEvent>()
                    .map(ErrorEvent::message)
                    .filter(|message| !message.is_empty())
                    .unwrap_or_else(|| "the engine's worker stopped".to_owned());
                fail(&worker, &shared, &*on_event, shared.started.get(), message);
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Self {
            worker,
            shared,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Sends a request, or keeps it (replacing an older one) until the worker is ready.
    pub fn send(&self, request: JsValue) {
        if self.shared.ready.get() {
            let _ = self.worker.post_message(&request);
        } else {
            *self.shared.queued.borrow_mut() = Some(request);
        }
    }

    /// Whether the worker failed and was ended.
    pub fn is_dead(&self) -> bool {
        self.shared.dead.get()
    }
}

impl Drop for WorkerConnection {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// A worker from the page's `nutgrafStartEngine`.
fn start_engine() -> Option<Worker> {
    let start = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("nutgrafStartEngine")).ok()?;
    start
        .dyn_ref::<js_sys::Function>()?
        .call0(&JsValue::UNDEFINED)
        .ok()?
        .dyn_into()
        .ok()
}

/// A reply longer than this many bytes is heard a task after it is decoded.
const LONG_REPLY_BYTES: u32 = 256 * 1024;

/// Acts on a reply; a `long` one's analysis is heard a task later.
fn replied(
    worker: &Worker,
    shared: &Shared,
    on_event: &Rc<dyn Fn(WorkerEvent)>,
    reply: WorkerReply,
    long: bool,
) {
    match reply {
        WorkerReply::Ready => {
            shared.ready.set(true);
            if let Some(request) = shared.queued.borrow_mut().take() {
                let _ = worker.post_message(&request);
            }
        }
        WorkerReply::Started(id) => shared.started.set(Some(id)),
        WorkerReply::Done(id, analysis) if long => {
            shared.started.set(None);
            // Decoding a long text's thousands of quotes takes as long as rendering them: the
            // two in one task would block the page for both.
            let on_event = on_event.clone();
            Timeout::new(0, move || on_event(WorkerEvent::Done(id, analysis))).forget();
        }
        WorkerReply::Done(id, analysis) => {
            shared.started.set(None);
            on_event(WorkerEvent::Done(id, analysis));
        }
        WorkerReply::Failed(id, message) => fail(worker, shared, &**on_event, Some(id), message),
    }
}

/// Ends the worker and reports its failure, once.
fn fail(worker: &Worker, shared: &Shared, on_event: &dyn Fn(WorkerEvent), id: Option<u64>, message: String) {
    if !shared.dead.replace(true) {
        worker.terminate();
        on_event(WorkerEvent::Failed(id, message));
    }
}
