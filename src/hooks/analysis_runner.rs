//! Asks the engine's worker for the newest request, keeps only its answer, and survives the
//! engine failing: a failure on the newest text is reported (with a [`Diagnostic`], never the
//! text); a failure on an older text sends the newest one again to a fresh worker.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use yew::{Callback, UseStateHandle};

use crate::analysis::Analysis;
use crate::diagnostic::Diagnostic;
use crate::settings::LengthChoice;
use crate::worker_protocol::AnalysisRequest;
use nutgraf_engine::text::Language;

use super::worker_connection::{WorkerConnection, WorkerEvent};

/// The newest text the page wants analyzed.
#[derive(Debug, Clone, PartialEq)]
pub struct Wanted {
    /// The request's number.
    pub id: u64,
    /// The text.
    pub text: Rc<str>,
    /// The summary length.
    pub length: LengthChoice,
    /// The article's language; `None` to detect it.
    pub language: Option<Language>,
}

/// The page's side of the worker: one per page, started on the first request.
pub struct AnalysisRunner {
    connection: RefCell<Option<WorkerConnection>>,
    wanted: RefCell<Option<Wanted>>,
    analysis: UseStateHandle<Option<Rc<Analysis>>>,
    busy: UseStateHandle<bool>,
    on_failure: RefCell<Callback<Diagnostic>>,
}

impl AnalysisRunner {
    /// A runner that shows its workers' answers in `analysis` and `busy`.
    pub fn new(analysis: UseStateHandle<Option<Rc<Analysis>>>, busy: UseStateHandle<bool>) -> Self {
        Self {
            connection: RefCell::new(None),
            wanted: RefCell::new(None),
            analysis,
            busy,
            on_failure: RefCell::new(Callback::noop()),
        }
    }

    /// Who hears of a failure on the newest text.
    pub fn set_on_failure(&self, on_failure: Callback<Diagnostic>) {
        *self.on_failure.borrow_mut() = on_failure;
    }

    /// Makes `wanted` the newest request (`None`: nothing to analyze); [`send`](Self::send)
    /// sends it.
    pub fn want(&self, wanted: Option<Wanted>) {
        *self.wanted.borrow_mut() = wanted;
    }

    /// Sends the newest request, to a fresh worker when there is none or the last one failed.
    pub fn send(self: &Rc<Self>) {
        let Some(wanted) = self.wanted.borrow().clone() else {
            return;
        };
        let mut connection = self.connection.borrow_mut();
        if connection.as_ref().is_some_and(WorkerConnection::is_dead) {
            *connection = None;
        }
        if connection.is_none() {
            let runner = Rc::downgrade(self);
            match WorkerConnection::spawn(Rc::new(move |event| heard(&runner, event))) {
                Ok(started) => *connection = Some(started),
                Err(message) => {
                    drop(connection);
                    return self.failed(&wanted, message);
                }
            }
        }
        if let Some(connection) = connection.as_ref() {
            connection.send(AnalysisRequest::message(
                wanted.id,
                &wanted.text,
                wanted.length,
                wanted.language,
            ));
        }
    }

    fn failed(&self, wanted: &Wanted, message: String) {
        self.analysis.set(None);
        self.busy.set(false);
        let on_failure = self.on_failure.borrow().clone();
        on_failure.emit(Diagnostic::new(&wanted.text, message));
    }
}

/// Handles what the worker said: the newest answer is shown; a failure on the newest text is
/// reported; after a failure on an older one, the newest is sent to a fresh worker.
fn heard(runner: &Weak<AnalysisRunner>, event: WorkerEvent) {
    let Some(runner) = runner.upgrade() else {
        return;
    };
    let Some(wanted) = runner.wanted.borrow().clone() else {
        return;
    };
    match event {
        WorkerEvent::Done(id, analysis) if id == wanted.id => {
            runner.analysis.set(Some(Rc::new(analysis)));
            runner.busy.set(false);
        }
        WorkerEvent::Done(..) => {}
        WorkerEvent::Failed(id, message) if id.is_none_or(|id| id == wanted.id) => {
            runner.failed(&wanted, message);
        }
        // From a timer: the failed worker's own listener is still running.
        WorkerEvent::Failed(..) => {
            Timeout::new(0, move || runner.send()).forget();
        }
    }
}
