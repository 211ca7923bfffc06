//! The Nutgraf app's entry point: mounts the app, with the engine in a web worker.

use nutgraf_app::{App, AppProps, Engine};

/// The worker's loader script, which Trunk writes next to the page.
const WORKER_LOADER: &str = "./nutgraf-worker_loader.js";

fn main() {
    yew::Renderer::<App>::with_props(AppProps {
        engine: Engine::Worker(WORKER_LOADER),
    })
    .render();
}
