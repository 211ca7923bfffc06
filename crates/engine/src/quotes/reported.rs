//! Reported (indirect) speech without quote marks: `Rubio said (that) …`, `…, officials said.`,
//! `According to a source, …`, `He added that …`, `X told reporters …`.

use std::ops::Range;

use super::article::Article;
use super::cues::{
    follows_evidence, is_adverb_of_time, is_cue_filler, reports_bare_clause, reports_infinitive, Cue,
    CueClass,
};
use super::lists::is_listed;
use super::phrases::{clause_subject, phrase_after, plausible_subject, subject_before};
use crate::lexicon::{
    ADDRESSEE_VERBS, ADVERBIAL_SMALL_WORDS, AUXILIARIES, BELIEF_CLAUSE_OPENERS, IRREGULAR_PAST_TENSES,
    NOT_CLAUSE_STARTS, NOT_OBJECT_STARTS, PARTICLES, PREAMBLE_WORDS, REPORT_NOUNS,
};
use crate::text::quote_marks::{mark_char, may_close};

/// One reported statement found in a sentence, as token ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reported {
    /// What was reported.
    pub content: Range<usize>,
    /// Who reported it.
    pub speaker: Option<Range<usize>>,
    /// The cue.
    pub cue: Range<usize>,
    /// True for something said or written (`said that …`, `according to`); false for a
    /// belief, a stance, an intention or a question put (`believes`, `criticized`, `vowed
    /// to`, `asked whether`), which are attributions but not quotes.
    pub statement: bool,
}

/// How far after a cue a `that` may open the reported clause.
const MAX_PREAMBLE: usize = 10;

/// Most tokens a reported clause may run to.
const MAX_CLAUSE_TOKENS: usize = 400;

/// How many tokens back from a participle the verb of saying it follows may stand.
const AFTER_QUOTE_WINDOW: usize = 16;

/// Fewest words a reported statement may have.
const MIN_CONTENT_WORDS: usize = 3;

