//! Finding who said a direct quote, and with which cue, wherever the article puts it: after the
//! quote (`“…,” Rubio explained.`, `“…,” said Mr. Smith.`, `“…”, so Merkel.`), before it
//! (`Rubio said: “…”`, `…, stating, “…”`), or around an interruption (`“…,” he said, “…”`).

use std::ops::Range;

use super::article::Article;
use super::cues::{is_cue_filler, Cue, CueClass};
use super::lists::is_listed;
use super::phrases::{clause_subject, is_proper_name, phrase_after, subject_before};
use crate::lexicon::{ADDRESSEE_OPENERS, ADDRESSEE_VERBS};
use crate::text::quote_marks::mark_char;

/// A speaker and cue found for a quote, as token ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The words naming the speaker, if any.
    pub speaker: Option<Range<usize>>,
    /// The cue's tokens.
    pub cue: Range<usize>,
    /// The token just past the attribution clause, when it follows the quote.
    pub clause_end: Option<usize>,
}

/// How many tokens an attribution after a quote may span.
const AFTER_WINDOW: usize = 16;

/// How many words may name whom a source spoke to between a cue and its quote (`told the
/// host`).
const MAX_ADDRESSEE: usize = 4;

/// The most tokens of a name set off by commas after a described speaker (`Harry J.
/// Kazianis`).
const MAX_NAME_WORDS: usize = 6;

/// How many tokens may stand between a cue and the quote it introduces.
const BEFORE_GAP: usize = 7;

