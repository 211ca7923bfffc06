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

#[test]
fn pasting_an_article_shows_its_summary_and_quotes() {
    let Some(setup) = Setup::from_env("pasting_an_article_shows_its_summary_and_quotes") else {
        return;
    };
    let (_server, browser) = setup.open_app();
    browser.paste("source-input", HARBOUR_ARTICLE);

    let summary = wait_for_summary(&browser);
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert_eq!(
        summary[0],
        "The harbour authority approved a plan on Tuesday to rebuild the north pier."
    );
    let quotes = browser.texts("quote-text");
    assert_eq!(
        quotes,
        [
            "We have waited long enough for this pier to reopen,",
            "The money is there and the engineers are ready,"
        ],
    );
    assert_eq!(browser.texts("summary").len(), 1);
    assert_eq!(browser.texts("quotes").len(), 1);
}

#[test]
fn the_seed_article_shows_its_lead_and_both_rubio_quotes() {
    let test = "the_seed_article_shows_its_lead_and_both_rubio_quotes";
    let Some(setup) = Setup::from_env(test) else {
        return;
    };
    let Some(article) = shared_file("fixtures/seed-article.txt", test) else {
        return;
    };
    let (_server, browser) = setup.open_app();
    browser.paste("source-input", &article);

    let summary = wait_for_summary(&browser);
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert!(
        summary[0].starts_with("Steve Witkoff, President Donald Trump’s special envoy"),
        "{summary:?}"
    );
    let quotes = browser.texts("quote-text");
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert!(
        quotes[0].starts_with("We have to understand the Ukrainian position"),
        "{quotes:?}"
    );
    assert!(
        quotes[1].starts_with("We’ll need to see what concessions"),
        "{quotes:?}"
    );
}
