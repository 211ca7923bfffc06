//! Canonical speaker names: the fullest name the article gives a person (`U.S. Secretary of
//! State Marco Rubio` … `Rubio` … `he` → "Marco Rubio"), pronouns resolved to the latest
//! compatible speaker, and anonymous sources kept as the article words them.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::rc::Rc;

use super::descriptions::{description, Description};
use super::lists::{is_listed, is_listed_lowercased};
use super::organisations::is_organisation;
use super::phrases::SUBJECT_PRONOUNS;
use crate::lexicon::{
    DEMONYMS, FEMALE_FIRST_NAMES, FEMALE_TITLES, MALE_FIRST_NAMES, MALE_TITLES, NOT_NAMES, OFFICE_NOUNS,
    PLACE_NAMES, ROLE_WORDS, SENTENCE_OPENERS, SUBJECT_OPENERS,
};
use crate::text::stopwords::is_stopword;
use crate::text::tokens::Token;
use crate::text::Language;

/// How many earlier speakers a pronoun may reach back to.
const PRONOUN_REACH: usize = 24;

/// How many of the names before a pronoun or a description it may stand for when no speaker
/// or subject does (bounded, so that a long text is read in linear time).
const NAMED_REACH: usize = 48;

/// How far back (in bytes, about a paragraph) `they` looks for the group it stands for, and
/// `it` for the organisation.
const GROUP_REACH: usize = 800;

/// Capitalised plurals that name groups of people.
const CAPITALISED_GROUPS: &[&str] = &["Democrats", "Republicans"];

/// How many sentences may begin between a person named but not quoted and a pronoun for the
/// pronoun to prefer them over the latest speaker: the same sentence or the one before.
const NEAR_SENTENCES: usize = 2;

/// A person the article names, as a candidate for the pronouns after it.
#[derive(Debug, Clone)]
struct Mention {
    /// The byte position of the mention (which [`MAX_TEXT_BYTES`](crate::text::MAX_TEXT_BYTES)
    /// keeps within a `u32`).
    at: u32,
    /// The canonical name, shared by the mentions of one name (a long text has hundreds of
    /// thousands of mentions).
    name: Rc<str>,
    /// How the article names them there.
    kind: MentionKind,
}

/// How a person or organisation is named where a [`Mention`] stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MentionKind {
    /// As a quote's speaker.
    Speaker,
    /// As the source of an attribution that is no quote (`Foster believes`).
    Source,
    /// Anywhere else: as a sentence's subject, or a person the article names.
    Mentioned,
}

/// A speaker's grammatical gender, when the article shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// Every proper name of an article, for turning mentions into canonical names.
#[derive(Debug, Default)]
pub(crate) struct NameBook {
    /// Full names by their last word (lower case): (name, how often it occurs).
    by_last_word: FxHashMap<String, Vec<(String, usize)>>,
    /// Genders learned from honorifics, by canonical name.
    genders: FxHashMap<String, Gender>,
    /// Named people already given as speakers, or named as the subject of a sentence, in
    /// article order.
    named_speakers: Vec<Mention>,
    /// Groups already given as speakers (`officials`), in article order: (byte position, phrase).
    groups: Vec<(usize, String)>,
    /// Names of three words or more by the acronym of their initials (`EDC` → `Export
    /// Development Canada`), when the article uses that acronym as a name too.
    spelled_out: FxHashMap<String, String>,
    /// The names the article gives a title such as `Dr.` or `Sen.`: people.
    titled: FxHashSet<String>,
    /// The names the article writes with a capital inside a sentence: proper nouns.
    proper: FxHashSet<String>,
    /// Where the article's sentences begin (bytes), in order.
    sentence_starts: Vec<u32>,
    /// The people and organisations the article names, in article order: (byte position,
    /// number of the name among the distinct names), eight bytes a mention, as a long text
    /// names people hundreds of thousands of times.
    named_people: Vec<(u32, u32)>,
    /// The fullest name of each distinct name the article names, by its number; `None` when
    /// it names no one (a word that only opens sentences).
    people_names: Vec<Option<Rc<str>>>,
    /// The quote whose speaker is being named (bytes): the people it names do not say it.
    quoted: Range<usize>,
    /// Where each name was first given as a speaker or source (bytes), by canonical name.
    first_spoke: FxHashMap<String, u32>,
    /// The offices the article gives people (`Surrey Mayor Doug McCallum`: `mayor`), by the
    /// last word of their name (lower case).
    offices: FxHashMap<String, Vec<String>>,
}

