//! The summarizer's promises, at every length a person can ask for.

use std::ops::Range;

use nutgraf_engine::{Document, Length, Summarizer, Summary};

use super::{check_ordered, Checked};

/// The lengths tried besides `Sentences(0..=n)`: the app's short, medium and long, word
/// budgets from none to more than an article has, and ratios inside, at and beyond 0..=1.
pub const LENGTHS_BEYOND_SENTENCES: [Length; 12] = [
    Length::SHORT,
    Length::MEDIUM,
    Length::LONG,
    Length::Words(0),
    Length::Words(1),
    Length::Words(25),
    Length::Words(100_000),
    Length::Ratio(0.0),
    Length::Ratio(0.5),
    Length::Ratio(1.0),
    Length::Ratio(-1.0),
    Length::Ratio(f64::NAN),
];

/// Summarizes `document` at each of `lengths`, checking each with [`check_summary`].
pub fn check_summaries(document: &Document, lengths: &[Length]) -> Checked {
    let summarizer = Summarizer::default();
    for &length in lengths {
        let summary = summarizer.summarize_document(document, length);
        check_summary(document, &summary, length).map_err(|error| format!("at {length:?}: {error}"))?;
    }
    Ok(())
}

/// Every length tried on `document`: `Sentences` of each of [`sentence_counts`], then
/// [`LENGTHS_BEYOND_SENTENCES`].
pub fn every_length(document: &Document) -> Vec<Length> {
    let by_count = sentence_counts(document).into_iter().map(Length::Sentences);
    by_count.chain(LENGTHS_BEYOND_SENTENCES).collect()
}

/// `count` lengths of [`every_length`], picked by a hash of the text: what a fuzz target
/// tries on one input, so that an execution costs a few summaries and every length is
/// still tried over many inputs.
pub fn sampled_lengths(document: &Document, count: usize) -> Vec<Length> {
    let every = every_length(document);
    let mut hash = text_hash(document.original());
    (0..count)
        .map(|_| {
            hash = hash.rotate_left(17).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            every[(hash % every.len() as u64) as usize]
        })
        .collect()
}

/// The sentence counts tried on a document of n sentences: 0 to 3, n - 1, n, n + 1, the
/// largest count, and one count in 0..=n picked by a hash of the text. Every count of 0..=n
/// is so tried over many inputs while each input costs a few summaries, not n.
pub fn sentence_counts(document: &Document) -> Vec<usize> {
    let total = document.sentences().len();
    let picked = (text_hash(document.original()) % (total as u64 + 1)) as usize;
    let mut counts = vec![
        0,
        1,
        2,
        3,
        total.saturating_sub(1),
        total,
        total + 1,
        usize::MAX,
        picked,
    ];
    counts.sort_unstable();
    counts.dedup();
    counts
}

/// FNV-1a of `text`: a cheap, stable hash to pick lengths by.
fn text_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
    })
}

/// A summary's promises: it counts the document's sentences; it chooses some of them, in
/// article order, no more than the length allows (at least one when the article has any and
/// the length allows one), within the word budget unless only one sentence is chosen; each
/// chosen span lies within its own sentence of the original, in order, scored in 0..=1.
pub fn check_summary(document: &Document, summary: &Summary, length: Length) -> Checked {
    let total = document.sentences().len();
    if summary.total_sentences != total {
        return Err(format!(
            "total_sentences is {}, the document has {total}",
            summary.total_sentences
        ));
    }
    let budget = length.budget(total);
    let chosen = summary.sentences.len();
    if chosen > budget.sentences.max(1).min(total) || (chosen == 0 && total > 0 && budget.sentences > 0) {
        return Err(format!(
            "{chosen} sentences chosen of {total} for a budget of {}",
            budget.sentences
        ));
    }
    if let Some(words) = budget.words {
        let used: usize = summary.sentences.iter().map(|sentence| sentence.words).sum();
        if chosen > 1 && used > words {
            return Err(format!("{used} words chosen for a budget of {words}"));
        }
    }
    check_chosen(document, summary)
}

/// Each chosen sentence names a sentence of the document, in increasing order, lies inside
/// it (a source tag or a connective may be cut off its start), and is scored in 0..=1.
fn check_chosen(document: &Document, summary: &Summary) -> Checked {
    let spans: Vec<Range<usize>> = summary
        .sentences
        .iter()
        .map(|sentence| sentence.span.clone())
        .collect();
    check_ordered(document.original(), &spans, "summary sentence")?;
    let mut previous = None;
    for sentence in &summary.sentences {
        let Some(whole) = document.sentences().get(sentence.index) else {
            return Err(format!(
                "summary sentence index {} is past the last sentence",
                sentence.index
            ));
        };
        if previous.is_some_and(|previous| sentence.index <= previous) {
            return Err(format!(
                "summary sentence {} comes after {previous:?}",
                sentence.index
            ));
        }
        previous = Some(sentence.index);
        let whole = document.to_original(whole.clone());
        if sentence.span.start < whole.start || sentence.span.end > whole.end {
            return Err(format!(
                "summary sentence {} {:?} is not inside its sentence {whole:?}",
                sentence.index, sentence.span
            ));
        }
        if !(0.0..=1.0).contains(&sentence.score) {
            return Err(format!(
                "summary sentence {} scores {}",
                sentence.index, sentence.score
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use nutgraf_engine::summarize::ChosenSentence;
    use nutgraf_engine::{Document, Length, Summarizer};

    use super::{check_summary, every_length, sampled_lengths};

    const TEXT: &str = "The council voted on Tuesday. The bridge will close. Repairs take two years.";

    #[test]
    fn a_real_summary_keeps_its_promises() {
        let document = Document::new(TEXT);
        for length in every_length(&document) {
            let summary = Summarizer::default().summarize_document(&document, length);
            assert_eq!(check_summary(&document, &summary, length), Ok(()), "{length:?}");
        }
        assert_eq!(sampled_lengths(&document, 3), sampled_lengths(&document, 3));
    }

    #[test]
    fn a_summary_breaking_a_promise_is_caught() {
        let document = Document::new(TEXT);
        let good = Summarizer::default().summarize_document(&document, Length::SHORT);
        let mut outside = good.clone();
        outside.sentences[0].span = 0..40;
        let error = check_summary(&document, &outside, Length::SHORT).unwrap_err();
        assert!(error.contains("is not inside its sentence"), "{error}");
        let mut too_many = good.clone();
        too_many.sentences.truncate(1);
        too_many.sentences.push(ChosenSentence {
            index: 1,
            span: 31..52,
            score: 0.5,
            words: 4,
            connective_cut: false,
        });
        let error = check_summary(&document, &too_many, Length::Sentences(1)).unwrap_err();
        assert_eq!(error, "2 sentences chosen of 3 for a budget of 1");
        let mut miscounted = good;
        miscounted.total_sentences = 4;
        assert!(check_summary(&document, &miscounted, Length::SHORT).is_err());
    }
}