impl Article<'_> {
    /// The speaker and cue in the clause right after a quote whose closing mark is the token
    /// before `from`.
    pub fn after(&self, from: usize) -> Option<Attribution> {
        if self.tokens.get(from)?.line_before() {
            return None;
        }
        if let Some(signed) = self.signature(from) {
            return Some(signed);
        }
        if self.closes_sentence(from) {
            return None;
        }
        let mut at = from;
        while self
            .tokens
            .get(at)
            .is_some_and(|token| matches!(token.text(self.text), "," | "—" | "–" | "-"))
        {
            at += 1;
        }
        let first = self.tokens.get(at)?;
        if first.line_before() {
            return None;
        }
        let mut end = at;
        while end < self.tokens.len()
            && end < at + AFTER_WINDOW
            && !self.ends_clause(end)
            && !self.tokens[end].line_before()
            && !is_quote_mark(self.tokens[end].text(self.text))
            && !self.tokens[end].is(',')
            && !self.tokens[end].is(';')
            && !self.tokens[end].is(':')
        {
            end += 1;
        }
        // An appositive after an inverted subject: `said Cornell Brooks, president of X.`
        let mut clause_end = end;
        if self.tokens.get(end).is_some_and(|token| token.is(',')) {
            let mut next = end + 1;
            while next < self.tokens.len()
                && next < end + AFTER_WINDOW
                && !self.ends_clause(next)
                && !self.tokens[next].line_before()
                && !self.tokens[next].is(',')
                && !is_quote_mark(self.tokens[next].text(self.text))
            {
                next += 1;
            }
            if self.ends_clause(next) && self.cue_in(at..end).is_some() {
                clause_end = next;
            }
        }
        // `so Merkel` (German) and French inversions `a-t-il déclaré`, `dit-elle`.
        if let Some(word) = self.word(at) {
            if word == "so" && self.tokens[at].is_lowercase(self.text) {
                let speaker = phrase_after(self.text, self.tokens, at + 1, end)?;
                return Some(Attribution {
                    speaker: Some(speaker),
                    cue: at..at + 1,
                    clause_end: Some(clause_end),
                });
            }
            if is_french_inversion(word) {
                let cue = if self.cue(at + 1).is_some() {
                    at + 1..at + 2
                } else {
                    at..at + 1
                };
                return Some(Attribution {
                    speaker: Some(at..at + 1),
                    cue,
                    clause_end: Some(clause_end),
                });
            }
        }
        let (cue_at, cue, speaker) = match self.cue_in(at..end) {
            Some((cue_at, cue)) => {
                if cue.participle && cue_at == at {
                    // `“…,” adding that …` continues an earlier subject; not attributed here.
                    return None;
                }
                let speaker = match cue.class {
                    CueClass::SourceFollows => phrase_after(self.text, self.tokens, cue.tokens.end, end),
                    _ if cue_at == at || self.only_auxiliaries(at..cue_at) => {
                        phrase_after(self.text, self.tokens, cue.tokens.end, end)
                    }
                    _ => {
                        let subject = subject_before(self.text, self.tokens, cue_at, at)?;
                        if subject.start != at {
                            return None;
                        }
                        Some(subject)
                    }
                };
                (cue_at, cue, speaker)
            }
            None => self
                .after_appositive(at, end)
                .or_else(|| self.after_adjectives(at, end))?,
        };
        let speaker = speaker.map(|speaker| self.named_appositive(&speaker).unwrap_or(speaker));
        // `“…”. Russia insisted that …` starts a new report rather than attributing the quote.
        let tail = speaker
            .as_ref()
            .map_or(cue.tokens.end, |speaker| speaker.end.max(cue.tokens.end));
        let report_follows = self.word(tail).is_some_and(|word| match word {
            "that" | "dass" | "que" => true,
            "to" => !self.addressee_at(tail + 1),
            _ => false,
        });
        if cue.class == CueClass::Thought && cue_at > at || report_follows {
            return None;
        }
        Some(Attribution {
            speaker,
            cue: cue.tokens.clone(),
            clause_end: Some(clause_end),
        })
    }

    /// `said to the crowd`, `told to Reuters`, `said to reporters`: whether the words from
    /// `index` name whom a source spoke to, rather than begin an infinitive (`said to be`).
    fn addressee_at(&self, index: usize) -> bool {
        let Some(word) = self.word(index) else {
            return false;
        };
        self.tokens[index].is_capitalized(self.text)
            || is_listed(ADDRESSEE_OPENERS, word)
            || is_object_pronoun(word) && word != "it"
            || ["ers", "ors", "ists"].iter().any(|ending| word.ends_with(ending))
    }

    /// `footage of Hillary Clinton saying, “…”`: the capitalised words right before a
    /// participle, within the clause from `floor`, name who speaks.
    fn name_before(&self, verb: usize, floor: usize) -> Option<Range<usize>> {
        let mut start = verb;
        while start > floor
            && self.tokens[start - 1].is_word()
            && self.tokens[start - 1].is_capitalized(self.text)
        {
            start -= 1;
        }
        (start < verb && start > floor).then_some(start..verb)
    }

    /// `says Wise’s dad, Darrin.`, `said her lawyer, Ana Lima, on Monday`: the name set off by
    /// commas right after a speaker who is only described, when the name ends the clause or
    /// is followed by a comma.
    fn named_appositive(&self, speaker: &Range<usize>) -> Option<Range<usize>> {
        let comma = speaker.end;
        if !self.tokens.get(comma).is_some_and(|token| token.is(','))
            || is_proper_name(self.text, self.tokens, speaker.clone())
        {
            return None;
        }
        let name = phrase_after(self.text, self.tokens, comma + 1, comma + 1 + MAX_NAME_WORDS)?;
        let closes = self.ends_clause(name.end)
            || self
                .tokens
                .get(name.end)
                .is_some_and(|token| token.is(',') || is_quote_mark(token.text(self.text)));
        (closes && is_proper_name(self.text, self.tokens, name.clone())).then_some(name)
    }

    /// `told the host, “…”`, `said to reporters: “…”`: the words between a cue and the comma
    /// or colon before a quote are a short phrase naming whom the source spoke to (after `to`,
    /// or after a verb whose object is the person told).
    fn addressee_between(&self, cue: &Cue, words: Range<usize>) -> bool {
        let start = match self.word(words.start) {
            Some("to") => words.start + 1,
            _ if self
                .word(cue.tokens.start)
                .is_some_and(|verb| is_listed(ADDRESSEE_VERBS, verb)) =>
            {
                words.start
            }
            _ => return false,
        };
        words.len() <= MAX_ADDRESSEE && start < words.end && self.addressee_at(start)
    }

    /// `… is “out of control.” The agency said …`: a full stop inside the closing marks,
    /// followed by a capital, ends the sentence, so what follows begins a new one.
    fn closes_sentence(&self, from: usize) -> bool {
        let mut stop = from;
        while stop > 0
            && self
                .tokens
                .get(stop - 1)
                .is_some_and(|token| is_quote_mark(token.text(self.text)))
        {
            stop -= 1;
        }
        stop < from
            && stop > 0
            && self.tokens[stop - 1].is('.')
            && self
                .tokens
                .get(from)
                .is_some_and(|token| token.is_capitalized(self.text))
    }

    /// `“…” ― Krystal Correa`: a dash and a name closing the line sign the quote.
    fn signature(&self, from: usize) -> Option<Attribution> {
        let dash = self.tokens.get(from)?;
        if !matches!(dash.text(self.text), "―" | "—" | "–" | "-") {
            return None;
        }
        let mut at = from + 1;
        while self
            .tokens
            .get(at)
            .is_some_and(|token| matches!(token.text(self.text), "-" | "—" | "―"))
        {
            at += 1;
        }
        if !self
            .tokens
            .get(at)
            .is_some_and(|token| token.is_capitalized(self.text) && !token.line_before())
        {
            return None;
        }
        let mut end = at;
        while self.tokens.get(end).is_some_and(|token| {
            !token.line_before()
                && (token.is_capitalized(self.text) || token.is('.') || token.is_word() && end > at)
        }) && end < at + 6
        {
            end += 1;
        }
        let line_ends = self.tokens.get(end).is_none_or(|token| token.line_before());
        if !line_ends {
            return None;
        }
        let mut name_end = end;
        while name_end > at && !self.tokens[name_end - 1].is_word() {
            name_end -= 1;
        }
        Some(Attribution {
            speaker: Some(at..name_end),
            cue: from..from + 1,
            clause_end: None,
        })
    }

    /// `“…,” Leonard E. Burman, director of the Tax Policy Center, said.`: a name, an
    /// appositive set off by commas, then the verb, all before the sentence ends.
    fn after_appositive(&self, at: usize, comma: usize) -> Option<(usize, &Cue, Option<Range<usize>>)> {
        let name = phrase_after(self.text, self.tokens, at, comma)?;
        if name.end != comma || !self.tokens.get(comma).is_some_and(|token| token.is(',')) {
            return None;
        }
        let first = &self.tokens[at];
        let starts_like_name = first.is_capitalized(self.text)
            || self
                .word(at)
                .is_some_and(|word| matches!(word, "the" | "a" | "an" | "one" | "another"));
        if !starts_like_name {
            return None;
        }
        let mut index = comma + 1;
        while index < self.tokens.len()
            && index < comma + 2 * AFTER_WINDOW
            && !self.ends_clause(index)
            && !self.tokens[index].line_before()
            && !is_quote_mark(self.tokens[index].text(self.text))
        {
            if self.tokens[index].is(',') {
                let verb = index + 1;
                let cue = self.cue(verb).or_else(|| {
                    self.word(verb)
                        .filter(|word| is_cue_filler(word))
                        .and_then(|_| self.cue(verb + 1))
                });
                if let Some(cue) = cue.filter(|cue| matches!(cue.class, CueClass::Speech) && !cue.participle)
                {
                    // `the harbour master, Tom Reyes, told`: the name, not the role, speaks.
                    let appositive = comma + 1..index;
                    let named_role = !appositive.is_empty()
                        && is_proper_name(self.text, self.tokens, appositive.clone())
                        && !is_proper_name(self.text, self.tokens, name.start + 1..name.end);
                    let speaker = if named_role { appositive } else { name };
                    return Some((cue.tokens.start, cue, Some(speaker)));
                }
            }
            index += 1;
        }
        None
    }

    /// `“…,” the lanky, bespectacled professor said.`: a description whose adjectives a
    /// comma at `comma` separates, then its noun and a verb of saying.
    fn after_adjectives(&self, at: usize, comma: usize) -> Option<(usize, &Cue, Option<Range<usize>>)> {
        let determiner = self
            .word(at)
            .is_some_and(|word| matches!(word, "the" | "a" | "an"));
        let lowercase =
            |index: usize| self.tokens[index].is_word() && self.tokens[index].is_lowercase(self.text);
        let adjectives = at + 1..comma;
        if !determiner
            || adjectives.is_empty()
            || adjectives.len() > 2
            || !adjectives.clone().all(lowercase)
            || !self.tokens.get(comma).is_some_and(|token| token.is(','))
            || self
                .word(comma + 1)
                .is_none_or(|word| matches!(word, "who" | "which" | "whose" | "whom" | "that"))
        {
            return None;
        }
        let glued_hyphen = |index: usize| {
            self.tokens[index].is('-') && self.tokens[index - 1].end() == self.tokens[index].start()
        };
        let cue_at = (comma + 1..self.tokens.len().min(comma + 1 + MAX_NAME_WORDS))
            .take_while(|&index| lowercase(index) || glued_hyphen(index))
            .find(|&index| index > comma + 1 && self.cue(index).is_some())?;
        let cue = self
            .cue(cue_at)
            .filter(|cue| cue.class == CueClass::Speech && !cue.participle)?;
        Some((cue_at, cue, Some(at..cue_at)))
    }

    /// The speaker and cue introducing a quote whose opening mark is token `open`, looking
    /// back no further than token `floor`.
    pub fn before(&self, open: usize, floor: usize) -> Option<Attribution> {
        let mut end = open;
        while end > floor && self.tokens[end - 1].kind() != crate::text::tokens::TokenKind::Word {
            if !matches!(self.tokens[end - 1].text(self.text), ":" | "," | "—" | "–" | "-") {
                break;
            }
            end -= 1;
        }
        let lowest = end.saturating_sub(BEFORE_GAP).max(floor);
        let Some(cue_at) = (lowest..end).rev().find(|&at| {
            self.cue(at).is_some_and(|cue| {
                matches!(cue.class, CueClass::Speech | CueClass::SourceFollows) && cue.tokens.end <= end
            })
        }) else {
            return self.colon_before(open, end, floor);
        };
        let cue = self.cue(cue_at)?;
        if (cue.tokens.end..end)
            .any(|at| self.ends_clause(at) || is_quote_mark(self.tokens[at].text(self.text)))
        {
            return None;
        }
        // Only fillers may stand between the cue and the quote (`told reporters on Tuesday:`,
        // `said Smith,`); `said he was “absolutely right”` weaves a fragment into a sentence.
        let only_fillers = (cue.tokens.end..end).all(|at| {
            let token = &self.tokens[at];
            !token.is_word()
                || token.is_capitalized(self.text)
                || self
                    .word(at)
                    .is_some_and(|word| is_cue_filler(word) || is_object_pronoun(word))
        });
        let addressed = end < open && self.addressee_between(cue, cue.tokens.end..end);
        if !(only_fillers || addressed) {
            return None;
        }
        let introduced = end < open
            || cue.tokens.end == open
                && self.tokens[open + 1..]
                    .iter()
                    .find(|token| token.is_word())
                    .is_some_and(|token| token.is_capitalized(self.text));
        if !introduced {
            return None;
        }
        let speaker = match cue.class {
            CueClass::SourceFollows => phrase_after(self.text, self.tokens, cue.tokens.end, end),
            _ if cue.participle => self
                .name_before(cue_at, floor)
                .or_else(|| clause_subject(self.text, self.tokens, floor, cue_at))
                .or_else(|| subject_before(self.text, self.tokens, cue_at, floor)),
            _ => subject_before(self.text, self.tokens, cue_at, floor)
                .or_else(|| clause_subject(self.text, self.tokens, floor, cue_at))
                .or_else(|| {
                    // `said Smith: “…”`
                    phrase_after(self.text, self.tokens, cue.tokens.end, end)
                }),
        };
        Some(Attribution {
            speaker,
            cue: cue.tokens.clone(),
            clause_end: None,
        })
    }

    /// `Reid: “…”`, `he gave the Texan a back-handed compliment: “…”`: a colon introduces the
    /// quote; the colon is the cue and the clause's subject (or a short label) the speaker.
    fn colon_before(&self, open: usize, end: usize, floor: usize) -> Option<Attribution> {
        if end >= open || !self.tokens[end].is(':') || end <= floor {
            return None;
        }
        let label = floor..end;
        let short_label = label.len() <= 4 && self.tokens[floor].is_capitalized(self.text);
        let speaker = if short_label {
            Some(label)
        } else {
            clause_subject(self.text, self.tokens, floor, end)
                .filter(|subject| self.tokens[subject.start].is_word() && subject.len() <= 6)
        };
        speaker.as_ref()?;
        Some(Attribution {
            speaker,
            cue: end..end + 1,
            clause_end: None,
        })
    }

    /// The first cue starting within `range`.
    fn cue_in(&self, range: Range<usize>) -> Option<(usize, &Cue)> {
        range.clone().find_map(|at| self.cue(at).map(|cue| (at, cue)))
    }

    /// True when every token of `range` is an auxiliary verb or a French reflexive pronoun
    /// (`a déclaré`, `has said`, `se félicite`, `s'est réjoui`).
    fn only_auxiliaries(&self, range: Range<usize>) -> bool {
        range.clone().all(|at| {
            self.word(at).is_some_and(|word| {
                matches!(
                    word,
                    "a" | "ont" | "hat" | "has" | "had" | "ha" | "han" | "se" | "s'est" | "s’est"
                )
            })
        })
    }
}

/// Pronouns that may follow a cue before a quote: `told him:`, `said he:`.
fn is_object_pronoun(word: &str) -> bool {
    matches!(
        word,
        "him" | "her" | "them" | "us" | "me" | "he" | "she" | "they" | "it" | "we" | "i"
    )
}

/// `a-t-il`, `dit-elle`, `estime-t-on`: a French verb with its subject pronoun after it.
fn is_french_inversion(word: &str) -> bool {
    ["-il", "-elle", "-ils", "-elles", "-on"]
        .iter()
        .any(|suffix| word.ends_with(suffix))
        && word.len() > 4
}

/// True for a token that is a quote mark.
pub(crate) fn is_quote_mark(token: &str) -> bool {
    mark_char(token).is_some()
}
