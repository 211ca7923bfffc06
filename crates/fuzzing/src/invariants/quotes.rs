//! The quote finder's promises about the spans of each quote.

use nutgraf_engine::{Document, Quote, QuoteFinder};

use super::{check_ordered, check_span, Checked};

/// Finds the quotes of `document` and checks them with [`check_found_quotes`].
pub fn check_quotes(document: &Document) -> Checked {
    check_found_quotes(document.original(), &QuoteFinder.find_in(document))
}

/// Quotes of `text` keep their promises: they come in article order; each span, part,
/// speaker and cue can be sliced out of `text`; the parts are ordered, not empty, and lie
/// inside the quote's span.
pub fn check_found_quotes(text: &str, quotes: &[Quote]) -> Checked {
    if let Some(index) = quotes
        .windows(2)
        .position(|pair| pair[0].span.start > pair[1].span.start)
    {
        return Err(format!(
            "quote {} {:?} starts after quote {} {:?}",
            index,
            quotes[index].span,
            index + 1,
            quotes[index + 1].span
        ));
    }
    quotes
        .iter()
        .enumerate()
        .try_for_each(|(index, quote)| check_quote(text, quote, index))
}

/// One quote's spans.
fn check_quote(text: &str, quote: &Quote, index: usize) -> Checked {
    check_span(text, &quote.span, &format!("quote {index}"))?;
    check_ordered(text, &quote.parts, &format!("quote {index} part"))?;
    if quote.parts.is_empty() {
        return Err(format!("quote {index} {:?} has no parts", quote.span));
    }
    if let Some(part) = quote
        .parts
        .iter()
        .find(|part| part.start < quote.span.start || part.end > quote.span.end)
    {
        return Err(format!(
            "quote {index} {:?} has a part {part:?} outside it",
            quote.span
        ));
    }
    if let Some(speaker) = &quote.speaker {
        check_span(text, &speaker.span, &format!("quote {index}'s speaker"))?;
    }
    if let Some(cue) = &quote.cue {
        check_span(text, cue, &format!("quote {index}'s cue"))?;
    }
    Ok(())
}
