//! Peak memory: reading an article-like text of about 2 MB (as written, in lower case, and
//! hard-wrapped), summarizing it or finding its quotes, and building the report takes less
//! than [`SUMMARY_BOUND`] and [`QUOTES_BOUND`] times the text's size in heap on top of the
//! text itself. Counted by a global allocator that sees every allocation of this test binary;
//! a `realloc` is the system's, which grows a large block in place, and counts the change in
//! size.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use nutgraf_engine::{Document, Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};
use nutgraf_fuzzing::mutations::wrapping::rewrap;

const ARTICLE: &str = include_str!("fixtures/harbour-article.txt");

/// The most heap, as a multiple of the text's size, that reading a text and summarizing it
/// may take (measured: 3.4 as written, 4.6 in lower case, 4.6 hard-wrapped; the issue measured
/// 13 times the input in peak RSS before).
const SUMMARY_BOUND: f64 = 5.0;

/// The most heap, as a multiple of the text's size, that reading a text and finding its quotes
/// may take (measured: 4.6 as written, 5.7 in lower case, 5.7 hard-wrapped, for this article
/// dense with quotes and names; the issue measured 24 times the input in peak RSS before).
const QUOTES_BOUND: f64 = 6.0;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(now, Ordering::SeqCst);
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::SeqCst);
        // SAFETY: `ptr` was allocated by this allocator with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            let now = IN_USE.fetch_add(new_size - layout.size(), Ordering::SeqCst) + new_size - layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        } else {
            IN_USE.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
        }
        // SAFETY: the caller's block, layout and size are passed on unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The heap that `work` takes at its peak beyond what was in use before it.
fn peak_heap(work: impl FnOnce()) -> usize {
    let before = IN_USE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    work();
    PEAK.load(Ordering::SeqCst) - before
}

/// The fixture article over and over, each copy's headline numbered, to about 2 MB.
fn long_text() -> String {
    let mut text = String::new();
    for copy in 0.. {
        if text.len() >= 2_000_000 {
            break;
        }
        text.push_str(&format!("Story {copy}: {ARTICLE}\n\n"));
    }
    text
}

/// The text's peak heap for a summary and for the quotes, as multiples of its size.
fn peaks(text: &str) -> (f64, f64) {
    let summary = peak_heap(|| {
        let document = Document::new(text);
        let summary = Summarizer::default().summarize_document(&document, Length::SHORT);
        assert_eq!(SummaryReport::of(&document, &summary).sentences.len(), 3);
    });
    let quotes = peak_heap(|| {
        let document = Document::new(text);
        let report = QuotesReport::of(&document, &QuoteFinder.find_in(&document));
        assert!(report.quotes.len() > 1000);
    });
    let size = text.len() as f64;
    (summary as f64 / size, quotes as f64 / size)
}

// One test, so that no other test allocates while it counts.
#[test]
fn summaries_and_quotes_take_less_than_the_bound_in_heap() {
    let text = long_text();
    let forms = [
        ("as written", text.clone()),
        ("in lower case", text.to_lowercase()),
        ("hard-wrapped", rewrap(&text, 72, false)),
    ];
    let measured: Vec<(&str, f64, f64)> = forms
        .iter()
        .map(|(form, text)| {
            let (summary, quotes) = peaks(text);
            eprintln!("{form}: summary {summary:.2}×, quotes {quotes:.2}× the text");
            (*form, summary, quotes)
        })
        .collect();
    for (form, summary, quotes) in measured {
        assert!(
            summary < SUMMARY_BOUND,
            "{form}: a summary took {summary:.2}× the text"
        );
        assert!(
            quotes < QUOTES_BOUND,
            "{form}: the quotes took {quotes:.2}× the text"
        );
    }
}
