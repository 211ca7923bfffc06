//! What a summary promises: article order, the requested length, no furniture, no sentence
//! that leans on an unchosen one (a connective pointing back is cut off), key phrases, and the
//! language.

use nutgraf_engine::text::Language;
use nutgraf_engine::{Length, Summarizer, SummaryReport};

const ARTICLE: &str = include_str!("fixtures/harbour-article.txt");

fn texts(text: &str, length: Length) -> Vec<String> {
    let summary = Summarizer::default().summarize(text, length);
    summary
        .sentences
        .iter()
        .map(|sentence| text[sentence.span.clone()].to_owned())
        .collect()
}

#[test]
fn chooses_the_requested_number_of_sentences_in_article_order() {
    let summary = Summarizer::default().summarize(ARTICLE, Length::Sentences(4));
    assert_eq!(summary.sentences.len(), 4);
    assert!(summary
        .sentences
        .windows(2)
        .all(|pair| pair[0].index < pair[1].index));
    assert!(summary.total_sentences > 15);
}

#[test]
fn the_headline_is_not_a_summary_sentence_but_the_lead_is() {
    let chosen = texts(ARTICLE, Length::SHORT);
    assert!(
        chosen
            .iter()
            .all(|sentence| !sentence.starts_with("Harbour authority approves")),
        "{chosen:?}"
    );
    assert!(
        chosen[0].starts_with("The harbour authority approved a plan on Tuesday"),
        "{chosen:?}"
    );
}

#[test]
fn respects_a_word_budget_and_a_ratio() {
    let summary = Summarizer::default().summarize(ARTICLE, Length::Words(60));
    let words: usize = summary.sentences.iter().map(|sentence| sentence.words).sum();
    assert!(words <= 60 && !summary.sentences.is_empty(), "{words} words");
    let tiny = Summarizer::default().summarize(ARTICLE, Length::Words(3));
    assert_eq!(
        tiny.sentences.len(),
        1,
        "a budget too small still yields the best sentence"
    );
    let quarter = Summarizer::default().summarize(ARTICLE, Length::Ratio(0.25));
    assert_eq!(
        quarter.sentences.len(),
        (quarter.total_sentences as f64 * 0.25).round() as usize
    );
}

#[test]
fn never_chooses_a_dangling_opener_without_its_antecedent() {
    for count in 1..12 {
        let summary = Summarizer::default().summarize(ARTICLE, Length::Sentences(count));
        let indices: Vec<usize> = summary.sentences.iter().map(|sentence| sentence.index).collect();
        for sentence in &summary.sentences {
            let text = &ARTICLE[sentence.span.clone()];
            if nutgraf_engine::summarize::openers::opens_dangling(text, Some(Language::English)) {
                assert!(
                    indices.contains(&(sentence.index - 1)),
                    "{text:?} chosen without the sentence before it"
                );
            }
        }
    }
}

const FLOOD: &str = "Heavy rain flooded the river town of Eastbridge on Monday night, forcing \
    hundreds from their homes. Residents spent hours on rooftops as the water rose around them. \
    Some had lived there all their lives and had never seen anything like it. But the new flood \
    wall held back the river and saved the town centre, engineers said on Tuesday. The flood wall \
    was finished last year at a cost of four million pounds. Engineers had warned that the river \
    would one day rise above the old banks. Without the flood wall, the town centre and its shops \
    would have been under water.";

#[test]
fn cuts_off_a_connective_that_points_back_to_an_unchosen_sentence() {
    let summary = Summarizer::default().summarize(FLOOD, Length::Sentences(2));
    let indices: Vec<usize> = summary.sentences.iter().map(|sentence| sentence.index).collect();
    assert_eq!(indices, [0, 3]);
    let cut = &summary.sentences[1];
    assert!(cut.connective_cut);
    assert_eq!(
        &FLOOD[cut.span.clone()],
        "the new flood wall held back the river and saved the town centre, engineers said on Tuesday."
    );
    assert_eq!(cut.words, 17);
    let report = SummaryReport::new(FLOOD, &summary);
    assert_eq!(
        report.sentences[1].text,
        "The new flood wall held back the river and saved the town centre, engineers said on Tuesday."
    );
}

#[test]
fn keeps_the_connective_when_the_sentence_before_is_chosen_too() {
    let summary = Summarizer::default().summarize(FLOOD, Length::Sentences(7));
    let but = summary
        .sentences
        .iter()
        .find(|sentence| sentence.index == 3)
        .expect("every sentence is chosen");
    assert!(!but.connective_cut);
    assert!(FLOOD[but.span.clone()].starts_with("But the new flood wall"));
}

#[test]
fn skips_datelines_bylines_and_source_tags() {
    let story = "By . Daily Mail Reporter . PUBLISHED: . 10:01 EST, 3 March 2014 . \
                 Washington (CNN) -- The Senate passed the budget bill late on Tuesday after weeks of talks. \
                 The vote was 62 to 38, with several Republicans joining Democrats. \
                 The bill now goes to the House, where its fate is less certain. \
                 Click here for the latest news on the budget fight.";
    let chosen = texts(story, Length::SHORT);
    assert_eq!(
        chosen[0],
        "The Senate passed the budget bill late on Tuesday after weeks of talks."
    );
    assert!(chosen
        .iter()
        .all(|sentence| !sentence.contains("Daily Mail") && !sentence.contains("Click here")));
}