impl Article<'_> {
    /// The reported statement in the sentence made of tokens `sentence`, if there is one.
    /// `blocked` tells which tokens lie inside quoted speech and may not hold a cue.
    pub(crate) fn reported(&self, sentence: Range<usize>, blocked: &dyn Fn(usize) -> bool) -> Vec<Reported> {
        let mut end = sentence.end;
        while end > sentence.start
            && !self.tokens[end - 1].is_word()
            && !is_closing_mark(self.tokens[end - 1].text(self.text))
        {
            end -= 1;
        }
        let body = sentence.start..end;
        let cues: Vec<(usize, &Cue)> = body
            .clone()
            .filter_map(|at| self.cue(at).map(|cue| (at, cue)))
            .filter(|&(at, _)| !blocked(at) && !self.is_passive(body.start, at))
            .collect();
        // An attribution closing the sentence (`…, officials said.`) outranks the verbs
        // inside the statement it closes.
        let trailing = cues.iter().rev().find_map(|&(at, cue)| match cue.class {
            CueClass::Speech => self.trailing(body.clone(), at, cue),
            _ => None,
        });
        if let Some(trailing) = trailing {
            return vec![trailing];
        }
        // Otherwise every report in turn: `X said A, but Y said B.`
        let mut found: Vec<Reported> = Vec::new();
        let mut from = body.start;
        for at in body.clone() {
            if at < from {
                continue;
            }
            let report = match self.cue(at) {
                Some(cue) if !blocked(at) && !self.is_passive(body.start, at) => {
                    self.reported_at(body.clone(), at, cue)
                }
                Some(_) => None,
                None if self.word(at).is_some_and(is_report_noun) && !blocked(at) => {
                    self.noun_report(body.clone(), at)
                }
                None => None,
            };
            if let Some(report) = report {
                from = report.content.end;
                found.push(report);
            }
        }
        found
    }

    /// Where a reported clause starting at `from` ends: at the sentence end, or where a
    /// semicolon, a dash, or a comma before `but`, `although` or another report begins a new
    /// clause.
    pub(crate) fn clause_end(&self, from: usize, end: usize) -> usize {
        let first_possible = from + MIN_CONTENT_WORDS;
        let end = end.min(from + MAX_CLAUSE_TOKENS);
        (first_possible..end)
            .find(|&at| {
                let token = &self.tokens[at];
                if token.is(';')
                    || (token.is('—') || token.is('–')) && self.tokens[at - 1].span.end < token.span.start
                {
                    return true;
                }
                if token.is_word() && matches!(self.word(at), Some("and" | "but")) {
                    // `… and Democrats accused the GOP …`, `… and warned that …`: a new report.
                    return (at + 1..end.min(at + 6)).any(|verb| {
                        self.cue(verb).is_some_and(|cue| {
                            !matches!(cue.class, CueClass::SourceFollows | CueClass::SourcePrecedes)
                                && !cue.participle
                        }) && self.word(verb).is_some_and(is_past_tense)
                            && (verb == at + 1
                                || subject_before(self.text, self.tokens, verb, at + 1)
                                    .is_some_and(|subject| subject.start == at + 1))
                    });
                }
                if !token.is(',') {
                    return false;
                }
                // `“a terrible situation,” but …`: closing marks after the comma.
                let mut at = at;
                while self
                    .tokens
                    .get(at + 1)
                    .is_some_and(|next| is_closing_mark(next.text(self.text)))
                {
                    at += 1;
                }
                let next = self.word(at + 1);
                if next == Some("and")
                    && self.word(at + 2).is_some_and(|word| {
                        matches!(word, "when" | "while" | "if" | "as" | "after" | "then" | "yet")
                    })
                {
                    return true;
                }
                next.is_some_and(|word| {
                    matches!(
                        word,
                        "but" | "although" | "though" | "while" | "whereas" | "however"
                    )
                }) || self.cue(at + 1).is_some_and(|cue| cue.participle)
                    || next == Some("and")
                        && self
                            .word(at + 2)
                            .is_some_and(|word| matches!(word, "he" | "she" | "they" | "it"))
            })
            .unwrap_or(end)
    }

    /// `“…,” the mayor said, adding that …`: the speaker of the verb of saying just before
    /// the participle at `at`, after any quote that opens the sentence.
    fn previous_speaker(&self, start: usize, at: usize) -> Option<Range<usize>> {
        let lowest = start.max(at.saturating_sub(AFTER_QUOTE_WINDOW));
        let floor = (lowest..at)
            .rev()
            .find(|&i| is_closing_mark(self.tokens[i].text(self.text)))
            .map_or(start, |mark| mark + 1);
        let (verb, cue) = (floor..at)
            .rev()
            .find_map(|i| self.cue(i).map(|cue| (i, cue)))
            .filter(|(_, cue)| cue.class == CueClass::Speech && !cue.participle)?;
        let comma = at.checked_sub(1).filter(|&comma| self.tokens[comma].is(','))?;
        // `“…,” said Mr. Smith, adding …`: the speaker follows the verb.
        let verb_opens = verb == floor || verb > 0 && self.tokens[verb - 1].is(',');
        let inverted = phrase_after(self.text, self.tokens, cue.tokens.end, comma)
            .filter(|speaker| verb_opens && speaker.end == comma);
        inverted.or_else(|| subject_before(self.text, self.tokens, verb, floor))
    }

    /// `it was said`, `he was told`: a form of `be` before the verb makes it passive, and its
    /// subject is not the speaker.
    fn is_passive(&self, start: usize, at: usize) -> bool {
        // `is stressing` is progressive, not passive.
        if self.word(at).is_some_and(|word| word.ends_with("ing")) {
            return false;
        }
        let mut index = at;
        while index > start {
            index -= 1;
            match self.word(index) {
                Some("was" | "were" | "is" | "are" | "been" | "being" | "be" | "wurde" | "fue" | "été") => {
                    return true
                }
                Some("also" | "not" | "widely" | "often" | "reportedly" | "never" | "previously") => continue,
                _ => return false,
            }
        }
        false
    }

    /// Whom a verb of telling addresses: a pronoun, a name (`CNN`, `Fox News`), or a short
    /// noun phrase (`reporters`, `the committee`), ending before `end`.
    fn addressee(&self, from: usize, end: usize) -> Option<usize> {
        let mut at = from;
        while at < end
            && self.word(at).is_some_and(|word| {
                matches!(word, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our")
            })
        {
            at += 1;
        }
        let first = self.tokens.get(at).filter(|_| at < end)?;
        if !first.is_word() || self.word(at) == Some("that") {
            return None;
        }
        let mut past = at + 1;
        if first.is_capitalized(self.text) {
            while past < end
                && (self.tokens[past].is_capitalized(self.text)
                    || self.tokens[past].is('.')
                        && self.tokens[past - 1].span.end == self.tokens[past].span.start)
            {
                past += 1;
            }
        }
        Some(past)
    }

    fn reported_at(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        let text = self.text;
        let tokens = self.tokens;
        match cue.class {
            CueClass::SourceFollows => {
                let source = phrase_after(text, tokens, cue.tokens.end, body.end)?;
                let after_source = source.end;
                if at == body.start || self.leads_sentence(body.start, at) {
                    // `According to X, content.`; `Laut Polizei wurde niemand verletzt.`
                    let (source, content_start) = match (after_source..body.end).find(|&i| tokens[i].is(','))
                    {
                        Some(comma) => (source, comma + 1),
                        None => {
                            let name_end = (source.start..source.end)
                                .find(|&i| !tokens[i].is_capitalized(text))
                                .unwrap_or(source.end);
                            if name_end == source.start {
                                return None;
                            }
                            (source.start..name_end, name_end)
                        }
                    };
                    let content = content_start..body.end;
                    return self.enough(content.clone()).then_some(Reported {
                        content,
                        speaker: Some(source),
                        cue: cue.tokens.clone(),
                        statement: true,
                    });
                }
                // `Content, according to X.` or `Content according to X`.
                let content_end = if at > body.start && tokens[at - 1].is(',') {
                    at - 1
                } else {
                    at
                };
                let content = body.start..content_end;
                self.enough(content.clone()).then_some(Reported {
                    content,
                    speaker: Some(source),
                    cue: cue.tokens.clone(),
                    statement: true,
                })
            }
            CueClass::SourcePrecedes => {
                // `Der Regierung zufolge steigen die Preise.`
                let source = body.start..at;
                let content = cue.tokens.end..body.end;
                (at > body.start && at - body.start <= 5 && self.enough(content.clone())).then_some(
                    Reported {
                        content,
                        speaker: Some(source),
                        cue: cue.tokens.clone(),
                        statement: true,
                    },
                )
            }
            CueClass::Stance => self.stance(body, at, cue),
            CueClass::Speech | CueClass::Thought => {
                if let Some(found) = self.trailing(body.clone(), at, cue) {
                    return Some(found);
                }
                if let Some(question) = self.question_put(body.clone(), at, cue) {
                    return Some(question);
                }
                // `complained about the rules`, `spoke of a stone`: what the words were about.
                let next = self.skip_adverbials(cue.tokens.end, body.end);
                if self
                    .word(next)
                    .is_some_and(|word| matches!(word, "about" | "of" | "against" | "over"))
                {
                    return self.stance(body, at, cue);
                }
                let subject = if cue.participle {
                    // `…, adding that …`, `began by saying he would …`: the subject of the
                    // sentence said it.
                    let introduced = at > body.start
                        && (tokens[at - 1].is(',')
                            || self.word(at - 1).is_some_and(|word| {
                                matches!(word, "by" | "after" | "from" | "before" | "while" | "and")
                            }));
                    let that = self.skip_adverbials(cue.tokens.end, body.end);
                    if !introduced && self.word(that) != Some("that") {
                        return None;
                    }
                    clause_subject(text, tokens, body.start, at)
                        .or_else(|| self.previous_speaker(body.start, at))?
                } else {
                    subject_before(text, tokens, at, body.start)
                        .or_else(|| {
                            // `an architect who said he was stiffed`: the relative pronoun.
                            (at > body.start && matches!(self.word(at - 1), Some("who" | "which")))
                                .then(|| at - 1..at)
                        })
                        .or_else(|| {
                            // `Dr. Connie Mariano, who served …, said that …`; `… and warned that …`
                            (at > body.start && (tokens[at - 1].is(',') || self.word(at - 1) == Some("and")))
                                .then(|| clause_subject(text, tokens, body.start, at))
                                .flatten()
                        })?
                };
                if subject.end > at {
                    return None;
                }
                let mut from = cue.tokens.end;
                let lemma_tells = self.word(at).is_some_and(|word| is_listed(ADDRESSEE_VERBS, word));
                if lemma_tells {
                    // Skip whom they told: `told reporters`, `told CNN on Tuesday`.
                    if let Some(past_addressee) = self.addressee(from, body.end) {
                        from = past_addressee;
                    }
                }
                from = self.skip_adverbials(from, body.end);
                while from < body.end && tokens[from].is(',') {
                    from += 1;
                }
                let has_that = self
                    .word(from)
                    .is_some_and(|word| matches!(word, "that" | "dass" | "que"));
                let infinitive = cue.class == CueClass::Thought && self.word(from) == Some("to");
                if !has_that && !infinitive {
                    if let Some(that) = self.that_ahead(from, body.end) {
                        from = that;
                    } else {
                        // `A poll shows Trump with a lead`: records show whatever follows.
                        let shown = follows_evidence(text, tokens, at) && self.starts_clause(from);
                        if cue.class == CueClass::Thought && !self.bare_belief(at, from) && !shown {
                            return None;
                        }
                        if (from..body.end).next().is_some_and(|i| {
                            tokens[i].is(':') || is_closing_mark(tokens[i].text(text)) && !self.opens_word(i)
                        }) {
                            return None;
                        }
                        let promises = self.word(from) == Some("to") && self.takes_infinitive(at);
                        if !self.starts_clause(from) && !promises {
                            return None;
                        }
                    }
                }
                // `vowed to`, `told his aides to`: an intention or an order, not a statement.
                let statement = cue.class == CueClass::Speech && self.word(from) != Some("to");
                let content = from..self.clause_end(from, body.end);
                self.enough(content.clone()).then_some(Reported {
                    content,
                    speaker: Some(subject),
                    cue: cue.tokens.clone(),
                    statement,
                })
            }
        }
    }

    /// `Trump criticized the deal`, `She wants to triple the program`, `He called for a vote`:
    /// the object of a verb of stance, to the end of its clause.
    fn stance(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        let subject = if cue.participle {
            // `…, citing a threat to public health`: the subject of the sentence, or the
            // speaker of the verb of saying just before.
            if at <= body.start || !self.tokens[at - 1].is(',') {
                return None;
            }
            clause_subject(self.text, self.tokens, body.start, at)
                .or_else(|| self.previous_speaker(body.start, at))?
        } else {
            subject_before(self.text, self.tokens, at, body.start)?
        };
        if !plausible_subject(self.text, self.tokens, subject.clone()) {
            return None;
        }
        let mut from = cue.tokens.end;
        from = self.skip_adverbials(from, body.end);
        let particle = self.word(from);
        if particle
            .is_some_and(|word| matches!(word, "for" | "on" | "against" | "about" | "out" | "of" | "over"))
        {
            from += 1;
        }
        // `spoke about the plan`, not `spoke for five minutes`.
        let talks = self.word(at).is_some_and(|word| {
            word.starts_with("spo") || word.starts_with("spe") || word.starts_with("talk")
        });
        if talks && !particle.is_some_and(|word| matches!(word, "about" | "of" | "on")) {
            return None;
        }
        let first = self.word(from)?;
        // `called it “shameful”`, `called him a kind man`: a verb of naming reports its
        // object and what it is called, even when the object is a pronoun.
        let names_pronoun = matches!(first, "it" | "him" | "them" | "her" | "himself" | "herself")
            && self.names(at)
            && self.tokens.get(from + 1).is_some_and(|next| {
                next.is_word() && !self.word(from + 1).is_some_and(is_particle)
                    || is_closing_mark(next.text(self.text))
            });
        if is_listed(NOT_OBJECT_STARTS, first) && !names_pronoun {
            return None;
        }
        let content = from..self.object_end(from, body.end);
        // A bare name is object enough: `Trump attacked Machado`.
        let has_word = self.tokens[content.clone()].iter().any(|token| token.is_word());
        has_word.then_some(Reported {
            content,
            speaker: Some(subject),
            cue: cue.tokens.clone(),
            statement: false,
        })
    }

    /// `When asked by a reporter whether …, Trump said …`, `Asked about the plan, …`: a
    /// question put to someone, reported up to the comma that ends the phrase; whoever asked
    /// it, after `by`, is the source.
    fn question_put(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        if self.word(at) != Some("asked") {
            return None;
        }
        let reduced = at == body.start
            || at == body.start + 1 && self.leads_sentence(body.start, at)
            || at > body.start
                && matches!(
                    self.word(at - 1),
                    Some("when" | "after" | "if" | "once" | "as" | "before" | "while" | "until")
                );
        if !reduced {
            return None;
        }
        let mut from = cue.tokens.end;
        let mut asker = None;
        if self.word(from) == Some("by") {
            let phrase = phrase_after(self.text, self.tokens, from + 1, body.end)?;
            from = phrase.end;
            asker = Some(phrase);
        }
        if !self.word(from).is_some_and(|word| {
            matches!(
                word,
                "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who" | "about" | "to"
            )
        }) {
            return None;
        }
        let end = (from + 1..body.end)
            .find(|&i| self.tokens[i].is(','))
            .unwrap_or(body.end);
        let content = from..end;
        let words = self.tokens[content.clone()]
            .iter()
            .filter(|token| token.is_word())
            .count();
        (words >= 2).then_some(Reported {
            content,
            speaker: asker,
            cue: cue.tokens.clone(),
            statement: false,
        })
    }

    /// True for a verb of naming (`called`, `dubbed`, `labeled`, `branded`, `termed`), whose
    /// object is followed by what it is called.
    fn names(&self, verb: usize) -> bool {
        self.word(verb).is_some_and(|word| {
            ["call", "dub", "label", "brand", "term"]
                .iter()
                .any(|stem| word.starts_with(stem))
        })
    }

    /// Where the object of a verb of stance starting at `from` ends: within its clause, at a
    /// relative clause (`the plan, which …`) or at a second verb joined by `and` or `but`
    /// (`has championed gay rights and extended benefits to …`).
    fn object_end(&self, from: usize, end: usize) -> usize {
        // A clause that ends before the object would start has an empty object.
        let clause_end = self.clause_end(from, end).max(from);
        (from + 1..clause_end)
            .find(|&at| {
                if self.tokens[at].is(',') {
                    return self.word(at + 1).is_some_and(|word| {
                        matches!(
                            word,
                            "which" | "who" | "where" | "when" | "as" | "after" | "before" | "since"
                        )
                    });
                }
                matches!(self.word(at), Some("and" | "but"))
                    && self
                        .word(at + 1)
                        .is_some_and(|next| is_auxiliary(next) || is_past_tense(next))
            })
            .unwrap_or(clause_end)
    }

    /// `Content, X said.` / `Content, said X.` at the end of the sentence.
    fn trailing(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        let text = self.text;
        let tokens = self.tokens;
        if cue.participle {
            return None;
        }
        // Inverted: `, said X.` / `, said X, a lawyer.`
        let (speaker, clause_start) = if at > body.start && tokens[at - 1].is(',') {
            let speaker = phrase_after(text, tokens, cue.tokens.end, body.end)?;
            // `, said Mr. Smith`, not `, said parents still want schools`.
            if !plausible_subject(text, tokens, speaker.clone())
                || speaker.clone().any(|i| self.cue(i).is_some())
            {
                return None;
            }
            (speaker, at - 1)
        } else {
            let subject = subject_before(text, tokens, at, body.start)?;
            if subject.start == body.start || !tokens[subject.start - 1].is(',') {
                return None;
            }
            (subject.clone(), subject.start - 1)
        };
        let after = self.skip_adverbials(cue.tokens.end.max(speaker.end), body.end);
        let content = if after >= body.end || after + 1 >= body.end && !tokens[after].is_word() {
            // At the end: `Content, X said.`
            body.start..clause_start
        } else if tokens[after].is(',') {
            // In the middle: `Content, X said, more content.` The report is the whole sentence
            // unless an appositive follows an inverted speaker.
            if speaker.start > at {
                body.start..clause_start
            } else {
                body.start..self.clause_end(after + 1, body.end)
            }
        } else {
            return None;
        };
        self.enough(content.clone()).then_some(Reported {
            content,
            speaker: Some(speaker),
            cue: cue.tokens.clone(),
            statement: cue.class == CueClass::Speech,
        })
    }

    /// The first token from `from` past adverbials of time, place and medium (`on Tuesday`,
    /// `in a statement`, `last week`, `recently`), never past `end`.
    fn skip_adverbials(&self, mut from: usize, end: usize) -> usize {
        loop {
            let Some(word) = self.word(from) else {
                return from;
            };
            if from >= end {
                return from;
            }
            if is_adverb_of_time(word) {
                from += 1;
                continue;
            }
            if matches!(
                word,
                "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "late"
            ) {
                // A short phrase ending in a word of time or medium.
                let phrase_end = (from + 1..end.min(from + 5)).find(|&at| {
                    self.word(at)
                        .is_some_and(|word| is_cue_filler(word) && !is_small_word(word))
                });
                let all_fillers = phrase_end.is_some_and(|phrase_end| {
                    (from + 1..phrase_end).all(|at| {
                        self.word(at)
                            .is_some_and(|word| is_cue_filler(word) || is_small_word(word))
                    })
                });
                if let (Some(phrase_end), true) = (phrase_end, all_fillers) {
                    from = phrase_end + 1;
                    continue;
                }
            }
            return from;
        }
    }

    /// `He believes the country is ready`: a verb of belief whose clause opens with a subject
    /// pronoun, a determiner or a name.
    fn bare_belief(&self, verb: usize, from: usize) -> bool {
        let believes = self.word(verb).is_some_and(reports_bare_clause);
        let opens = self
            .tokens
            .get(from)
            .is_some_and(|token| token.is_capitalized(self.text))
            || self.word(from).is_some_and(|word| {
                // `it’s`, `they’re`: the pronoun before the apostrophe.
                let word = word.split(['’', '\'']).next().unwrap_or_default();
                is_listed(BELIEF_CLAUSE_OPENERS, word)
            });
        believes && opens
    }

    /// `the claim that …`, `his warning that …`: a noun of saying or thinking followed by
    /// `that`; the owner before it (`Tulsa police’s claim`) is the source when there is one.
    fn noun_report(&self, body: Range<usize>, at: usize) -> Option<Reported> {
        let noun = self.word(at)?;
        if !is_report_noun(noun) || self.word(at + 1) != Some("that") {
            return None;
        }
        let content = at + 1..self.clause_end(at + 1, body.end);
        let owner = (at > body.start)
            .then(|| at - 1)
            .filter(|&before| {
                let word = self.tokens[before].text(self.text);
                word.ends_with("’s")
                    || word.ends_with("'s")
                    || matches!(word.to_lowercase().as_str(), "his" | "her" | "their" | "its")
            })
            .map(|before| {
                let start = (body.start..before)
                    .rev()
                    .take_while(|&i| self.tokens[i].is_capitalized(self.text))
                    .last()
                    .unwrap_or(before);
                start..before + 1
            });
        self.enough(content.clone()).then_some(Reported {
            content,
            speaker: owner,
            cue: at..at + 1,
            statement: false,
        })
    }

    /// `vowed to`, `promised to`, `told his aides to`, `urged Congress to`: verbs of saying
    /// whose report may be an infinitive.
    fn takes_infinitive(&self, verb: usize) -> bool {
        self.word(verb).is_some_and(reports_infinitive)
    }

    /// True when the mark at `at` opens a word glued to it (`"budget`), rather than closing.
    fn opens_word(&self, at: usize) -> bool {
        self.tokens
            .get(at + 1)
            .is_some_and(|next| next.is_word() && next.span.start == self.tokens[at].span.end)
    }

    /// True when only an adverb or conjunction stands between the sentence start and `at`.
    fn leads_sentence(&self, start: usize, at: usize) -> bool {
        at - start <= 1
            && self
                .word(start)
                .is_some_and(|word| matches!(word, "but" | "and" | "also" | "yet"))
    }

    /// `said at an event in Colorado Springs that …`: a `that` a few words on, after nothing
    /// but a phrase of place or time.
    fn that_ahead(&self, from: usize, end: usize) -> Option<usize> {
        (from..end.min(from + MAX_PREAMBLE)).find_map(|at| match self.word(at) {
            Some("that") => Some(Some(at)),
            Some(word) if is_preamble_word(word) || self.tokens[at].is_capitalized(self.text) => None,
            None if matches!(self.tokens[at].text(self.text), "," | ".")
                || mark_char(self.tokens[at].text(self.text)).is_some() =>
            {
                None
            }
            _ => Some(None),
        })?
    }

    /// True when a reported clause may begin at `at`: anything but a preposition, a
    /// particle or a bare interjection.
    fn starts_clause(&self, at: usize) -> bool {
        let Some(token) = self.tokens.get(at) else {
            return false;
        };
        if !token.is_word() {
            return is_closing_mark(token.text(self.text))
                || super::attribution::is_quote_mark(token.text(self.text));
        }
        if token.is_capitalized(self.text)
            || token
                .text(self.text)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        {
            return true;
        }
        self.word(at)
            .is_some_and(|word| !is_listed(NOT_CLAUSE_STARTS, word))
    }

    /// True when `content` has enough words to be a statement.
    fn enough(&self, content: Range<usize>) -> bool {
        content.start < content.end
            && self.tokens[content]
                .iter()
                .filter(|token| token.is_word())
                .count()
                >= MIN_CONTENT_WORDS
    }
}

