//! The pieces of the page, each given what to show through its props.

mod quote_list;
mod summary_view;

pub use quote_list::QuoteList;
pub use summary_view::SummaryView;
