//! The web worker's entry point: registers the engine worker.

use gloo_worker::Registrable;

fn main() {
    nutgraf_app::worker::EngineWorker::registrar().register();
}