/// True when the token is a quote mark that may close a quotation (see [`may_close`]).
fn is_closing_mark(token: &str) -> bool {
    mark_char(token).is_some_and(may_close)
}

/// Articles and possessives inside an adverbial phrase.
fn is_small_word(word: &str) -> bool {
    is_listed(ADVERBIAL_SMALL_WORDS, word)
}

/// Words of a phrase of place, time or occasion between a verb and its `that`.
fn is_preamble_word(word: &str) -> bool {
    is_cue_filler(word) || is_small_word(word) || is_adverb_of_time(word) || is_listed(PREAMBLE_WORDS, word)
}

/// Nouns that report what someone said or thought when `that` follows them.
fn is_report_noun(word: &str) -> bool {
    is_listed(REPORT_NOUNS, word)
}

/// A verb form in the past tense: `accused`, `said`, `told`.
fn is_past_tense(word: &str) -> bool {
    word.ends_with("ed") || is_listed(IRREGULAR_PAST_TENSES, word)
}

/// Auxiliaries and adverbs that open a second verb phrase after `and` or `but`.
fn is_auxiliary(word: &str) -> bool {
    is_listed(AUXILIARIES, word)
}

/// Particles of phrasal verbs: `called it off`, `called them out`.
fn is_particle(word: &str) -> bool {
    is_listed(PARTICLES, word)
}
