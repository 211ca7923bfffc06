use nutgraf_engine::{Document, Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let n: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    for _ in 0..n {
        let document = Document::new(&text);
        let summary = Summarizer::default().summarize_document(&document, Length::SHORT);
        let quotes = QuoteFinder.find_in(&document);
        std::hint::black_box((SummaryReport::of(&document, &summary), QuotesReport::of(&document, &quotes)));
    }
}
