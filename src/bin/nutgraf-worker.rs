//! The web worker's entry point: starts the engine worker.

fn main() {
    nutgraf_app::worker::run();
}