impl NameBook {
    /// Collects the proper names of the article; those on the lines `in_caption` (by token
    /// index) tells are photo captions name no one the article follows.
    pub fn new(text: &str, tokens: &[Token], in_caption: impl Fn(usize) -> bool) -> Self {
        let mut book = Self::default();
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        // Where each name stands, by its number among the distinct names: a long text names
        // people hundreds of thousands of times.
        let mut named: Vec<(u32, u32)> = Vec::new();
        let mut distinct = DistinctNames::default();
        let mut index = 0;
        while index < tokens.len() {
            if !tokens[index].is_capitalized(text) {
                index += 1;
                continue;
            }
            let start = index;
            index += 1;
            while index < tokens.len() && continues_name(text, tokens, index) {
                index += 1;
            }
            let mut words = run_words(text, &tokens[start..index]);
            // `le ministre du Travail Olivier Dussopt`: the department is no part of the name.
            if words.len() >= 3 && follows_role_complement(text, tokens, 0, start) {
                words.remove(0);
            }
            let gender = words
                .first()
                .and_then(|first| title_gender(first))
                .or_else(|| article_gender(text, tokens, start));
            if let Some(name) = bare_name(&words) {
                // `Dr. Bowes`, `Sen. Warren`: a title before a name makes a person.
                let titled = words.len() > 1
                    && words.first().is_some_and(|first| {
                        first.ends_with('.') && is_listed_lowercased(ROLE_WORDS, first.trim_end_matches('.'))
                    });
                if titled {
                    book.titled.insert(name.clone());
                }
                if let Some(gender) = gender {
                    book.genders.insert(name.clone(), gender);
                }
                let before = start.checked_sub(1).map(|at| tokens[at].text(text));
                book.note_offices(&name, before.into_iter().chain(words.iter().copied()));
                // `(Ryan Remiorz/The Canadian Press)`: a credit names no one in the story.
                let credit = tokens.get(index).is_some_and(|token| token.is('/'))
                    || start > 0 && tokens[start - 1].is('/');
                if !credit && !in_caption(start) {
                    named.push((tokens[start].start() as u32, distinct.number(&name)));
                }
                // A capital inside a sentence makes a proper noun (`shares of Tesla`).
                let inside_sentence = start > 0
                    && !tokens[start].line_before()
                    && (tokens[start - 1].is_word() || tokens[start - 1].is(','));
                if inside_sentence {
                    book.proper.insert(name.clone());
                }
                *counts.entry(name).or_default() += 1;
            }
        }
        for name in counts.keys() {
            let acronym = initials(name);
            if acronym.len() >= 3 && counts.contains_key(&acronym) {
                book.spelled_out.insert(acronym, name.clone());
            }
        }
        for (name, count) in counts {
            let last = last_word_key(&name);
            book.by_last_word.entry(last).or_default().push((name, count));
        }
        for names in book.by_last_word.values_mut() {
            names.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.len().cmp(&a.0.len())).then(a.0.cmp(&b.0)));
        }
        book.note_named_people(named, &distinct.names);
        book
    }

    /// Notes the people and organisations `named` (at a byte position, by their number among
    /// the distinct `names`), each by its fullest name, found once a distinct name.
    fn note_named_people(&mut self, mut named: Vec<(u32, u32)>, names: &[String]) {
        self.people_names = names
            .iter()
            .map(|name| {
                let full = self.fullest(name);
                let names_someone =
                    self.is_person_name(&full) || self.is_proper_name(&full) || is_organisation(&full);
                names_someone.then(|| Rc::from(full))
            })
            .collect();
        named.retain(|&(_, number)| self.people_names[number as usize].is_some());
        named.shrink_to_fit();
        self.named_people = named;
    }

    /// The canonical name for the speaker phrase at byte range `span` (mentioned at byte
    /// `position`): a proper name made full, a pronoun resolved, or the phrase itself as
    /// running text writes it ([`Self::as_running_text`]).
    pub fn canonical(
        &mut self,
        text: &str,
        tokens: &[Token],
        phrase: Range<usize>,
        position: usize,
    ) -> String {
        let words: Vec<&Token> = tokens[phrase.clone()].iter().collect();
        let phrase_text = match (words.first(), words.last()) {
            (Some(first), Some(last)) => text.get(first.start()..last.end()).unwrap_or_default(),
            _ => "",
        };
        if words.len() == 1 {
            // `a-t-il`, `dit-elle`: the pronoun after the last hyphen.
            let lower = phrase_text
                .rsplit('-')
                .next()
                .unwrap_or(phrase_text)
                .to_lowercase();
            if SUBJECT_PRONOUNS.contains(lower.as_str()) {
                let Some(name) = self.resolve_pronoun(&lower, position) else {
                    return self.as_running_text(phrase_text, position);
                };
                // The person a pronoun stood for spoke here: the next pronoun starts from them.
                if !is_organisation(&name) && !is_plural_group(&name) {
                    self.note(position, &name, MentionKind::Speaker);
                }
                return name;
            }
        }
        let written: Vec<&str> = phrase_text.split_whitespace().collect();
        if let Some(described) = description(&written) {
            let resolved = match described {
                Description::Document(Some(owner)) => self.resolve_pronoun(owner, position),
                _ => self.resolve_description(&described, position),
            };
            let Some(name) = resolved else {
                return self.as_running_text(phrase_text, position);
            };
            self.note(position, &name, MentionKind::Speaker);
            return name;
        }
        let Some(name) = self.head_name(text, tokens, phrase.clone()) else {
            // Without a name, a capital only opens the sentence: `Officials said`.
            let running = self.as_running_text(phrase_text, position);
            if words
                .last()
                .is_some_and(|last| is_plural_group(&last.text(text).to_lowercase()))
            {
                self.groups.push((position, running.clone()));
            }
            return running;
        };
        let full = self.fullest(&name);
        let full = self.as_running_text(&full, position);
        // `Tore Sohlberg and Lehla Abreder said`: the pair is who `they` stands for next.
        if let Some(group) = group_named(text, tokens, phrase.clone()) {
            self.groups.push((position, group));
        }
        let gender = words.first().and_then(|first| title_gender(first.text(text)));
        if let Some(gender) = gender {
            self.genders.entry(full.clone()).or_insert(gender);
        }
        // `Officials said`: one capitalised plural the article never writes fuller is a group
        // whose capital opens the sentence.
        let group = is_plural_group(&full)
            || words.len() == 1 && full == name && is_plural_group(&full.to_lowercase());
        if group {
            self.groups.push((position, full.clone()));
        } else {
            self.note(position, &full, MentionKind::Speaker);
        }
        full
    }

    /// The proper name heading a phrase: the first capitalised run followed by the phrase's
    /// end or a comma (`Hugh Hill, a doctor`, `said Mr. Smith`), without roles in front.
    fn head_name(&self, text: &str, tokens: &[Token], phrase: Range<usize>) -> Option<String> {
        let mut index = phrase.start;
        while index < phrase.end {
            if !tokens[index].is_capitalized(text) {
                index += 1;
                continue;
            }
            let start = index;
            index += 1;
            while index < phrase.end && continues_name(text, tokens, index) {
                index += 1;
            }
            let mut words = run_words(text, &tokens[start..index]);
            // `la maire de Paris`, `the mayor of Paris`: a run after a role and a complement
            // names the place or body, not the speaker; past its first word it may name them
            // (`le ministre du Travail Olivier Dussopt`).
            if follows_role_complement(text, tokens, phrase.start, start) {
                if words.len() < 3 {
                    continue;
                }
                words.remove(0);
            }
            // `die Gewerkschaft`, `Der Minister`: a German noun after its article names nobody.
            let after_article = start > phrase.start && is_german_article(tokens[start - 1].text(text));
            let opens_with_article = words.len() == 2
                && words
                    .first()
                    .is_some_and(|first| is_german_article(&first.to_lowercase()));
            if words.len() == 1 && after_article || opens_with_article {
                continue;
            }
            // `Mr. Morgan of the Sierra Club`: a name before its affiliation heads the phrase.
            let affiliated = index < phrase.end
                && tokens[index].is_word()
                && matches!(
                    tokens[index].text(text),
                    "of" | "from" | "at" | "von" | "de" | "del" | "du"
                )
                && words.last().is_some_and(|last| {
                    !super::lists::is_listed_lowercased(ROLE_WORDS, last.trim_end_matches('.'))
                });
            // `Mr. Schultz generally said`: an adverb may follow the name (but `Mr. Smith’s
            // family` is the family's).
            let possessive = words.last().is_some_and(|last| strip_possessive(last).is_some());
            let adverbs_only = !possessive
                && tokens[index..phrase.end]
                    .iter()
                    .all(|token| token.is_word() && token.text(text).ends_with("ly"));
            // The token after the run may be past the last one (`said Clinton's` ending the text).
            let comma_or_bracket = tokens
                .get(index)
                .is_some_and(|token| token.is(',') || token.is('('));
            let heads_phrase = adverbs_only || comma_or_bracket || affiliated;
            if heads_phrase {
                if let Some(name) = bare_name(&words) {
                    return Some(name);
                }
            }
        }
        None
    }

    /// The fullest name of the article ending with the same word as `name` and containing it.
    fn fullest(&self, name: &str) -> String {
        // `EDC`: the name the article spells out with those initials.
        if let Some(spelled_out) = self.spelled_out.get(name) {
            return spelled_out.clone();
        }
        let Some(candidates) = self.by_last_word.get(&last_word_key(name)) else {
            return name.to_owned();
        };
        let parts: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
        candidates
            .iter()
            .filter(|(candidate, _)| {
                let candidate_parts: Vec<String> = candidate.split(' ').map(str::to_lowercase).collect();
                candidate_parts.len() >= parts.len()
                    && parts.iter().all(|part| candidate_parts.contains(part))
            })
            .max_by(|a, b| {
                let more_words = a.0.split(' ').count().min(2).cmp(&b.0.split(' ').count().min(2));
                more_words.then(a.1.cmp(&b.1))
            })
            .map_or_else(|| name.to_owned(), |(candidate, _)| candidate.clone())
    }

    /// The latest named speaker before `position` whose gender fits the pronoun (a person, not
    /// an organisation); for `it`, the latest organisation named shortly before; for `they`,
    /// the latest group that spoke shortly before (`officials`, `show insiders`).
    fn resolve_pronoun(&mut self, pronoun: &str, position: usize) -> Option<String> {
        if matches!(pronoun, "they" | "ils" | "elles" | "ellos" | "ellas") {
            return self
                .groups
                .iter()
                .rev()
                .find(|(at, _)| *at <= position)
                .filter(|(at, _)| position - at <= GROUP_REACH)
                .map(|(_, group)| group.clone());
        }
        if pronoun == "it" {
            return self
                .earlier(position)
                .take_while(|mention| position - mention.at as usize <= GROUP_REACH)
                .find(|mention| self.may_be_organisation(mention))
                .map(|mention| mention.name.to_string());
        }
        let wanted = match pronoun {
            "he" | "il" | "er" | "él" => Some(Gender::Male),
            // German `sie` is also `they`; a single speaker is far the commoner reading.
            "she" | "elle" | "ella" | "sie" => Some(Gender::Female),
            _ => None,
        };
        let wanted = wanted?;
        let found = self
            .most_salient(position, |mention| {
                self.gender_of(&mention.name)
                    .is_none_or(|gender| gender == wanted)
            })
            .map(|mention| mention.name.to_string())?;
        self.genders.entry(found.clone()).or_insert(wanted);
        Some(found)
    }

    /// Records someone named in the text (not as a quote's speaker) as a candidate for later
    /// pronouns and descriptions: the `source` of an attribution that is no quote (`Foster
    /// believes`), a person whose gender is known or an organisation; never a photo credit (`Ryan Remiorz/The
    /// Canadian Press`).
    pub fn note_person(
        &mut self,
        text: &str,
        tokens: &[Token],
        phrase: Range<usize>,
        position: usize,
        source: bool,
    ) {
        let credit = tokens.get(phrase.end).is_some_and(|token| token.is('/'));
        if let Some(group) = group_named(text, tokens, phrase.clone()) {
            let group = self.as_running_text(&group, position);
            self.groups.push((position, group));
            return;
        }
        if let Some(name) = self.head_name(text, tokens, phrase).filter(|_| !credit) {
            let full = self.fullest(&name);
            let noted = self.as_running_text(&full, position);
            if source {
                self.note(position, &noted, MentionKind::Source);
            } else if self.gender_of(&full).is_some()
                || self.is_person_name(&full)
                || is_organisation(&full)
                || self.is_proper_name(&full)
            {
                self.note(position, &noted, MentionKind::Mentioned);
            }
        }
    }

    /// Records the offices among `words` (those of a name's run, and the one before it) for the
    /// person `name`: `Surrey Mayor Doug McCallum`, `city councillor Jane Doe`.
    fn note_offices<'w>(&mut self, name: &str, words: impl Iterator<Item = &'w str>) {
        for word in words {
            let lower = word.trim_end_matches('.').to_lowercase();
            if is_listed(OFFICE_NOUNS, &lower) && !name.to_lowercase().contains(&lower) {
                let offices = self.offices.entry(last_word_key(name)).or_default();
                if !offices.contains(&lower) {
                    offices.push(lower);
                }
            }
        }
    }

    /// The person that fits whom a pronoun or description at `position` most likely stands
    /// for: among the speakers and subjects noted so far, the person just named, or else the
    /// latest who has spoken in the article, or else the latest person noted; failing those, the latest person the
    /// article names.
    fn most_salient(&self, position: usize, fits: impl Fn(&Mention) -> bool) -> Option<Mention> {
        // Whom a quote names is not who says it (`“I told Mike …,” he said`).
        let outside_quote = |mention: &Mention| !self.quoted.contains(&(mention.at as usize));
        let fits = |mention: &Mention| outside_quote(mention) && fits(mention);
        let people = || {
            self.earlier(position)
                .filter(|mention| self.may_be_person(mention) && fits(mention))
        };
        let latest = people().next();
        let noted = match latest {
            Some(mention) if self.sentences_between(mention.at as usize, position) <= NEAR_SENTENCES => {
                Some(mention)
            }
            _ => people()
                .find(|mention| {
                    mention.kind != MentionKind::Mentioned || self.spoke_before(&mention.name, position)
                })
                .or(latest),
        };
        noted.cloned().or_else(|| {
            self.named_before(position)
                .find(|mention| self.may_be_person(mention) && fits(mention))
        })
    }

    /// The last [`NAMED_REACH`] people and organisations the article names at or before
    /// `position`, latest first.
    fn named_before(&self, position: usize) -> impl Iterator<Item = Mention> + '_ {
        let before = self
            .named_people
            .partition_point(|&(at, _)| at as usize <= position);
        self.named_people[..before]
            .iter()
            .rev()
            .take(NAMED_REACH)
            .filter_map(|&(at, number)| {
                let name = self.people_names[number as usize].clone()?;
                Some(Mention {
                    at,
                    name,
                    kind: MentionKind::Mentioned,
                })
            })
    }

    /// `phrase`, mentioned at byte `position`, as running text writes it: a capital that only
    /// opens the sentence is lowered (`The crew`, `Police`, `He` become `the crew`, `police`,
    /// `he`), so that a speaker named at a sentence's start and within one is one speaker. Only
    /// a phrase opened by a pronoun or a word of `SUBJECT_OPENERS` (a determiner, a plural noun
    /// of people), with no other capital, is changed: `The Times`, `Democrats` stay.
    fn as_running_text(&self, phrase: &str, position: usize) -> String {
        let opens_sentence = self.sentence_starts.binary_search(&(position as u32)).is_ok();
        let first = phrase.split(' ').next().unwrap_or_default();
        let lower = first.to_lowercase();
        let common = (SUBJECT_PRONOUNS.contains(lower.as_str()) && lower != "i")
            || (is_listed(SUBJECT_OPENERS, &lower) && !CAPITALISED_GROUPS.contains(&first));
        let mut letters = phrase.chars();
        match letters.next() {
            Some(capital)
                if capital.is_uppercase() && opens_sentence && common && !letters.any(char::is_uppercase) =>
            {
                capital.to_lowercase().chain(phrase.chars().skip(1)).collect()
            }
            _ => phrase.to_owned(),
        }
    }

    /// How many sentences begin after byte `from` and at or before byte `to`.
    fn sentences_between(&self, from: usize, to: usize) -> usize {
        let starts = &self.sentence_starts;
        starts.partition_point(|&start| start as usize <= to)
            - starts.partition_point(|&start| start as usize <= from)
    }

    /// The book with the byte offsets where the article's sentences begin, in order, by which
    /// it tells a person just named from one named sentences before.
    pub fn with_sentence_starts(mut self, starts: Vec<u32>) -> Self {
        self.sentence_starts = starts;
        self
    }

    /// The last [`PRONOUN_REACH`] speakers and subjects noted at or before `position`, latest
    /// first.
    fn earlier(&self, position: usize) -> impl Iterator<Item = &Mention> {
        latest_before(&self.named_speakers, position, PRONOUN_REACH)
    }

    /// Sets the quote (bytes) whose speaker the next calls name: a pronoun or description
    /// never stands for someone named inside it.
    pub fn naming_speaker_of(&mut self, quote: Range<usize>) {
        self.quoted = quote;
    }

    /// True when `name` was given as a speaker or source at or before byte `position`.
    fn spoke_before(&self, name: &str, position: usize) -> bool {
        self.first_spoke
            .get(name)
            .is_some_and(|&at| at as usize <= position)
    }

    /// Records that `name` is named at byte `position`, keeping the mentions in article order
    /// (a quote may be given the speaker of an earlier one).
    fn note(&mut self, position: usize, name: &str, kind: MentionKind) {
        if kind != MentionKind::Mentioned {
            let first = self.first_spoke.entry(name.to_owned()).or_insert(position as u32);
            *first = (*first).min(position as u32);
        }
        let index = self
            .named_speakers
            .partition_point(|mention| mention.at as usize <= position);
        self.named_speakers.insert(
            index,
            Mention {
                at: position as u32,
                name: Rc::from(name),
                kind,
            },
        );
    }

    /// What a description stands for at byte `position`: for an office, the latest person the
    /// article introduced with it; for a person described, the latest person quoted; for an
    /// organisation, the latest organisation named. `None` when nobody fits.
    fn resolve_description(&self, described: &Description, position: usize) -> Option<String> {
        let found = match described {
            Description::Office(office) => {
                let holds = |mention: &Mention| {
                    self.offices
                        .get(&last_word_key(&mention.name))
                        .is_some_and(|offices| offices.contains(office))
                };
                self.earlier(position)
                    .find(|mention| holds(mention))
                    .cloned()
                    .or_else(|| self.named_before(position).find(|mention| holds(mention)))
            }
            Description::Person => self.most_salient(position, |_| true),
            Description::Document(_) => self
                .earlier(position)
                .find(|mention| mention.kind != MentionKind::Mentioned)
                .cloned(),
            Description::Organisation => self
                .earlier(position)
                .find(|mention| self.may_be_organisation(mention))
                .cloned()
                .or_else(|| {
                    // Among names never given as speakers, only those plainly an organisation's.
                    self.named_before(position).find(|mention| {
                        is_organisation(&mention.name)
                            || mention.name.contains(' ') && self.is_proper_name(&mention.name)
                    })
                }),
        };
        found.map(|mention| mention.name.to_string())
    }

    /// True when a mention may name a person: named like one, or a quote's speaker that is no
    /// organisation and no place.
    fn may_be_person(&self, mention: &Mention) -> bool {
        self.is_person_name(&mention.name)
            || mention.kind == MentionKind::Speaker
                && !self.may_be_organisation(mention)
                && !is_place(&mention.name)
    }

    /// True when a mention may name an organisation: named like one (`Defence Ministry`), or a
    /// speaker or source that is neither named like a person nor given a gender (`Tesla`).
    fn may_be_organisation(&self, mention: &Mention) -> bool {
        is_organisation(&mention.name)
            || (mention.kind != MentionKind::Mentioned || self.is_proper_name(&mention.name))
                && !is_place(&mention.name)
                && !self.is_person_name(&mention.name)
                && self.gender_of(&mention.name).is_none()
                && !self.offices.contains_key(&last_word_key(&mention.name))
    }

    /// The gender of the person `name` names, when the article (an honorific) or the first
    /// name tells it.
    fn gender_of(&self, name: &str) -> Option<Gender> {
        self.genders
            .get(name)
            .copied()
            .or_else(|| first_name_gender(name))
    }

    /// True when `name` is a proper noun that names no person: written with capitals inside a
    /// sentence, or two words or more, and not named like a person or a place (`Tesla`,
    /// `Export Development Canada`).
    fn is_proper_name(&self, name: &str) -> bool {
        (self.proper.contains(name) || name.contains(' '))
            && !self.is_person_name(name)
            && !is_place(name)
            && !name
                .split(' ')
                .all(|word| is_stopword(Language::English, &word.to_lowercase()))
    }

    /// True when `name` looks like a person's: not an organisation's or a place's, and its
    /// gender is known or it is two to four words that open with a capital and go on in lower
    /// case, none a function word (`Many Out`) or a place (`Statistics Canada`).
    fn is_person_name(&self, name: &str) -> bool {
        if is_organisation(name) || is_place(name) || names_a_people(name) {
            return false;
        }
        if self.gender_of(name).is_some() || self.titled.contains(name) {
            return true;
        }
        let words: Vec<&str> = name.split(' ').collect();
        (2..=4).contains(&words.len())
            && !words.iter().any(|word| is_place(word))
            && words.iter().all(|word| {
                let mut chars = word.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && word.chars().count() > 1
                    && chars.all(|c| c.is_lowercase() || c == '-')
                    && !is_stopword(Language::English, &word.to_lowercase())
            })
    }
}

