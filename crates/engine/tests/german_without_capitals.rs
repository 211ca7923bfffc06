//! German text pasted without capitals (a lower-case transcript): a passage in marks that
//! opens in lower case is not thereby a fragment of speech, since every passage does; names
//! and titles in marks are told by the article or noun before them, as in written German;
//! speakers are found once nouns and the names after titles have their capitals back.

use nutgraf_engine::text::Language;
use nutgraf_engine::{Document, QuoteFinder, QuoteKind};

/// The direct quotes of a German `article`, as their words.
fn direct_quotes(article: &str) -> Vec<&str> {
    let document = Document::with_language(article, Some(Language::German));
    QuoteFinder
        .find_in(&document)
        .into_iter()
        .filter(|quote| quote.kind == QuoteKind::Direct)
        .map(|quote| &article[quote.span])
        .collect()
}

#[test]
fn names_in_marks_after_an_article_or_a_noun_are_no_quotes() {
    for article in [
        "im nordmeer ist gestern das forschungsflugzeug „polar 4“ abgestürzt. die ursache ist noch unklar.",
        "die ergebnisse sollen in der fachzeitschrift „tobacco control“ erscheinen, teilte das institut mit.",
        "die astronauten wurden für den zweiten bemannten raumflug „shenzhou 6“ benannt.",
        "die „süddeutsche zeitung“ hatte am montag über die pläne berichtet.",
    ] {
        assert_eq!(direct_quotes(article), Vec::<&str>::new(), "{article}");
    }
}

#[test]
fn quotes_are_still_found() {
    let cases = [
        (
            "der minister sagte der „berliner zeitung“, die lage sei „sehr ernst“.",
            vec!["sehr ernst"],
        ),
        (
            "„wir werden die steuern nicht erhöhen“, sagte der finanzminister am montag in berlin.",
            vec!["wir werden die steuern nicht erhöhen"],
        ),
        (
            "die sprecherin erklärte: „die gespräche werden fortgesetzt.“",
            vec!["die gespräche werden fortgesetzt."],
        ),
    ];
    for (article, expected) in cases {
        assert_eq!(direct_quotes(article), expected, "{article}");
    }
}

#[test]
fn the_same_article_with_capitals_keeps_its_fragments() {
    // Written with capitals, a fragment opening in lower case is speech even without a verb
    // of saying in its sentence.
    let article = "Die Regierung wies den Bericht als „falsch“ zurück. Das Blatt blieb dabei.";
    assert_eq!(direct_quotes(article), ["falsch"]);
}

#[test]
fn speakers_are_found_through_the_nouns_and_names_given_back_their_capitals() {
    let article = "„wir werden die steuern nicht erhöhen“, sagte bundesfinanzminister peer steinbrück am \
                   montag in berlin. der sprecher des ministeriums sagte: „die gespräche werden fortgesetzt.“";
    let document = Document::with_language(article, Some(Language::German));
    let speakers: Vec<(String, &str)> = QuoteFinder
        .find_in(&document)
        .into_iter()
        .filter_map(|quote| quote.speaker)
        .map(|speaker| (speaker.name, &article[speaker.span]))
        .collect();
    assert_eq!(
        speakers,
        [
            (
                "Peer Steinbrück".to_owned(),
                "bundesfinanzminister peer steinbrück"
            ),
            (
                "Der Sprecher des Ministeriums".to_owned(),
                "der sprecher des ministeriums"
            ),
        ]
    );
}
