//! The text layer's promises: one document model whose forms and sentences agree.

use nutgraf_engine::{Document, SentenceSplitter};

use super::{check_ordered, check_reading, check_span, Checked};

/// Checks what `Document` promises: the analysed form has the reading form's length; the
/// sentences are ordered, non-overlapping spans of it, each with something to read and
/// trimmed of the spaces around it; each maps back to an ordered span of the original whose
/// reading is consistent with it; the outermost quoted passages are ordered spans of the analysed form. The plain
/// sentence splitter's sentences of the original are checked the same way.
pub fn check_document(document: &Document) -> Checked {
    let analysed = document.analysed();
    if analysed.len() != document.reading().len() {
        return Err(format!(
            "the analysed form has {} bytes, the reading form {}",
            analysed.len(),
            document.reading().len()
        ));
    }
    check_sentences(document)?;
    let passages: Vec<_> = document
        .quotations()
        .iter()
        .map(|passage| passage.outer())
        .collect();
    check_ordered(analysed, &passages, "quoted passage")?;
    check_splitter(document.original())
}

/// The document's sentences, in the analysed form and mapped back to the original.
fn check_sentences(document: &Document) -> Checked {
    let analysed = document.analysed();
    check_ordered(analysed, document.sentences(), "sentence")?;
    let mut originals = Vec::with_capacity(document.sentences().len());
    for (index, sentence) in document.sentences().iter().enumerate() {
        let words = &analysed[sentence.clone()];
        if words.trim().is_empty() || words.trim().len() != words.len() {
            return Err(format!(
                "sentence {index} {sentence:?} is {words:?}: empty or untrimmed"
            ));
        }
        let original = document.to_original(sentence.clone());
        check_span(
            document.original(),
            &original,
            &format!("sentence {index} in the original"),
        )?;
        let reading = document.reading_of(original.clone());
        check_reading(
            &document.original()[original.clone()],
            &reading,
            &format!("sentence {index}"),
        )?;
        originals.push(original);
    }
    check_ordered(document.original(), &originals, "sentence in the original")
}

/// The sentence splitter run on its own, as `SentenceSplitter::for_text` picks it.
fn check_splitter(text: &str) -> Checked {
    let sentences = SentenceSplitter::for_text(text).split(text);
    check_ordered(text, &sentences, "split sentence")?;
    match sentences
        .iter()
        .position(|sentence| text[sentence.clone()].trim().is_empty())
    {
        Some(index) => Err(format!("split sentence {index} {:?} is blank", sentences[index])),
        None => Ok(()),
    }
}
