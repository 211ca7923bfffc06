//! Copies the stopword lists of the supported languages out of the `stop-words` crate (NLTK's
//! lists) into the build, so that only those languages end up in the binary.

use std::env;
use std::fmt::Write;
use std::fs;
use std::path::PathBuf;

/// The languages of `text::Language`, by ISO 639-1 code, in its order.
const LANGUAGES: [&str; 7] = ["en", "de", "fr", "es", "it", "pt", "nl"];

fn main() {
    let mut source =
        String::from("/// NLTK's stopwords of each supported language, in `Language::ALL` order.\n");
    source.push_str("pub const STOPWORDS: [&[&str]; 7] = [\n");
    for code in LANGUAGES {
        let words = stop_words::lookup(code).unwrap_or_else(|| panic!("stop-words has no list for {code}"));
        let _ = writeln!(source, "    &{words:?},");
    }
    source.push_str("];\n");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("stopwords.rs");
    fs::write(out, source).expect("the stopword lists are written");
    println!("cargo::rerun-if-changed=build.rs");
}