/// The distinct names of an article, each numbered once.
#[derive(Debug, Default)]
struct DistinctNames {
    names: Vec<String>,
    numbers: FxHashMap<String, u32>,
}

impl DistinctNames {
    /// The number of `name`, given it when it is new.
    fn number(&mut self, name: &str) -> u32 {
        if let Some(&number) = self.numbers.get(name) {
            return number;
        }
        let number = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.numbers.insert(name.to_owned(), number);
        number
    }
}

/// True when the token at `index` continues the capitalised run before it: another
/// capitalised word on the same line, or the full stop of a title or initial inside a name
/// (`Mr.`, `J.`, `U.S.`). `Fox. WALLACE` and a heading above a paragraph are two runs.
fn continues_name(text: &str, tokens: &[Token], index: usize) -> bool {
    let same_line = index == 0
        || !text
            .get(tokens[index - 1].end()..tokens[index].start())
            .unwrap_or_default()
            .contains('\n');
    let next_capitalized = tokens
        .get(index + 1)
        .is_some_and(|next| next.is_capitalized(text));
    let name_stop = super::phrases::is_name_stop(text, tokens, index) && next_capitalized;
    // `Procter & Gamble`, `AT&T`.
    let ampersand = tokens[index].is('&') && next_capitalized;
    same_line && (tokens[index].is_capitalized(text) || name_stop || ampersand)
}

