//! Fuzzes the summarizer at every length option (three an input) with article-shaped inputs (see `article_target.rs`).

#![no_main]

#[macro_use]
mod article_target;

article_target!(Summarize);