#[test]
fn lists_key_phrases_and_detects_the_language() {
    let summary = Summarizer::default().summarize(ARTICLE, Length::SHORT);
    assert_eq!(summary.language, "en");
    assert!(summary.keywords.len() >= 5, "{:?}", summary.keywords);
    assert!(
        summary
            .keywords
            .iter()
            .any(|keyword| keyword.to_lowercase().contains("pier")),
        "{:?}",
        summary.keywords
    );
    let german =
        "Die Regierung hat am Montag einen neuen Plan vorgestellt. Der Plan soll die Mieten senken. \
                  Kritiker sagen, dass der Plan nicht weit genug geht.";
    assert_eq!(
        Summarizer::default().summarize(german, Length::SHORT).language,
        "de"
    );
}

#[test]
fn a_headline_lifts_the_sentences_that_match_it() {
    let body = "The city council met on Monday evening in the old town hall. \
                Members discussed the schedule for the coming year at length. \
                Several residents spoke about parking near the market square. \
                The council also voted to close the public library on Sundays to save money. \
                The meeting ended shortly before ten o'clock.";
    let plain = texts(body, Length::Sentences(2));
    assert!(
        !plain.iter().any(|sentence| sentence.contains("library")),
        "{plain:?}"
    );
    let headed = format!("Council votes to close library on Sundays\n\n{body}");
    let chosen = texts(&headed, Length::Sentences(2));
    assert!(
        chosen.iter().any(|sentence| sentence.contains("library")),
        "{chosen:?}"
    );
    assert!(
        chosen
            .iter()
            .all(|sentence| !sentence.starts_with("Council votes")),
        "the headline itself is not chosen"
    );
}

#[test]
fn a_caption_glued_to_the_story_may_be_chosen_but_a_headline_may_not() {
    let text = "Storm closes the harbour\n\nThe harbour master closed the port to all shipping on \
                Monday as gales battered the coast The storm brought waves of ten metres. Ferries \
                stayed in port.";
    let chosen = texts(text, Length::Sentences(3));
    assert!(
        chosen
            .iter()
            .any(|sentence| sentence.ends_with("battered the coast")),
        "{chosen:?}"
    );
    assert!(
        chosen
            .iter()
            .all(|sentence| !sentence.starts_with("Storm closes")),
        "{chosen:?}"
    );
}

#[test]
fn french_key_phrases_neither_start_nor_end_with_a_word_without_a_topic() {
    let text = "Le conseil municipal a voté lundi la construction du nouveau pont. \
        Selon la maire, le pont a coûté plus cher que prévu. \
        Le pont sera ouvert en mai, a indiqué la mairie, selon un communiqué. \
        Les travaux du pont ont duré deux ans et le conseil a salué le chantier.";
    let summary = Summarizer::default().summarize(text, Length::Sentences(1));
    assert_eq!(summary.language, "fr");
    assert_eq!(summary.keywords.first().map(String::as_str), Some("pont"));
    for word in ["a", "selon", "Selon", "plus"] {
        assert!(
            !summary.keywords.iter().any(|phrase| phrase == word
                || phrase.starts_with(&format!("{word} "))
                || phrase.ends_with(&format!(" {word}"))),
            "{word} in {:?}",
            summary.keywords
        );
    }
}

#[test]
fn key_phrases_are_never_verbs_of_saying() {
    let articles = [
        (
            "en",
            "The mayor said the bridge would reopen in May. Engineers said the bridge was safe. \
             The council said the repairs of the bridge cost more than planned, officials said. \
             Residents told reporters the bridge had been closed too long, and said so again.",
            ["said", "told"],
        ),
        (
            "de",
            "Die Bürgermeisterin sagte, die Brücke werde im Mai geöffnet. Die Ingenieure sagten, \
             die Brücke sei sicher. Der Rat erklärte, die Reparatur der Brücke sei teurer als \
             geplant, sagte ein Sprecher. Anwohner sagten, die Brücke sei zu lange gesperrt.",
            ["sagte", "sagten"],
        ),
        (
            "fr",
            "La maire a déclaré que le pont rouvrirait en mai. Les ingénieurs ont déclaré que le \
             pont était sûr. Le conseil a déclaré que la réparation du pont coûtait plus cher, a \
             déclaré un porte-parole. Les habitants ont déclaré que le pont était fermé depuis trop longtemps.",
            ["déclaré", "a déclaré"],
        ),
    ];
    for (language, text, verbs) in articles {
        let summary = Summarizer::default().summarize(text, Length::Sentences(1));
        assert_eq!(summary.language, language);
        assert!(
            summary
                .keywords
                .iter()
                .any(|phrase| phrase.to_lowercase().contains("pont")
                    || phrase.to_lowercase().contains("brücke")
                    || phrase.to_lowercase().contains("bridge")),
            "{:?}",
            summary.keywords
        );
        for verb in verbs {
            assert!(
                !summary.keywords.iter().any(|phrase| phrase.to_lowercase() == verb
                    || phrase.to_lowercase().starts_with(&format!("{verb} "))
                    || phrase.to_lowercase().ends_with(&format!(" {verb}"))),
                "{verb} in {:?} ({language})",
                summary.keywords
            );
        }
    }
}
