//! Text from a dropped or opened file: plain text and Markdown as they are, HTML reduced to
//! its readable text (parsed inertly, never rendered, scripts and styles dropped).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, File, SupportedType};

use crate::i18n::{fill, Catalog};

/// Files larger than this are refused rather than freezing the page.
pub const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Why a file gives no article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Its name and type say it is not text.
    NotTextFile,
    /// It is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The browser could not read it.
    Unreadable,
    /// It holds something other than text.
    NotText,
}

impl FileProblem {
    /// What the reader is told about the file named `name`, in `words`' language.
    pub fn message(self, words: &Catalog, name: &str) -> String {
        let template = match self {
            Self::NotTextFile => words.file_not_text_file,
            Self::TooLarge => words.file_too_large,
            Self::Unreadable => words.file_unreadable,
            Self::NotText => words.file_not_text,
        };
        fill(template, &[&name])
    }
}

/// Reads `file` as article text, or says why it cannot.
pub async fn read_file(file: &File) -> Result<String, FileProblem> {
    let name = file.name();
    let lower = name.to_lowercase();
    let is_html = lower.ends_with(".html") || lower.ends_with(".htm") || file.type_() == "text/html";
    let is_text = is_html
        || lower.ends_with(".txt")
        || lower.ends_with(".md")
        || lower.ends_with(".markdown")
        || file.type_().starts_with("text/");
    if !is_text {
        return Err(FileProblem::NotTextFile);
    }
    if file.size() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge);
    }
    let contents = JsFuture::from(file.text())
        .await
        .map_err(|_| FileProblem::Unreadable)?;
    let contents = contents.as_string().unwrap_or_default();
    if looks_binary(&contents) {
        return Err(FileProblem::NotText);
    }
    Ok(if is_html {
        html_to_text(&contents)
    } else {
        contents
    })
}

/// The readable text of an HTML document, one paragraph per block, without scripts or styles.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = DomParser::new() else {
        return String::new();
    };
    let Ok(document) = parser.parse_from_string(html, SupportedType::TextHtml) else {
        return String::new();
    };
    if let Ok(unwanted) =
        document.query_selector_all("script, style, noscript, template, nav, footer, header")
    {
        for index in 0..unwanted.length() {
            if let Some(element) = unwanted
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                element.remove();
            }
        }
    }
    if let Ok(blocks) = document.query_selector_all("p, h1, h2, h3, h4, h5, h6, li, blockquote, br, div, tr")
    {
        for index in 0..blocks.length() {
            if let Some(element) = blocks
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let _ = element.insert_adjacent_text("beforeend", "\n\n");
            }
        }
    }
    let text = document
        .body()
        .and_then(|body| body.text_content())
        .unwrap_or_default();
    tidy_blank_lines(&text)
}

/// Collapses runs of blank lines and trailing spaces left by markup.
fn tidy_blank_lines(text: &str) -> String {
    let mut tidy = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !tidy.is_empty() {
            tidy.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        tidy.push_str(line);
        blank_run = 0;
    }
    tidy
}

/// True for data that is not text: NUL bytes or many undecodable characters.
pub fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let suspicious = sample
        .iter()
        .filter(|&&c| c == '\u{0}' || c == '\u{fffd}')
        .count();
    suspicious > 0 && suspicious * 50 > sample.len().max(1)
}
