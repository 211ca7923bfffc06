//! Criterion benchmarks of the engine on real news text: the stories of
//! `../shared/data/cnndm-dev.jsonl` when present (concatenated to each size), otherwise an
//! article written for these benchmarks, repeated.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nutgraf_engine::{Document, Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};

const FALLBACK_ARTICLE: &str = include_str!("../tests/fixtures/harbour-article.txt");

/// Real stories, concatenated, or the fallback article repeated, cut to `bytes` on a char boundary.
fn corpus(bytes: usize) -> String {
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/cnndm-dev.jsonl"
    );
    let mut text = String::with_capacity(bytes + 4096);
    match std::fs::read_to_string(shared) {
        Ok(lines) => {
            let stories: Vec<String> = lines
                .lines()
                .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
                .filter_map(|story| story["text"].as_str().map(str::to_owned))
                .collect();
            while text.len() < bytes {
                for story in &stories {
                    text.push_str(story);
                    text.push_str("\n\n");
                    if text.len() >= bytes {
                        break;
                    }
                }
            }
        }
        Err(_) => {
            eprintln!("{shared} is absent: benchmarking on the fallback article, repeated");
            while text.len() < bytes {
                text.push_str(FALLBACK_ARTICLE);
                text.push_str("\n\n");
            }
        }
    }
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn summarize(c: &mut Criterion) {
    let mut group = c.benchmark_group("summarize");
    for (name, bytes) in [("5KB", 5_000), ("100KB", 100_000), ("1MB", 1_000_000)] {
        let text = corpus(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if bytes >= 1_000_000 {
            group.sample_size(20);
        }
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| Summarizer::default().summarize(black_box(text), Length::SHORT))
        });
    }
    group.finish();
}

/// About `bytes` of short paragraphs that name many people and quote `he` where only a
/// woman was named: the pronoun finds no one, the worst case of the speaker resolution.
fn unresolvable_pronouns(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 128);
    let mut index = 0;
    while text.len() < bytes {
        text.push_str(&format!(
            "Mary Smith{} spoke at the hall. “We will win this time,” he said. The company said it would wait.\n\n",
            index % 50
        ));
        index += 1;
    }
    text
}

fn quotes(c: &mut Criterion) {
    let mut group = c.benchmark_group("quotes");
    let inputs = [("5KB", 5_000), ("100KB", 100_000), ("1MB", 1_000_000)]
        .map(|(name, bytes)| (name, bytes, corpus(bytes)));
    let worst = (
        "1MB unresolvable pronouns",
        1_000_000,
        unresolvable_pronouns(1_000_000),
    );
    for (name, bytes, text) in inputs.into_iter().chain([worst]) {
        group.throughput(Throughput::Bytes(text.len() as u64));
        if bytes >= 1_000_000 {
            group.sample_size(20);
        }
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| QuoteFinder.find(black_box(text)))
        });
    }
    group.finish();
}

/// What the app does for a text: read it once, summarize it, find its quotes, build both reports.
fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    for (name, bytes) in [("5KB", 5_000), ("1MB", 1_000_000)] {
        let text = corpus(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if bytes >= 1_000_000 {
            group.sample_size(20);
        }
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| {
                let document = Document::new(black_box(text));
                let summary = Summarizer::default().summarize_document(&document, Length::SHORT);
                let quotes = QuoteFinder.find_in(&document);
                (
                    SummaryReport::of(&document, &summary),
                    QuotesReport::of(&document, &quotes),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, summarize, quotes, analysis);
criterion_main!(benches);
