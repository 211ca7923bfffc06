//! Speaker spans that can speak: the noun phrase naming the source, without the sentence
//! opener (`And`), the time phrase (`On Wednesday Suncor`, `In 2006 it`) or the adverb (`He
//! probably`) an attribution scan may take in with it; and no speaker at all when what is left
//! cannot speak (`Tuesday`, `That`, `WATCH`, a dateline such as `OTTAWA —`, or a phrase
//! ending in a function word such as `The ad uses footage of`).

use std::ops::Range;

use super::article::Article;
use super::lists::is_listed;
use crate::lexicon::fr::SPEAKER_ENDS as FR_SPEAKER_ENDS;
use crate::lexicon::{
    LINK_LABELS, MONTHS, NOT_NAMES, SENTENCE_OPENERS, TIME_PREPOSITIONS, TIME_WORDS, WEEKDAYS,
};
use crate::text::stopwords::is_stopword;
use crate::text::Language;

/// Pronouns that may stand alone as a speaker.
const SPEAKING_PRONOUNS: &[&str] = &[
    "elle", "elles", "he", "i", "il", "ils", "it", "she", "they", "we", "who", "you",
];

impl Article<'_> {
    /// The tokens of `span` that name a source, or `None` when none of them can.
    pub(crate) fn speaker_span(&self, span: Range<usize>) -> Option<Range<usize>> {
        let mut start = self.past_openers(span.clone());
        let mut end = self.before_french_ending(start..span.end);
        while end > start + 1 && self.is_trailing_adverb(end - 1) {
            end -= 1;
        }
        while start < end && !self.tokens[start].is_word() {
            start += 1;
        }
        (start < end && self.can_speak(start..end)).then_some(start..end)
    }

    /// The first token of `span` past an opening connective (`And`, `But`) and a phrase of
    /// time (`On Wednesday`, `In early November`, `Last week,`), when words are left after it.
    fn past_openers(&self, span: Range<usize>) -> usize {
        let mut at = span.start;
        while at + 1 < span.end
            && self
                .word(at)
                .is_some_and(|word| is_listed(SENTENCE_OPENERS, word))
        {
            at += 1;
        }
        if !self
            .word(at)
            .is_some_and(|word| is_listed(TIME_PREPOSITIONS, word))
        {
            return at;
        }
        let mut past = at + 1;
        while past < span.end && self.is_time_token(past) {
            past += 1;
        }
        // `In early November the company`: the article opens the speaker's phrase.
        if past > at + 2 && past < span.end && self.word(past - 1) == Some("the") {
            past -= 1;
        }
        while past < span.end && self.tokens[past].is(',') {
            past += 1;
        }
        if past > at + 1 && past < span.end {
            past
        } else {
            at
        }
    }

    /// True for a word of a phrase of time: a time word, a weekday, a month, a number, or the
    /// full stop of an abbreviated month (`Jan.`).
    /// Where a speaker's phrase ends before a French day or preposition that follows a word
    /// (`François Bayrou dimanche sur France Inter`, `l'entraîneur après le match`): the end of
    /// `span` when there is none.
    fn before_french_ending(&self, span: Range<usize>) -> usize {
        (span.start + 1..span.end)
            .find(|&at| {
                self.tokens[at - 1].is_word()
                    && self.tokens[at].is_lowercase(self.text)
                    && self.word(at).is_some_and(|word| is_listed(FR_SPEAKER_ENDS, word))
            })
            .unwrap_or(span.end)
    }

    fn is_time_token(&self, at: usize) -> bool {
        let token = &self.tokens[at];
        if token.is('.') {
            return at > 0 && self.word(at - 1).is_some_and(|word| is_listed(MONTHS, word));
        }
        self.word(at).is_some_and(|word| {
            is_listed(TIME_WORDS, word)
                || is_listed(WEEKDAYS, word)
                || is_listed(MONTHS, word)
                || word.chars().all(|c| c.is_ascii_digit())
        })
    }

    /// True for an adverb trailing a speaker: `He probably`, `anyone really`, `EDC, meanwhile`.
    fn is_trailing_adverb(&self, at: usize) -> bool {
        self.tokens[at].is(',')
            || self.word(at).is_some_and(|word| {
                word.ends_with("ly") && word.len() > 3 || matches!(word, "meanwhile" | "too" | "also")
            })
    }

    /// True when the words of `span` can name a source: not a lone function word, time word,
    /// number or link label, not a dateline, and not ending in a function word.
    fn can_speak(&self, span: Range<usize>) -> bool {
        let Some(last) = (span.start..span.end).rev().find_map(|at| self.word(at)) else {
            return false;
        };
        let speaking_pronoun = SPEAKING_PRONOUNS.contains(&last);
        if is_stopword(Language::English, last) && !speaking_pronoun {
            return false;
        }
        if span.len() > 1 || speaking_pronoun {
            return true;
        }
        let dateline = self.tokens[span.start].line_before()
            && self
                .tokens
                .get(span.end)
                .is_some_and(|next| next.is('—') || next.is('–') || next.is('-'))
            && !self.tokens[span.start]
                .text(self.text)
                .chars()
                .any(char::is_lowercase);
        let adverb = last.ends_with("ly") && self.tokens[span.start].is_lowercase(self.text);
        !(dateline
            || adverb
            || is_listed(NOT_NAMES, last)
            || is_listed(LINK_LABELS, last)
            || self.is_time_token(span.start))
    }
}
