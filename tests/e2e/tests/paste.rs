//! Pasting an article into the app shows its summary and its quotes.

use nutgraf_e2e::{
    accessibility_violations, click, emulate, page_width, paste_event, put_in_page, repeated_article,
    screenshot, shared_file, wait_for_card, Browser, Setup, PATIENCE,
};
use serde_json::json;

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

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn a_paste_too_long_for_the_editor_shows_as_a_card_and_loses_nothing() {
    let setup = Setup::from_env("a_paste_too_long_for_the_editor_shows_as_a_card_and_loses_nothing");
    let (_server, browser) = setup.open_app();
    // The caret between two sentences typed first: the paste goes in between them.
    browser.type_text("source-input", "Typed first. Typed last.");
    browser.execute(
        "document.querySelector('[data-testid=source-input]').setSelectionRange(13, 13);",
        json!([]),
    );
    let long = repeated_article(HARBOUR_ARTICLE, 1_200_000);
    put_in_page(&browser, "nutgrafClipboard", &long);
    paste_event(&browser, "[data-testid=source-input]", "", "nutgrafClipboard");
    let card = wait_for_card(&browser, PATIENCE);
    assert!(
        card.starts_with("This article is 1.2 MB long, too long to edit here"),
        "{card}"
    );
    assert!(browser.find_all("[data-testid=source-input]").is_empty());
    wait_for_summary(&browser);
    screenshot(&browser, "long-paste-card-desktop-light");
    // On the narrowest phone, in the dark theme, the card fits the width.
    emulate(&browser, 320, 640, true, true);
    click(&browser, "view-article");
    wait_for_card(&browser, PATIENCE);
    screenshot(&browser, "long-paste-card-phone-320-dark");
    assert_eq!(page_width(&browser), 320, "the page scrolls sideways at 320 px");
    browser.cdp("Emulation.clearDeviceMetricsOverride", json!({}));
    let axe = std::fs::read_to_string(
        setup.axe_core("a_paste_too_long_for_the_editor_shows_as_a_card_and_loses_nothing"),
    )
    .expect("axe-core's script");
    assert_eq!(accessibility_violations(&browser, &axe), json!([]), "the card");
    // Edited anyway, the text area holds the paste between the typed sentences.
    click(&browser, "edit-long-text");
    let expected = format!("Typed first. {long}Typed last.");
    assert_eq!(editor_text(&browser), ends(&expected));
    // Pasted over the whole text, the long text replaces it and shows as a card again; a
    // paste on the card replaces the text, however short.
    paste_over_everything(&browser);
    click(&browser, "edit-long-text");
    assert_eq!(editor_text(&browser), ends(&long));
    put_in_page(&browser, "nutgrafShort", HARBOUR_ARTICLE);
    paste_over_everything(&browser);
    paste_event(&browser, "[data-testid=long-text]", "", "nutgrafShort");
    // Short, it opens in the reading view, as any paste does, and edits in the text area.
    browser.wait_for("the reading view", |browser| {
        (!browser.find_all("[data-testid=source-view]").is_empty()).then_some(())
    });
    click(&browser, "source-tab-edit");
    assert_eq!(editor_text(&browser), ends(HARBOUR_ARTICLE));
}

/// Selects all of the text area and pastes `window.nutgrafClipboard` over it, which is too
/// long for it: the card takes its place.
fn paste_over_everything(browser: &Browser) {
    browser.execute(
        "document.querySelector('[data-testid=source-input]').select();",
        json!([]),
    );
    paste_event(browser, "[data-testid=source-input]", "", "nutgrafClipboard");
    wait_for_card(browser, PATIENCE);
}

/// A text's length in UTF-16 units (as JavaScript counts) and its first and last 40 chars.
fn ends(text: &str) -> (usize, String, String) {
    let chars: Vec<char> = text.chars().collect();
    let tail = chars[chars.len().saturating_sub(40)..].iter().collect();
    (text.encode_utf16().count(), chars.iter().take(40).collect(), tail)
}

/// What the text area holds, as [`ends`] gives it.
fn editor_text(browser: &Browser) -> (usize, String, String) {
    let held = browser.wait_for("the text area", |browser| {
        let value = browser.execute(
            "const area = document.querySelector('[data-testid=source-input]');
             return area && area.value.length > 0
               ? [area.value.length, Array.from(area.value.slice(0, 80)).slice(0, 40).join(''),
                  Array.from(area.value.slice(-80)).slice(-40).join('')]
               : null;",
            json!([]),
        );
        (!value.is_null()).then_some(value)
    });
    serde_json::from_value(held).expect("a length and two texts")
}
