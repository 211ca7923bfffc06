//! Generates two things into the build:
//! - the stopword lists of the supported languages, copied out of the `stop-words` crate
//!   (NLTK's lists), so that only those languages end up in the binary;
//! - the engine's word lists as sorted, deduplicated constants, checked for stray spaces. Each
//!   file has a `#` header saying what the list is for, then one entry a line: a word or
//!   phrase in `lexicon/lists/*.txt`, a phrase split into its words in `lexicon/phrases/*.txt`,
//!   and a key and its value in `lexicon/pairs/*.txt` (keys unique). Those are English (or any
//!   language); another language's lists sit in `lexicon/<code>/{lists,phrases,pairs}` and
//!   become a module named after the code (`lexicon/de/lists/speech_verbs.txt` →
//!   `lexicon::de::SPEECH_VERBS`).

use std::env;
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

/// The languages of `text::Language`, by ISO 639-1 code, in its order.
const LANGUAGES: [&str; 7] = ["en", "de", "fr", "es", "it", "pt", "nl"];

/// The folders of a language's word lists (in `lexicon/` or `lexicon/<code>/`), and the shape
/// of their entries.
const LISTS: [(&str, Shape); 3] = [
    ("lists", Shape::Entries),
    ("phrases", Shape::Phrases),
    ("pairs", Shape::Pairs),
];

/// What a list file's lines hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// One entry a line, as written: a `WordList`.
    Entries,
    /// One phrase a line, its words split by single spaces: `&[&[&str]]`.
    Phrases,
    /// A key and its value a line, split by a space, each key once: `&[(&str, &str)]`.
    Pairs,
}

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("stopwords.rs"), stopwords()).expect("the stopword lists are written");
    let mut lists = language_lists(Path::new("lexicon"));
    for code in LANGUAGES {
        let dir = Path::new("lexicon").join(code);
        if dir.is_dir() {
            let _ = writeln!(
                lists,
                "/// The word lists of the language `{code}`.\npub mod {code} {{"
            );
            lists.push_str(&language_lists(&dir));
            lists.push_str("}\n");
        }
    }
    fs::write(out.join("word_lists.rs"), lists).expect("the word lists are written");
    // A folder is watched with everything in it, so a language's lists may come and go.
    println!("cargo::rerun-if-changed=lexicon");
    println!("cargo::rerun-if-changed=build.rs");
}

/// The constants of every list file under `root`'s `lists`, `phrases` and `pairs` folders
/// (a folder may be missing).
fn language_lists(root: &Path) -> String {
    let mut source = String::new();
    for (folder, shape) in LISTS {
        let dir = root.join(folder);
        if dir.is_dir() {
            source.push_str(&word_lists(&dir, shape));
        }
    }
    source
}

/// NLTK's stopwords of each supported language as one Rust constant.
fn stopwords() -> String {
    let mut source =
        String::from("/// NLTK's stopwords of each supported language, in `Language::ALL` order.\n");
    source.push_str("pub const STOPWORDS: [crate::lexicon::WordList; 7] = [\n");
    for code in LANGUAGES {
        let mut words = stop_words::lookup(code)
            .unwrap_or_else(|| panic!("stop-words has no list for {code}"))
            .to_vec();
        words.sort_unstable();
        words.dedup();
        let _ = writeln!(source, "    {},", word_list(&words));
    }
    source.push_str("];\n");
    source
}

/// Every list file of `dir` as a constant named after the file (`speech_verbs.txt` →
/// `SPEECH_VERBS`), documented by its header, entries of the given shape sorted byte-wise and
/// deduplicated.
fn word_lists(dir: &Path, shape: Shape) -> String {
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
        let (doc, entries) = parse_list(&path, &content);
        let name = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("a list file is named in UTF-8")
            .to_uppercase();
        for line in doc {
            let _ = writeln!(source, "///{}", line.strip_prefix('#').unwrap_or(line));
        }
        let _ = writeln!(source, "{}\n", constant(&path, &name, shape, entries));
    }
    source
}

/// The Rust constant `name` holding `entries` in `shape`, sorted and deduplicated; panics on
/// a phrase with an empty word, a pair that is not two words or a key given twice.
fn constant(path: &Path, name: &str, shape: Shape, entries: Vec<(usize, &str)>) -> String {
    let mut split: Vec<Vec<&str>> = entries
        .iter()
        .map(|&(number, entry)| {
            let words: Vec<&str> = match shape {
                Shape::Entries => vec![entry],
                Shape::Phrases | Shape::Pairs => entry.split(' ').collect(),
            };
            assert!(
                !words.contains(&"") && (shape != Shape::Pairs || words.len() == 2),
                "{}:{number}: not a {} separated by single spaces: {entry:?}",
                path.display(),
                if shape == Shape::Pairs {
                    "key and value"
                } else {
                    "phrase"
                },
            );
            words
        })
        .collect();
    split.sort_unstable();
    split.dedup();
    if shape == Shape::Pairs {
        for pair in split.windows(2) {
            assert!(
                pair[0][0] != pair[1][0],
                "{}: {:?} has two values",
                path.display(),
                pair[0][0]
            );
        }
    }
    let (item_type, items): (&str, Vec<String>) = match shape {
        Shape::Entries => {
            let entries: Vec<&str> = split.iter().map(|words| words[0]).collect();
            return format!(
                "pub const {name}: crate::lexicon::WordList = {};",
                word_list(&entries)
            );
        }
        Shape::Phrases => (
            "&[&str]",
            split.iter().map(|words| format!("&{words:?}")).collect(),
        ),
        Shape::Pairs => (
            "(&str, &str)",
            split
                .iter()
                .map(|words| format!("({:?}, {:?})", words[0], words[1]))
                .collect(),
        ),
    };
    format!("pub const {name}: &[{item_type}] = &[{}];", items.join(", "))
}

/// The Rust expression of a `WordList` of `entries` (sorted and unique): one text, each
/// entry followed by a line break.
fn word_list(entries: &[&str]) -> String {
    assert!(
        entries.iter().all(|entry| !entry.contains('\n')),
        "a list entry holds a line break"
    );
    let lines: String = entries.iter().map(|entry| format!("{entry}\n")).collect();
    format!("crate::lexicon::WordList::new({lines:?})")
}

/// The header comment lines and the entries of a list file, with their line numbers; panics,
/// naming the line, on an entry with spaces around it or a header without any text.
fn parse_list<'a>(path: &Path, content: &'a str) -> (Vec<&'a str>, Vec<(usize, &'a str)>) {
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
        entries.push((number + 1, line));
    }
    (doc, entries)
}
