//! Generates two things into the build:
//! - the stopword lists of the supported languages, copied out of the `stop-words` crate
//!   (NLTK's lists), so that only those languages end up in the binary;
//! - the engine's word lists, `lexicon/lists/*.txt` (one entry a line, a `#` header saying
//!   what the list is for), as sorted, deduplicated constants, checked for stray spaces.

use std::env;
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

/// The languages of `text::Language`, by ISO 639-1 code, in its order.
const LANGUAGES: [&str; 7] = ["en", "de", "fr", "es", "it", "pt", "nl"];

/// Where the word lists are kept.
const LISTS: &str = "lexicon/lists";

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("stopwords.rs"), stopwords()).expect("the stopword lists are written");
    fs::write(out.join("word_lists.rs"), word_lists(Path::new(LISTS))).expect("the word lists are written");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed={LISTS}");
}

/// NLTK's stopwords of each supported language as one Rust constant.
fn stopwords() -> String {
    let mut source =
        String::from("/// NLTK's stopwords of each supported language, in `Language::ALL` order.\n");
    source.push_str("pub const STOPWORDS: [&[&str]; 7] = [\n");
    for code in LANGUAGES {
        let words = stop_words::lookup(code).unwrap_or_else(|| panic!("stop-words has no list for {code}"));
        let _ = writeln!(source, "    &{words:?},");
    }
    source.push_str("];\n");
    source
}

/// Every list file of `dir` as a constant named after the file (`speech_verbs.txt` →
/// `SPEECH_VERBS`), documented by its header, entries sorted byte-wise and deduplicated.
fn word_lists(dir: &Path) -> String {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    files.sort();
    let mut source = String::new();
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let content = fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let (doc, mut entries) = parse_list(&path, &content);
        entries.sort_unstable();
        entries.dedup();
        let name = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("a list file is named in UTF-8")
            .to_uppercase();
        for line in doc {
            let _ = writeln!(source, "///{}", line.strip_prefix('#').unwrap_or(line));
        }
        let _ = writeln!(source, "pub const {name}: &[&str] = &{entries:?};\n");
    }
    source
}

/// The header comment lines and the entries of a list file; panics, naming the line, on an
/// entry with spaces around it or a header without any text.
fn parse_list<'a>(path: &Path, content: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let doc: Vec<&str> = content.lines().take_while(|line| line.starts_with('#')).collect();
    assert!(
        !doc.is_empty(),
        "{}: starts with a `#` header saying what the list is for",
        path.display()
    );
    let mut entries = Vec::new();
    for (number, line) in content.lines().enumerate().skip(doc.len()) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        assert!(
            line.trim() == line && !line.contains('\t'),
            "{}:{}: an entry has spaces around it or a tab: {line:?}",
            path.display(),
            number + 1
        );
        entries.push(line);
    }
    (doc, entries)
}
