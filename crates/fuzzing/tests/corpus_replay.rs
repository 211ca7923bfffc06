//! The fuzzers' inputs replayed on stable, in `cargo xtask test`: article-shaped mutants
//! (see `nutgraf_fuzzing::mutations`) of articles written here, of the dev data's articles,
//! and the libFuzzer corpus that `cargo xtask fuzz` leaves in `target/fuzz-corpus` when it
//! exists, each checked against every invariant of `nutgraf_fuzzing::invariants`.
//!
//! The dev data lives in `../shared/data`, on Nutgraf's own machines only: the test that
//! reads it is ignored under a plain `cargo test` and fails, saying so, when
//! `cargo xtask test` (which includes ignored tests) runs it without the data.

use std::fs;
use std::path::{Path, PathBuf};

use nutgraf_fuzzing::invariants::check_all;
use nutgraf_fuzzing::mutations::{mutate, truncate_to};
use nutgraf_fuzzing::seeds::{shared_folder, Seeds};

/// Inputs are cut to this many bytes, as the fuzzers' `-max_len`.
const MAX_BYTES: usize = 16_384;

/// Articles of our own, written for this test: a report with interrupted and attributed
/// quotes, a story with guillemets and a dash, and a short wire item.
const OUR_ARTICLES: [&str; 3] = [
    "WASHINGTON (AP) — The city council voted 7-2 on Tuesday to close the old bridge.\n\n\
     “We have waited long enough,” said Ana Lima, who runs a ferry company. “Every week we \
     lose money.”\n\nThe mayor, Tom Reyes, told reporters the repairs would take two years. \
     Officials said work would begin in the spring, according to a statement.\n\n\
     But not everyone agrees. “It is a mistake,” Reyes’s rival said: “a costly one.”",
    "PARIS — « Nous ne reculerons pas », a déclaré la ministre lundi. Elle a ajouté que le \
     projet serait voté avant l'été.\n\nLes syndicats — qui appellent à la grève — disent \
     qu'ils attendent « des actes ».",
    "Storm hits coast\n\nBy Jane Doe\n\nThe storm made landfall late on Friday, the weather \
     service said. 'Stay indoors,' the governor wrote on Twitter.",
];

/// Checks `text` cut to [`MAX_BYTES`], failing with `origin` and the broken promise.
fn replay(origin: &str, text: &str) {
    let text = truncate_to(text, MAX_BYTES);
    if let Err(broken) = check_all(text) {
        panic!("{origin}: {broken}\ninput ({} bytes): {text:?}", text.len());
    }
}

/// Replays each article and `mutants` mutants of it (seeds `0..mutants` with the next
/// article as the splice source); returns how many inputs were checked.
fn replay_mutants(articles: &[(String, &str)], mutants: u64) -> usize {
    let mut checked = 0;
    for (index, (origin, text)) in articles.iter().enumerate() {
        let other = articles[(index + 1) % articles.len()].1;
        replay(origin, text);
        checked += 1;
        for seed in 0..mutants {
            replay(&format!("{origin}, mutant {seed}"), &mutate(text, other, seed));
            checked += 1;
        }
    }
    checked
}

#[test]
fn mutants_of_our_own_articles_keep_every_promise() {
    let articles: Vec<(String, &str)> = OUR_ARTICLES
        .iter()
        .enumerate()
        .map(|(index, text)| (format!("our article {index}"), *text))
        .collect();
    assert_eq!(replay_mutants(&articles, 100), 303);
}

/// How many articles of each data file the replay takes, and mutants of each.
const PER_SOURCE: usize = 10;
const MUTANTS: u64 = 24;

#[test]
#[ignore = "needs ../shared/data: run `cargo xtask test` on Nutgraf's machines"]
fn mutants_of_the_dev_articles_and_the_fuzz_corpus_keep_every_promise() {
    let seeds = Seeds::read(&shared_folder(), PER_SOURCE);
    assert!(
        seeds.missing.is_empty(),
        "the dev data is incomplete: {}; it lives in ../shared next to the repository, on \
         Nutgraf's own machines only",
        seeds.missing.join("; ")
    );
    let articles: Vec<(String, &str)> = seeds
        .articles
        .iter()
        .map(|article| (article.origin.clone(), article.text.as_str()))
        .collect();
    let checked = replay_mutants(&articles, MUTANTS);
    let corpus = replay_corpus(&corpus_folder(), 600);
    eprintln!("replayed {checked} dev-data inputs and {corpus} libFuzzer corpus inputs");
    // 10 articles of each of the 7 data sources and the seed article, each with 24 mutants.
    assert!(checked >= 71 * 25, "only {checked} inputs from the dev data");
}

/// `target/fuzz-corpus`, where `cargo xtask fuzz` keeps one corpus folder a target.
fn corpus_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-corpus")
}

/// Replays up to `limit` inputs of the corpus folders under `folder` (spread evenly over
/// each folder's files by name); 0 when there is no corpus.
fn replay_corpus(folder: &Path, limit: usize) -> usize {
    let Ok(targets) = fs::read_dir(folder) else {
        eprintln!(
            "no libFuzzer corpus in {}: run `cargo xtask fuzz` to make one",
            folder.display()
        );
        return 0;
    };
    let mut files: Vec<PathBuf> = targets
        .filter_map(Result::ok)
        .filter_map(|target| fs::read_dir(target.path()).ok())
        .flat_map(|inputs| inputs.filter_map(Result::ok).map(|input| input.path()))
        .collect();
    files.sort();
    let stride = files.len().div_ceil(limit.max(1)).max(1);
    let mut checked = 0;
    for file in files.iter().step_by(stride) {
        if let Ok(bytes) = fs::read(file) {
            replay(&file.display().to_string(), &String::from_utf8_lossy(&bytes));
            checked += 1;
        }
    }
    checked
}
