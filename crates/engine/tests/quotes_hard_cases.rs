//! Table-driven tests of the quote finder on hard cases: every quotation convention, speakers
//! before, after, inside and before the quote's paragraph, appositives and roles, pronouns,
//! reported and mixed speech, scare quotes and titles, in English, German, French and Spanish.
//! Each case is written out in full: the article, then every quotation it must yield.

use nutgraf_engine::{QuoteFinder, QuoteKind};
use support::{found_line, quote_line, Failures};

mod support;

/// One expected quotation: its kind, its text, the speaker's canonical name and the cue.
struct Expected {
    kind: QuoteKind,
    text: &'static str,
    speaker: Option<&'static str>,
    cue: Option<&'static str>,
}

const fn direct(text: &'static str, speaker: &'static str, cue: &'static str) -> Expected {
    Expected {
        kind: QuoteKind::Direct,
        text,
        speaker: Some(speaker),
        cue: Some(cue),
    }
}

const fn indirect(text: &'static str, speaker: &'static str, cue: &'static str) -> Expected {
    Expected {
        kind: QuoteKind::Indirect,
        text,
        speaker: Some(speaker),
        cue: Some(cue),
    }
}

const fn mixed(text: &'static str, speaker: &'static str, cue: &'static str) -> Expected {
    Expected {
        kind: QuoteKind::Mixed,
        text,
        speaker: Some(speaker),
        cue: Some(cue),
    }
}