/// True when the capitalised run at token `run` of a phrase starting at `phrase_start` follows
/// a lower-case role and a complement (`maire de`, `mayor of`, `ministre de la`, `patron du`).
fn follows_role_complement(text: &str, tokens: &[Token], phrase_start: usize, run: usize) -> bool {
    let mut at = run;
    if at > phrase_start && matches!(tokens[at - 1].text(text), "la" | "the") {
        at -= 1;
    }
    if at == phrase_start {
        return false;
    }
    // The complement is the token before (an elided `d'État` included), the role the one
    // before it.
    let complement_at = at - 1;
    let complement = tokens[complement_at].text(text);
    let elided = complement.starts_with("d'") || complement.starts_with("d’");
    // German nouns are capitalised: `der Sprecher des Ministeriums`, `ein Sprecher der Polizei`.
    let german = matches!(complement, "des" | "der" | "von" | "vom");
    let is_complement = elided || german || matches!(complement, "of" | "de" | "du");
    is_complement && complement_at > phrase_start && {
        let role = &tokens[complement_at - 1];
        role.is_lowercase(text) || german && role.is_capitalized(text)
    }
}

/// A capitalised German noun for a role before a name (`Bundesfinanzminister Peer
/// Steinbrück`, `RTL-Chefin Anke Schäferkordt`, `Trainer Jürgen Klopp`): it ends as one of
/// the German speaker nouns.
fn is_german_role(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && crate::lexicon::de::SPEAKER_NOUNS
            .iter()
            .any(|ending| lower.ends_with(ending))
}

