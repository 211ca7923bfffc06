//! The engine behind a web worker, so that typing stays smooth while a long text is read.
//! A newer request supersedes older ones still waiting: only the latest text is analyzed.

use gloo_timers::callback::Timeout;
use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};

use crate::analysis::Analysis;
use crate::settings::LengthChoice;

/// A text to analyze, numbered so that answers to older requests can be told apart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisRequest {
    /// Increases with every request the page sends.
    pub id: u64,
    /// The article.
    pub text: String,
    /// The summary length.
    pub length: LengthChoice,
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisResponse {
    /// The request's number.
    pub id: u64,
    /// What the engine found.
    pub analysis: Analysis,
}

/// Runs the engine off the page's main thread.
pub struct EngineWorker {
    /// The newest request not yet answered, with who asked.
    pending: Option<(HandlerId, AnalysisRequest)>,
}

/// Tells the worker to analyze its newest pending request.
pub struct AnalyzePending;

impl Worker for EngineWorker {
    type Message = AnalyzePending;
    type Input = AnalysisRequest;
    type Output = AnalysisResponse;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        Self { pending: None }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _message: AnalyzePending) {
        if let Some((asker, request)) = self.pending.take() {
            let analysis = Analysis::of(&request.text, request.length);
            scope.respond(
                asker,
                AnalysisResponse {
                    id: request.id,
                    analysis,
                },
            );
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, request: AnalysisRequest, asker: HandlerId) {
        // Analysis starts from a timer task, after every request already queued behind this
        // one has arrived and replaced it: while a long text is analyzed, newer requests
        // pile up and only the newest is analyzed next.
        self.pending = Some((asker, request));
        let scope = scope.clone();
        Timeout::new(0, move || scope.send_message(AnalyzePending)).forget();
    }
}