/// (article, every quotation it holds, in order)
const CASES: &[(&str, &[Expected])] = &[
    // Speaker before the quote, with a colon.
    (
        "Rubio said: “We have to understand the Ukrainian position.”",
        &[direct("We have to understand the Ukrainian position.", "Rubio", "said")],
    ),
    // Speaker after the quote; the fullest name comes from earlier in the article.
    (
        "Secretary of State Marco Rubio landed in Jeddah. “We will see what they can offer,” Rubio explained.",
        &[direct("We will see what they can offer,", "Marco Rubio", "explained")],
    ),
    // A role, then the name it belongs to, after the quote: the name speaks.
    (
        "“The money is there and the engineers are ready,” the harbour master, Tom Reyes, told reporters.",
        &[direct("The money is there and the engineers are ready,", "Tom Reyes", "told")],
    ),
    // Inverted subject with a title.
    (
        "“The numbers simply do not add up,” said Sen. Elizabeth Warren.",
        &[direct("The numbers simply do not add up,", "Elizabeth Warren", "said")],
    ),
    (
        "John Smith runs the mill. “This is a disaster for the town,” said Mr. Smith.",
        &[direct("This is a disaster for the town,", "John Smith", "said")],
    ),
    // Interrupted quote: one quotation from the first word to the last.
    (
        "Senator Jane Doe arrived late. “We will win,” she said, “and we will do it soon.”",
        &[direct("We will win,” she said, “and we will do it soon.", "Jane Doe", "said")],
    ),
    // Appositive and anonymous role.
    (
        "Hugh Hill, a doctor, said: \"Patients are waiting far too long for care.\"",
        &[direct("Patients are waiting far too long for care.", "Hugh Hill", "said")],
    ),
    (
        "\"We are reviewing the decision carefully,\" a White House spokesperson said.",
        &[direct("We are reviewing the decision carefully,", "a White House spokesperson", "said")],
    ),
    // Participle cue: the speaker is the subject of the clause (whose own object is reported).
    (
        "Rubio emphasized the need for compromise, stating, “Both sides must make concessions.”",
        &[
            indirect("the need for compromise", "Rubio", "emphasized"),
            direct("Both sides must make concessions.", "Rubio", "stating"),
        ],
    ),
    // The speaker is named in the paragraph before, which ends with a colon.
    (
        "Mayor Ann Lee continued:\n\n“We need to act now, before it is too late.”",
        &[direct("We need to act now, before it is too late.", "Ann Lee", "continued")],
    ),
    // Straight single quotes, and a pronoun resolved by gender.
    (
        "Mary Jones and Mr. Tom Brown met on Monday. “I disagree with the plan,” Mrs. Jones said. \
         “It will fail,” Mr. Brown said.\n\n'We will see about that,' she said.",
        &[
            direct("I disagree with the plan,", "Mary Jones", "said"),
            direct("It will fail,", "Tom Brown", "said"),
            direct("We will see about that,", "Mary Jones", "said"),
        ],
    ),
    // Nested quotes stay inside the outer quote.
    (
        "“He told me ‘never again’ and then he left,” she said.",
        &[direct("He told me ‘never again’ and then he left,", "she", "said")],
    ),
    // A quotation over two paragraphs, the second reopening the mark.
    (
        "“The first part of the statement is here.\n\n“The second part follows,” the mayor said.",
        &[direct("The first part of the statement is here.\n\n“The second part follows,", "the mayor", "said")],
    ),
    // Straight double quotes written as two single quotes.
    (
        "''There's a lot of new complexity,'' said Mr. Burman.",
        &[direct("There's a lot of new complexity,", "Burman", "said")],
    ),
    // Whom the source spoke to, after the verb, is no infinitive: the quote stays attributed.
    (
        "“That's right, baby,” Melanie said to the crowd. “I would,” she told reporters.",
        &[
            direct("That's right, baby,", "Melanie", "said"),
            direct("I would,", "Melanie", "told"),
        ],
    ),
    // An interruption naming whom the source told: one quote in two parts, the second in
    // lower case.
    (
        "“Now that I don't have to be politically correct anymore,” he told the host, “it was demoralizing to work for Obama.”",
        &[direct(
            "Now that I don't have to be politically correct anymore,” he told the host, “it was demoralizing to work for Obama.",
            "he",
            "told",
        )],
    ),
    // A document reads: it speaks, and only a document does (`read` after a person is no cue).
    (
        "“We see charter schools offering parents hope,” the letter reads. Mr. Smith read “The Raven” aloud.",
        &[direct("We see charter schools offering parents hope,", "the letter", "reads")],
    ),
    // A name right before a participle speaks, whatever the clause's subject.
    (
        "The ad uses footage of Hillary Clinton saying, “We are ahead.”",
        &[direct("We are ahead.", "Hillary Clinton", "saying")],
    ),
    // A date with its year before the subject; the quote opens the next paragraph.
    (
        "On July 6, 2015, Sanders made the following comment:\n\n“The unemployment rate is 33 percent.”",
        &[direct("The unemployment rate is 33 percent.", "Sanders", ":")],
    ),
    // Two verbs joined by `and`: the subject of the first says it.
    (
        "Once, when my mother brought it up on the highway, I laughed and said, “I don't believe in the devil.”",
        &[direct("I don't believe in the devil.", "I", "said")],
    ),
    // A number with a slash (`9/11`) is one word of the speaker's description; chants are speech.
    (
        "“They are 100 percent wrong,” said 9/11 widow Terry Strada. “Lock them up,” the crowd chanted.",
        &[
            direct("They are 100 percent wrong,", "Terry Strada", "said"),
            direct("Lock them up,", "the crowd", "chanted"),
        ],
    ),
    // An infinitive after the verb (`is said to be`) is hearsay, not the quote's attribution.
    (
        "“The deal is done,” the minister is said to be.",
        &[Expected {
            kind: QuoteKind::Direct,
            text: "The deal is done,",
            speaker: None,
            cue: None,
        }],
    ),
    // A party and state set off by commas, with their abbreviation's full stop, before the verb.
    (
        "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
        &[direct("Our assumption is that the veto will be overridden,", "Mitch McConnell", "said")],
    ),
    // A dash signs the quote.
    (
        "“He cannot answer a question without scaring people first.” ― Krystal Correa\n",
        &[direct("He cannot answer a question without scaring people first.", "Krystal Correa", "―")],
    ),
    // A name before its affiliation is the speaker, not the organisation.
    (
        "“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.",
        &[direct("It was the least bad outcome,", "Morgan", "said")],
    ),
    // Reported speech.
    (
        "Rubio said that the talks would continue next week.",
        &[indirect("that the talks would continue next week", "Rubio", "said")],
    ),
    (
        "The talks will continue next week, officials said.",
        &[indirect("The talks will continue next week", "officials", "said")],
    ),
    (
        "According to a source familiar with the plans, the meeting will take place in Moscow.",
        &[indirect("the meeting will take place in Moscow", "a source familiar with the plans", "According to")],
    ),
    (
        "Witkoff will meet Putin in Moscow, according to a source familiar with the plans.",
        &[indirect("Witkoff will meet Putin in Moscow", "a source familiar with the plans", "according to")],
    ),
    (
        "Senator Tom Reed spoke first. He added that the bill would pass easily.",
        &[indirect("that the bill would pass easily", "Tom Reed", "added")],
    ),
    (
        "Smith told reporters the deal was nearly done.",
        &[indirect("the deal was nearly done", "Smith", "told")],
    ),
    // Mixed: reported speech holding a quoted fragment.
    (
        "Smith said the plan was “a total failure from day one.”",
        &[mixed("the plan was “a total failure from day one.”", "Smith", "said")],
    ),
    // Scare quotes and titles are not speech and do not steal the attribution.
    (
        "The so-called “peace plan” was rejected by Congress, Senator Tom Reed said.",
        &[mixed("The so-called “peace plan” was rejected by Congress", "Tom Reed", "said")],
    ),
    ("She watched “The Empire Strikes Back” again last night.", &[]),
    // Apostrophes are not quote marks.
    (
        "It’s Jones’ car from the ’90s, the officer said.",
        &[indirect("It’s Jones’ car from the ’90s", "the officer", "said")],
    ),
    // An unclosed mark does not swallow the next paragraph.
    (
        "Nothing was said here about “the plan\n\nThe committee said it would meet again in May.",
        &[indirect("it would meet again in May", "the committee", "said")],
    ),
    // German.
    (
        "„Wir schaffen das“, sagte Merkel.",
        &[direct("Wir schaffen das", "Merkel", "sagte")],
    ),
    (
        "»Das ist nicht akzeptabel«, so Scholz.",
        &[direct("Das ist nicht akzeptabel", "Scholz", "so")],
    ),
    (
        "„Wir werden das schaffen“, sagte Bundeskanzlerin Angela Merkel am Montag in Berlin.",
        &[direct("Wir werden das schaffen", "Angela Merkel", "sagte")],
    ),
    (
        "Die Kanzlerin sagte, die Lage sei ernst.",
        &[indirect("die Lage sei ernst", "Die Kanzlerin", "sagte")],
    ),
    (
        "Laut Polizei wurde niemand verletzt.",
        &[indirect("wurde niemand verletzt", "Polizei", "Laut")],
    ),
    (
        "Der Regierung zufolge steigen die Preise weiter.",
        &[indirect("steigen die Preise weiter", "Der Regierung", "zufolge")],
    ),
    // French, with and without inner spaces, and an inverted pronoun.
    (
        "« Nous allons gagner », a déclaré Emmanuel Macron. «C’est une erreur grave», a-t-il ajouté.",
        &[
            direct("Nous allons gagner", "Emmanuel Macron", "déclaré"),
            direct("C’est une erreur grave", "Emmanuel Macron", "ajouté"),
        ],
    ),
    (
        "Le président a déclaré que la réforme serait adoptée.",
        &[indirect("que la réforme serait adoptée", "le président", "déclaré")],
    ),
    (
        "Selon le ministère, la situation est sous contrôle.",
        &[indirect("la situation est sous contrôle", "le ministère", "Selon")],
    ),
    // Spanish.
    (
        "«Vamos a ganar», afirmó el presidente.",
        &[direct("Vamos a ganar", "el presidente", "afirmó")],
    ),
    (
        "\"No habrá más recortes\", dijo la ministra María López.",
        &[direct("No habrá más recortes", "María López", "dijo")],
    ),
    (
        "El ministro afirmó que la economía crecerá este año.",
        &[indirect("que la economía crecerá este año", "el ministro", "afirmó")],
    ),
    (
        "Según fuentes oficiales, el acuerdo se firmará mañana.",
        &[indirect("el acuerdo se firmará mañana", "fuentes oficiales", "Según")],
    ),
    // A full stop inside the closing mark ends the sentence: the next one reports anew.
    (
        "Seoul said Kim's rule is \"spiraling out of control.\" The agency said the regime had shown \"complete disregard of its neighbours.\"",
        &[
            mixed("Kim's rule is \"spiraling out of control.\"", "Seoul", "said"),
            mixed(
                "the regime had shown \"complete disregard of its neighbours.\"",
                "the agency",
                "said",
            ),
        ],
    ),
    // The object of a verb of stance: a bare name is enough, and a second verb ends it.
    (
        // A stance is an attribution, not a quote.
        "Trump attacked Machado. The senator has championed gay rights and extended benefits to couples.",
        &[],
    ),
    // Quoted speech with no verb of its own finishes the reported statement it continues.
    (
        "Clinton said on the other hand, “The current system works fine for people on Medicare.”",
        &[mixed(
            "on the other hand, “The current system works fine for people on Medicare.”",
            "Clinton",
            "said",
        )],
    ),
    // Records and measurements report what they show, with or without `that`.
    (
        // What records show is a finding, not something a source said.
        "A new poll shows Trump with a four-point lead in Ohio.",
        &[],
    ),
    (
        "Polls show that majorities favor letting them stay.",
        &[],
    ),
    (
        "More than 40 percent of that money arrived in February alone, new fundraising reports show.",
        &[],
    ),
    // A progressive verb of saying is the finite verb of its clause, not a passive.
    (
        "Clinton is stressing that her plans will solve the problems facing American families.",
        &[indirect(
            "that her plans will solve the problems facing American families",
            "Clinton",
            "stressing",
        )],
    ),
    (
        "Donald Trump is now telling voters that the military is depleted.",
        &[indirect("that the military is depleted", "Donald Trump", "telling")],
    ),
    // A participle after the attribution of a quote reports for the same speaker.
    (
        "\"We do not see a link to terrorism,\" the mayor said, adding that it would take hours before details emerge.",
        &[
            direct("We do not see a link to terrorism,", "the mayor", "said"),
            indirect("that it would take hours before details emerge", "the mayor", "adding"),
        ],
    ),
    (
        "\"This became personal,\" said Ted Cruz, adding he would never vote for Clinton.",
        &[
            direct("This became personal,", "Ted Cruz", "said"),
            indirect("he would never vote for Clinton", "Ted Cruz", "adding"),
        ],
    ),
    // A first-person belief reports like anyone else's, contractions included.
    (
        // An interview turn names no source, and a belief is not a quote.
        "Q: Why stay? A: I think it's in our interests.",
        &[],
    ),
    // A verb of naming reports an opinion of someone, not something said.
    (
        "Alastair Osman called him a kind, loving and admirable person.",
        &[],
    ),
    // A question put to someone is not a quote; the answer is.
    (
        "When asked by a reporter whether the plan differed from the last one, Trump said it was new.",
        &[indirect("it was new", "Trump", "said")],
    ),
    // The writer's hedges (`is expected to`, `seemed`, `appears to`) quote no one.
    (
        "Obama is expected to join Clinton on the campaign trail soon.",
        &[],
    ),
    (
        "Beneath the pyrotechnics, Mr. Putin seemed most concerned with the economy.",
        &[],
    ),
    (
        "The party turned to Mitt Romney, who is expected to deliver a forceful speech on Thursday.",
        &[],
    ),
    (
        "Clinton appeared on Fox News on Sunday morning.",
        &[],
    ),
    // A participle of stance after a comma reports for the sentence's subject or speaker.
    (
        "The court stopped the company from leaving its plants, citing a threat to public health and safety.",
        &[],
    ),
    (
        "\"It has changed for the better,\" McConnell said in June, citing the release of political prisoners.",
        &[
            direct("It has changed for the better,", "McConnell", "said"),
        ],
    ),
    // A finding of records is no quote, however long its subject; a plural noun `shows` reports nothing.
    (
        "The average of recent polls shows Clinton leading Trump by three points.",
        &[],
    ),
    ("The TV shows were popular with voters in Ohio.", &[]),
    // A line opened by a speaker's label: headlines and transcripts.
    (
        "Pence: Gennifer Flowers Won’t Be at Debate.\n\nWALLACE: Let’s start with breaking news on the debate story.",
        &[
            indirect("Gennifer Flowers Won’t Be at Debate", "Pence", ":"),
            indirect("Let’s start with breaking news on the debate story", "WALLACE", ":"),
        ],
    ),
    // `it` stands for the organisation named just before; `he` never does.
    (
        "The Pentagon weighed in on Monday. “The plan was never approved,” it said.",
        &[direct("The plan was never approved,", "Pentagon", "said")],
    ),
    (
        "Tom Ford spoke first. Acme Corp. then cut jobs. “It is painful,” he said.",
        &[direct("It is painful,", "Tom Ford", "said")],
    ),
    // A headline phrase in title case is not a speaker's label.
    ("Stealth Over Health: The Pentagon Plans a New Drone Program.", &[]),
];

#[test]
fn hard_cases() {
    let mut failures = Failures::default();
    for (article, expected) in CASES {
        let found: Vec<String> = QuoteFinder
            .find(article)
            .iter()
            .map(|quote| found_line(article, quote))
            .collect();
        let wanted: Vec<String> = expected
            .iter()
            .map(|want| quote_line(want.kind, want.text, want.speaker, want.cue))
            .collect();
        failures.check(article, found, wanted);
    }
    failures.assert_none(CASES.len());
}

#[test]
fn quotes_come_in_article_order_on_char_boundaries() {
    let finder = QuoteFinder;
    for (article, _) in CASES {
        let found = finder.find(article);
        assert!(found
            .windows(2)
            .all(|pair| pair[0].span.start <= pair[1].span.start));
        for quote in &found {
            assert!(article.get(quote.span.clone()).is_some());
            if let Some(speaker) = &quote.speaker {
                assert!(article.get(speaker.span.clone()).is_some());
            }
            if let Some(cue) = &quote.cue {
                assert!(article.get(cue.clone()).is_some());
            }
        }
    }
}
