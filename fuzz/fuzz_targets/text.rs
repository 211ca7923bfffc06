//! Fuzzes the text layer and the sentence splitter (`text::Document`, the sentences report's spans) with article-shaped inputs (see `article_target.rs`).

#![no_main]

#[macro_use]
mod article_target;

article_target!(Text);
