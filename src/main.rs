//! The Nutgraf app's entry point: mounts the app on the page's body.

fn main() {
    yew::Renderer::<nutgraf_app::App>::new().render();
}
