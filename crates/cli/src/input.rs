//! Reading articles: a file or stdin, whole or as JSON lines.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use nutgraf_engine::{Length, LengthError, MAX_TEXT_BYTES};
use serde::Deserialize;

/// Opens `file`, or stdin when there is none, for reading line by line.
pub fn open(file: Option<&Path>) -> Result<Box<dyn BufRead>, String> {
    match file {
        Some(path) => File::open(path)
            .map(|file| Box::new(BufReader::new(file)) as Box<dyn BufRead>)
            .map_err(|error| {
                format!(
                    "cannot open {}: {error}: check the path, or give no FILE (or -) to read stdin",
                    path.display()
                )
            }),
        None => Ok(Box::new(BufReader::new(io::stdin()))),
    }
}

/// Reads the whole input as text, refusing binary data, and text longer than the engine reads
/// ([`MAX_TEXT_BYTES`]; no more than one byte past it is read), with a clear message.
pub fn read_text(file: Option<&Path>) -> Result<String, String> {
    // A file's size, when known, is read into a buffer of that size rather than one grown by
    // doubling (the limit is read past by a byte to tell a text that is too long).
    let limit = MAX_TEXT_BYTES as u64 + 1;
    let size = file
        .and_then(|path| std::fs::metadata(path).ok())
        .map_or(0, |metadata| metadata.len());
    let mut bytes = Vec::with_capacity(size.min(limit) as usize);
    open(file)?
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("cannot read the input: {error}"))?;
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(format!(
            "the input is larger than {} MB, the most nutgraf reads: give it one article, or a \
             part of this text",
            MAX_TEXT_BYTES / 1_000_000
        ));
    }
    if bytes.contains(&0) {
        return Err("the input looks like binary data, not text: give a plain-text article".to_owned());
    }
    String::from_utf8(bytes).map_err(|error| {
        format!(
            "the input is not UTF-8 text (invalid byte at offset {}): convert it to UTF-8 first",
            error.utf8_error().valid_up_to()
        )
    })
}

/// One line of `--jsonl` input.
#[derive(Debug, Deserialize)]
pub struct Record {
    /// Echoed back on the result line, whatever JSON value it is.
    #[serde(default)]
    pub id: serde_json::Value,
    /// The article.
    pub text: String,
    /// How many sentences to summarize into, overriding the command line.
    #[serde(default)]
    pub sentences: Option<usize>,
}

impl Record {
    /// Parses one JSON line.
    pub fn parse(line: &str) -> Result<Self, String> {
        serde_json::from_str(line).map_err(|error| {
            format!(
                "not a JSON object with a \"text\" field ({error}): give one object a line, \
                     such as {{\"id\": 1, \"text\": \"...\"}}"
            )
        })
    }

    /// The length this line asks for, if it names one, checked as `--sentences` is.
    pub fn length(&self) -> Result<Option<Length>, LengthError> {
        self.sentences.map(Length::sentences).transpose()
    }
}
