//! Nutgraf's web app: a thin Yew layer over `nutgraf-engine`, which runs in a web worker.
//! The engine returns spans; the components only render them.

pub mod analysis;
pub mod announcement;
pub mod app;
pub mod clipboard;
pub mod components;
pub mod diagnostic;
pub mod embed;
pub mod export;
pub mod fault_injection;
pub mod file_text;
pub mod highlight;
pub mod hooks;
pub mod i18n;
pub mod js_text;
pub mod json_reading;
pub mod long_paste;
pub mod sample;
pub mod settings;
pub mod share_target;
pub mod state;
pub mod text_store;
pub mod worker;
pub mod worker_protocol;

pub use app::{App, AppProps};
pub use hooks::Engine;
