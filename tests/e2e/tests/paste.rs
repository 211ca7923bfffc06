//! Pasting an article into the app shows its summary and its quotes.

use nutgraf_e2e::{shared_file, Browser, Setup};

/// An article written for these tests, with two direct quotes.
const HARBOUR_ARTICLE: &str = "The harbour authority approved a plan on Tuesday to rebuild the north pier.
The pier was damaged by storms in January and has been closed since.
Work will begin in the spring and should take about two years, officials said.
“We have waited long enough for this pier to reopen,” said Ana Lima, who runs a ferry company.
The plan costs 40 million euros, paid by the port and the regional government.
“The money is there and the engineers are ready,” the harbour master, Tom Reyes, told reporters.";

fn wait_for_summary(browser: &Browser) -> Vec<String> {
    browser.wait_for("the summary", |browser| {
        let sentences = browser.texts("summary-sentence");
        (!sentences.is_empty()).then_some(sentences)
    })
}

/// Every listed quote as [text, speaker, cue, kind].
fn quotes(browser: &Browser) -> Vec<[String; 4]> {
    let texts = browser.texts("quote-text");
    let speakers = browser.texts("quote-speaker");
    let cues = browser.texts("quote-cue");
    let kinds = browser.texts("quote-kind");
    assert!(
        speakers.len() == texts.len() && cues.len() == texts.len() && kinds.len() == texts.len(),
        "every quote has a speaker, a cue and a kind: {texts:?} {speakers:?} {cues:?} {kinds:?}"
    );
    (0..texts.len())
        .map(|index| {
            [
                texts[index].clone(),
                speakers[index].clone(),
                cues[index].clone(),
                kinds[index].clone(),
            ]
        })
        .collect()
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn pasting_an_article_shows_its_summary_and_quotes() {
    let setup = Setup::from_env("pasting_an_article_shows_its_summary_and_quotes");
    let (_server, browser) = setup.open_app();
    browser.paste("source-input", HARBOUR_ARTICLE);

    let summary = wait_for_summary(&browser);
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert_eq!(
        summary[0],
        "The harbour authority approved a plan on Tuesday to rebuild the north pier."
    );
    assert_eq!(
        quotes(&browser),
        [
            [
                "Work will begin in the spring and should take about two years",
                "officials",
                "said",
                "reported"
            ],
            [
                "“We have waited long enough for this pier to reopen”",
                "Ana Lima",
                "said",
                "direct"
            ],
            [
                "“The money is there and the engineers are ready”",
                "Tom Reyes",
                "told",
                "direct"
            ],
        ],
    );
    assert_eq!(browser.texts("summary").len(), 1);
    assert_eq!(browser.texts("quotes").len(), 1);
}

#[test]
#[ignore = "needs Chromium, a release build and ../shared/fixtures: run `cargo xtask test` on Nutgraf's machines"]
fn the_seed_article_shows_its_lead_and_both_rubio_quotes() {
    let test = "the_seed_article_shows_its_lead_and_both_rubio_quotes";
    let setup = Setup::from_env(test);
    let article = shared_file("fixtures/seed-article.txt", test);
    let (_server, browser) = setup.open_app();
    browser.paste("source-input", &article);

    let summary = wait_for_summary(&browser);
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert!(
        summary[0].starts_with("Steve Witkoff, President Donald Trump’s special envoy"),
        "{summary:?}"
    );
    let quotes = quotes(&browser);
    let rubio: Vec<_> = quotes.iter().filter(|quote| quote[1] == "Marco Rubio").collect();
    let direct: Vec<_> = rubio.iter().filter(|quote| quote[3] == "direct").collect();
    assert_eq!(direct.len(), 2, "{quotes:?}");
    assert!(direct[0][0].starts_with("“We have to understand the Ukrainian position"));
    assert_eq!(direct[0][2], "stating");
    assert!(direct[1][0].starts_with("“We’ll need to see what concessions"));
    assert_eq!(direct[1][2], "explained");
    assert!(
        rubio.iter().any(|quote| quote[2] == "added"
            && quote[3] == "reported"
            && quote[0].starts_with("that the talks")),
        "the statement introduced by “He added” is Rubio’s: {quotes:?}"
    );
    assert!(
        quotes
            .iter()
            .any(|quote| quote[1] == "a source familiar with the plans" && quote[2] == "according to"),
        "the anonymous source stays anonymous: {quotes:?}"
    );
}
