//! The sample article a reader can load: written for Nutgraf, with direct and reported
//! quotes, an anonymous source, and a headline.

/// The sample article's text.
pub const SAMPLE_ARTICLE: &str = include_str!("../crates/engine/tests/fixtures/harbour-article.txt");
