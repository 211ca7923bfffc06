//! The pieces of the page, each given what to show through its props.

mod article_language_menu;
mod engine_failure;
mod export_panel;
mod key_phrases;
mod length_controls;
mod locale_menu;
mod long_text_card;
mod quote_list;
mod source_panel;
mod source_view;
mod speakers_overview;
mod summary_view;
mod view_tabs;

pub use article_language_menu::ArticleLanguageMenu;
pub use engine_failure::EngineFailure;
pub use export_panel::ExportPanel;
pub use key_phrases::key_phrases;
pub use length_controls::LengthControls;
pub use locale_menu::LocaleMenu;
pub use long_text_card::long_text_card;
pub use quote_list::QuoteList;
pub use source_panel::{SourceMode, SourcePanel};
pub use source_view::SourceView;
pub use speakers_overview::SpeakersOverview;
pub use summary_view::SummaryView;
pub use view_tabs::{View, ViewTabs};

/// A char range of the article, as the engine reports it.
pub type CharRange = (usize, usize);
