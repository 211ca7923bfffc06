//! The Nutgraf app's entry point. The page and the engine's web worker run this same
//! WebAssembly module (see `src/boot.js`): in a window it mounts the app, whose engine runs in
//! a worker; in that worker it runs the engine.

use nutgraf_app::{App, AppProps, Engine};

fn main() {
    if nutgraf_app::worker::in_worker() {
        nutgraf_app::worker::run();
    } else {
        yew::Renderer::<App>::with_props(AppProps {
            engine: Engine::Worker,
        })
        .render();
    }
}
