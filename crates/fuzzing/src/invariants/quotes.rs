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

#[cfg(test)]
mod tests {
    use nutgraf_engine::{Document, QuoteFinder};

    use super::check_found_quotes;

    const TEXT: &str = "“We have waited long enough,” said Ana Lima. “Every week we lose money.”";

    #[test]
    fn quotes_breaking_a_promise_are_caught() {
        let quotes = QuoteFinder.find_in(&Document::new(TEXT));
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(check_found_quotes(TEXT, &quotes), Ok(()));
        let mut split = quotes.clone();
        split[0].span = 1..quotes[0].span.end;
        let error = check_found_quotes(TEXT, &split).unwrap_err();
        assert_eq!(
            error,
            format!("quote 0 1..{} splits a character", quotes[0].span.end)
        );
        let mut partless = quotes.clone();
        partless[0].parts.clear();
        assert!(check_found_quotes(TEXT, &partless)
            .unwrap_err()
            .contains("has no parts"));
        let mut backwards = vec![quotes[0].clone(), quotes[0].clone()];
        backwards[0].span.start += 3;
        assert!(check_found_quotes(TEXT, &backwards)
            .unwrap_err()
            .contains("starts after"));
    }
}