/// A German article, whose capitalised noun is no name (`die Polizei`, `einem Sprecher`).
fn is_german_article(word: &str) -> bool {
    matches!(
        word,
        "der"
            | "die"
            | "das"
            | "dem"
            | "den"
            | "des"
            | "ein"
            | "eine"
            | "einer"
            | "eines"
            | "einem"
            | "einen"
    )
}

/// The words of a run of tokens as written, full stops kept with their abbreviations.
fn run_words<'a>(text: &'a str, run: &[Token]) -> Vec<&'a str> {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return Vec::new();
    };
    text.get(first.start()..last.end())
        .unwrap_or_default()
        .split_whitespace()
        .collect()
}

/// The capitals of a name's words, the small words (`of`, `and`, `the`, `&`) left out:
/// `Export Development Canada` → `EDC`; empty for a name of fewer than three words.
fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split(' ')
        .filter(|word| !matches!(*word, "of" | "and" | "the" | "for" | "&"))
        .collect();
    if words.len() < 3 {
        return String::new();
    }
    words
        .iter()
        .filter_map(|word| word.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// The last `reach` of `mentions` (in article order) at or before byte `position`, latest
/// first.
fn latest_before(mentions: &[Mention], position: usize, reach: usize) -> impl Iterator<Item = &Mention> {
    let before = mentions.partition_point(|mention| mention.at as usize <= position);
    mentions[..before].iter().rev().take(reach)
}

/// True when `name` is a place the news often names (`Nova Scotia`, `Seoul`).
fn is_place(name: &str) -> bool {
    is_listed(PLACE_NAMES, &name.to_lowercase())
}

/// True when `name` ends in a word for the people of a place (`North Korean`, `Black
/// Canadians`): a nationality or a group, not a person.
fn names_a_people(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    is_listed(DEMONYMS, &last)
        || last
            .strip_suffix('s')
            .is_some_and(|singular| is_listed(DEMONYMS, singular))
}

/// The gender the first name of `name` tells (`Doug McCallum`: male), if it tells one.
fn first_name_gender(name: &str) -> Option<Gender> {
    let first = name.split(' ').next()?.to_lowercase();
    if is_listed(MALE_FIRST_NAMES, &first) {
        Some(Gender::Male)
    } else if is_listed(FEMALE_FIRST_NAMES, &first) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender an honorific shows.
fn title_gender(word: &str) -> Option<Gender> {
    let bare = word.trim_end_matches('.');
    if super::lists::is_listed_lowercased(MALE_TITLES, bare) {
        Some(Gender::Male)
    } else if super::lists::is_listed_lowercased(FEMALE_TITLES, bare) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a French or German article gives the role before a name (`la ministre Agnès
/// X`, `le préfet Pierre Y`, `die Ministerin Ursula Z`), for the run of capitalised words
/// starting at token `run`.
fn article_gender(text: &str, tokens: &[Token], run: usize) -> Option<Gender> {
    let role = tokens.get(run.checked_sub(1)?)?;
    if !role.is_word() {
        return None;
    }
    match tokens.get(run.checked_sub(2)?)?.text(text) {
        "la" | "La" | "die" | "Die" => Some(Gender::Female),
        "le" | "Le" | "der" | "Der" => Some(Gender::Male),
        _ => None,
    }
}

/// A run of capitalised words without roles in front and a possessive behind, if a name
/// remains.
fn bare_name(words: &[&str]) -> Option<String> {
    use super::lists::is_listed_lowercased;
    let mut start = 0;
    // The last role word before the name proper: `Secretary of State Marco Rubio`.
    for (at, word) in words.iter().enumerate() {
        let bare = word.trim_end_matches('.');
        if at + 1 < words.len()
            && (is_listed_lowercased(ROLE_WORDS, bare)
                || is_listed_lowercased(OFFICE_NOUNS, bare)
                || is_german_role(bare))
        {
            start = at + 1;
        }
    }
    let mut name: Vec<&str> = words.get(start..).unwrap_or_default().to_vec();
    // A sentence's first word is capitalised too: `But Trump`, `When PolitiFact`, `Auch Lee`.
    let opener = name
        .iter()
        .take_while(|word| {
            is_listed_lowercased(SENTENCE_OPENERS, word)
                || is_listed_lowercased(crate::lexicon::de::SENTENCE_OPENERS, word)
        })
        .count();
    if opener < name.len() {
        name.drain(..opener);
    }
    if let Some(last) = name.last_mut() {
        if let Some(stripped) = strip_possessive(last) {
            *last = stripped;
        }
    }
    name.retain(|word| !word.is_empty());
    // `You’re`, `We’ll`, `Don’t`: contractions are not names.
    if name.iter().any(|word| is_contraction(word)) {
        return None;
    }
    if name.is_empty() || name.iter().all(|word| is_listed_lowercased(NOT_NAMES, word)) {
        return None;
    }
    Some(name.join(" "))
}

/// `word` without its possessive ending (`Smith’s`, `Smith's`, `Jones’`, `Jones'`), when it
/// has one.
fn strip_possessive(word: &str) -> Option<&str> {
    ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|possessive| word.strip_suffix(possessive))
}

/// The words of `phrase` when they name a group that `they` may stand for: people joined by
/// `and` (`Tore Sohlberg and Lehla Abreder`), or a plural of people (`Republican senators`,
/// `The Conservatives`).
fn group_named(text: &str, tokens: &[Token], phrase: Range<usize>) -> Option<String> {
    let words: Vec<&Token> = tokens[phrase].iter().filter(|token| token.is_word()).collect();
    let (first, last) = (words.first()?, words.last()?);
    let joined = words.windows(3).any(|three| {
        three[1].text(text) == "and" && three[0].is_capitalized(text) && three[2].is_capitalized(text)
    });
    let last_word = last.text(text);
    let capitalised_plural = words.len() > 1
        && first.text(text).eq_ignore_ascii_case("the")
        && last.is_capitalized(text)
        && is_plural_group(&last_word.to_lowercase());
    let group = joined || is_plural_group(last_word) || capitalised_plural;
    group.then(|| text[first.start()..last.end()].to_owned())
}

/// True when a phrase ending in `word` names a group of people: `officials`, `critics`,
/// `show insiders`, `Democrats` (not `analysis` or `campus`).
fn is_plural_group(word: &str) -> bool {
    let lowercase_plural = word.len() > 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|ending| word.ends_with(ending));
    lowercase_plural || CAPITALISED_GROUPS.contains(&word)
}

fn is_contraction(word: &str) -> bool {
    if !word.contains(['’', '\'']) {
        return false;
    }
    let lower = word.to_lowercase();
    [
        "’re", "'re", "’m", "'m", "’ll", "'ll", "’ve", "'ve", "’d", "'d", "n’t", "n't",
    ]
    .iter()
    .any(|ending| lower.ends_with(ending))
}

fn last_word_key(name: &str) -> String {
    name.rsplit(' ').next().unwrap_or(name).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    #[test]
    fn names_are_made_full_and_pronouns_resolved() {
        let text = "U.S. Secretary of State Marco Rubio went. Rubio said. Then he said.";
        let tokens = tokenize(text);
        let mut book = NameBook::new(text, &tokens, |_| false);
        let rubio = tokens
            .iter()
            .position(|token| token.text(text) == "Rubio" && token.start() > 30);
        let Some(rubio) = rubio else {
            panic!("no second Rubio");
        };
        assert_eq!(book.canonical(text, &tokens, rubio..rubio + 1, 42), "Marco Rubio");
        let he = tokens
            .iter()
            .position(|token| token.text(text) == "he")
            .unwrap_or_default();
        assert_eq!(book.canonical(text, &tokens, he..he + 1, 60), "Marco Rubio");
    }

    #[test]
    fn a_name_may_be_followed_by_an_adverb_but_not_own_the_phrase() {
        let name_of = |text: &str| {
            let tokens = tokenize(text);
            NameBook::new(text, &tokens, |_| false).canonical(text, &tokens, 0..tokens.len(), 0)
        };
        assert_eq!(name_of("Ed Schultz generally"), "Ed Schultz");
        assert_eq!(name_of("Ed Schultz’s family"), "Ed Schultz’s family");
        assert_eq!(name_of("Ed Jones' family"), "Ed Jones' family");
    }

    #[test]
    fn names_stop_at_a_sentence_end_or_a_line_break() {
        let text = "Ms. Jane Ortiz spoke to Fox. Wallace asked in Ohio.\nPolls closed, said J. K. Rowling.";
        let book = NameBook::new(text, &tokenize(text), |_| false);
        let mut names: Vec<&str> = book
            .by_last_word
            .values()
            .flatten()
            .map(|(name, _)| name.as_str())
            .collect();
        names.sort_unstable();
        assert_eq!(
            names,
            ["Fox", "J. K. Rowling", "Jane Ortiz", "Ohio", "Polls", "Wallace"]
        );
    }

    #[test]
    fn they_stands_for_the_group_that_spoke_just_before() {
        let text = "The report is out, according to show insiders. They said it was late.";
        let tokens = tokenize(text);
        let mut book = NameBook::new(text, &tokens, |_| false);
        let position = |word: &str| tokens.iter().position(|token| token.text(text) == word);
        let (Some(show), Some(they)) = (position("show"), position("They")) else {
            panic!("words missing");
        };
        let at = |index: usize| tokens[index].start();
        assert_eq!(
            book.canonical(text, &tokens, show..show + 2, at(show)),
            "show insiders"
        );
        assert_eq!(
            book.canonical(text, &tokens, they..they + 1, at(they)),
            "show insiders"
        );
        let far = at(they) + GROUP_REACH + 1;
        assert_eq!(book.canonical(text, &tokens, they..they + 1, far), "They");
        assert!(!is_plural_group("analysis") && !is_plural_group("Harris"));
    }

    #[test]
    fn roles_and_possessives_are_stripped() {
        assert_eq!(
            bare_name(&["President", "Donald", "Trump’s"]).as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(bare_name(&["The"]), None);
        assert_eq!(bare_name(&["But", "Trump"]).as_deref(), Some("Trump"));
        assert_eq!(bare_name(&["When", "PolitiFact"]).as_deref(), Some("PolitiFact"));
    }
}
