//! What the export buttons produce: the summary as plain text or Markdown, the quotes as
//! Markdown blockquotes, and everything as JSON in the command line's schema.

use nutgraf_engine::{QuotesReport, SummaryReport};
use serde::Serialize;

use crate::i18n::Catalog;
use crate::settings::SummaryLayout;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The summary, plain text.
    SummaryText,
    /// The summary, Markdown.
    SummaryMarkdown,
    /// The quotes as Markdown blockquotes with attribution.
    QuotesMarkdown,
    /// Summary and quotes as JSON, in the CLI's schema.
    Json,
}

impl ExportFormat {
    /// Every format, in menu order.
    pub const ALL: [Self; 4] = [
        Self::SummaryText,
        Self::SummaryMarkdown,
        Self::QuotesMarkdown,
        Self::Json,
    ];

    /// The label a person sees, in `words`' language.
    pub fn label(self, words: &Catalog) -> &'static str {
        match self {
            Self::SummaryText => words.summary_as_text,
            Self::SummaryMarkdown => words.summary_as_markdown,
            Self::QuotesMarkdown => words.quotes_as_markdown,
            Self::Json => words.everything_as_json,
        }
    }

    /// The file name used when downloading.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::SummaryText => "nutgraf-summary.txt",
            Self::SummaryMarkdown => "nutgraf-summary.md",
            Self::QuotesMarkdown => "nutgraf-quotes.md",
            Self::Json => "nutgraf.json",
        }
    }

    /// The MIME type used when downloading.
    pub fn mime_type(self) -> &'static str {
        match self {
            Self::SummaryText => "text/plain;charset=utf-8",
            Self::SummaryMarkdown | Self::QuotesMarkdown => "text/markdown;charset=utf-8",
            Self::Json => "application/json",
        }
    }

    /// The exported text; a quote without a speaker is attributed to `unattributed`.
    pub fn render(
        self,
        summary: &SummaryReport,
        quotes: &QuotesReport,
        layout: SummaryLayout,
        unattributed: &str,
    ) -> String {
        match self {
            Self::SummaryText => {
                let separator = if layout == SummaryLayout::Paragraph {
                    " "
                } else {
                    "\n"
                };
                sentences(summary).join(separator)
            }
            Self::SummaryMarkdown => match layout {
                SummaryLayout::Bullets => sentences(summary)
                    .iter()
                    .map(|sentence| format!("- {sentence}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                SummaryLayout::Paragraph => sentences(summary).join(" "),
            },
            Self::QuotesMarkdown => quotes
                .quotes
                .iter()
                .map(|quote| {
                    format!(
                        "> {}\n>\n> — {}",
                        quote.shown.replace('\n', "\n> "),
                        quote.attribution(unattributed)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n\n"),
            Self::Json => {
                #[derive(Serialize)]
                struct Everything<'a> {
                    summary: &'a SummaryReport,
                    quotes: &'a QuotesReport,
                }
                serde_json::to_string_pretty(&Everything { summary, quotes }).unwrap_or_default()
            }
        }
    }
}

fn sentences(summary: &SummaryReport) -> Vec<&str> {
    summary
        .sentences
        .iter()
        .map(|sentence| sentence.text.as_str())
        .collect()
}
