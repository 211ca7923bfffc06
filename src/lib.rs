//! Nutgraf's web app: a thin Yew layer over `nutgraf-engine`. The engine returns spans; the
//! components only render them.

pub mod analysis;
pub mod app;
pub mod components;

pub use app::App;
