//! Fuzzes the JSON report builders (sentences, summary, quotes), serialized and read back with article-shaped inputs (see `article_target.rs`).

#![no_main]

#[macro_use]
mod article_target;

article_target!(Reports);
