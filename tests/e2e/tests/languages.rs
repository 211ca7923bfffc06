//! The app and the embed in German and French, end to end in a real Chromium: a browser that
//! prefers the language gets the interface in it (and the same accessibility audit as in
//! English), the reader can switch the interface and say which language the article is in,
//! and the embed speaks the language of the page it is on.

use nutgraf_e2e::{
    audit_every_view, choose, scratch_copy, wait_for_app, wait_for_sentences, wait_for_widget, widget,
    Browser, Setup, StaticServer,
};
use serde_json::{json, Value};

/// A German article written for these tests, with two direct quotes.
const GERMAN_ARTICLE: &str = "Der Stadtrat von Freiburg hat am Dienstag den Bau einer neuen \
Straßenbahnlinie beschlossen. Die Linie soll den Stadtteil Dietenbach mit dem Hauptbahnhof verbinden.

„Wir haben lange genug auf diese Verbindung gewartet“, sagte Oberbürgermeister Martin Horn nach \
der Abstimmung.

Die Kosten liegen bei rund 120 Millionen Euro, die Bund und Land zum großen Teil tragen. Der Bau \
soll im Frühjahr beginnen und etwa drei Jahre dauern.

„Das Geld ist da, und die Pläne sind fertig“, erklärte Baubürgermeisterin Anna Weber. Kritik kam \
von Anwohnern, die mehr Lärm in ihren Straßen befürchten.";

/// A French article written for these tests, with two direct quotes.
const FRENCH_ARTICLE: &str = "Le conseil municipal de Lyon a adopté mardi un plan pour rénover le \
pont Wilson, fermé aux voitures depuis les crues de janvier. Les travaux doivent commencer au \
printemps et durer environ deux ans.

« Nous avons attendu assez longtemps la réouverture de ce pont », a déclaré le maire, Grégory \
Doucet, à l’issue du vote.

Le chantier coûtera 40 millions d’euros, financés par la métropole et la région. Des commerçants \
du quartier craignent toutefois une baisse de leur chiffre d’affaires pendant les travaux.

« L’argent est là et les ingénieurs sont prêts », a affirmé l’adjointe chargée des mobilités, \
Valérie Lenoir.";

/// What one interface language shows, as the catalogs in `src/i18n/` word it.
struct Expected {
    /// The browser's language tag.
    tag: &'static str,
    /// `<html lang>`.
    code: &'static str,
    /// An article in the language.
    article: &'static str,
    /// The article panel's heading.
    article_heading: &'static str,
    title: &'static str,
    tagline: &'static str,
    summary_heading: &'static str,
    /// How the compression line starts for three sentences.
    compression_start: &'static str,
    /// The article-language menu's first entry for this article.
    detected: &'static str,
    /// The quote kinds the interface may show, the direct one first.
    kinds: [&'static str; 3],
}

const GERMAN: Expected = Expected {
    tag: "de-DE",
    code: "de",
    article: GERMAN_ARTICLE,
    article_heading: "Artikel",
    title: "Nutgraf — der Artikelleser",
    tagline:
        "Fügen Sie einen Nachrichtenartikel ein: Sie sehen die Sätze, die ihn tragen, und wer was gesagt hat.",
    summary_heading: "Zusammenfassung",
    compression_start: "3 von ",
    detected: "Deutsch (erkannt)",
    kinds: ["direkt", "gemischt", "indirekt"],
};

const FRENCH: Expected = Expected {
    tag: "fr-FR",
    code: "fr",
    article: FRENCH_ARTICLE,
    article_heading: "Article",
    title: "Nutgraf — le lecteur d’articles",
    tagline: "Collez un article de presse\u{a0}: voyez les phrases qui le portent, et qui a dit quoi.",
    summary_heading: "Résumé",
    compression_start: "3 phrases sur ",
    detected: "français (détecté)",
    kinds: ["directe", "mixte", "rapportée"],
};

/// The text of the first element matching `selector`.
fn text_of(browser: &Browser, selector: &str) -> String {
    let text = browser.execute(
        "const element = document.querySelector(arguments[0]); return element ? element.textContent : null;",
        json!([selector]),
    );
    text.as_str()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .trim()
        .to_owned()
}

/// `<html lang>` and the page's title.
fn page_language(browser: &Browser) -> (String, String) {
    let found = browser.execute(
        "return [document.documentElement.lang, document.title];",
        json!([]),
    );
    (
        found[0].as_str().unwrap_or_default().to_owned(),
        found[1].as_str().unwrap_or_default().to_owned(),
    )
}

/// A browser preferring `expected`'s language gets the whole interface in it, passes the
/// accessibility audit in every view, and sees the article's language detected.
fn the_interface_speaks_the_browsers_language(expected: &Expected, test: &str) {
    let setup = Setup::from_env(test);
    let axe = setup.axe_core(test).to_owned();
    let (_server, browser) = setup.open_app_speaking(expected.tag);
    let navigator = browser.execute("return navigator.language;", json!([]));
    assert_eq!(navigator, json!(expected.tag), "the browser prefers the language");
    assert_eq!(
        page_language(&browser),
        (expected.code.to_owned(), expected.title.to_owned())
    );
    assert_eq!(text_of(&browser, ".tagline"), expected.tagline);
    assert_eq!(text_of(&browser, "#source-heading"), expected.article_heading);
    audit_every_view(&browser, &axe, || {
        browser.paste("source-input", expected.article);
        wait_for_sentences(&browser, 3);
    });
    assert_eq!(text_of(&browser, "#summary-heading"), expected.summary_heading);
    let compression = browser.texts("compression").concat();
    assert!(
        compression.starts_with(expected.compression_start),
        "{compression}"
    );
    assert_eq!(
        text_of(&browser, "[data-testid=article-language] option"),
        expected.detected
    );
    let kinds = browser.texts("quote-kind");
    assert!(
        kinds.contains(&expected.kinds[0].to_owned()),
        "a direct quote: {kinds:?}"
    );
    assert!(
        kinds.iter().all(|kind| expected.kinds.contains(&kind.as_str())),
        "{kinds:?}"
    );
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn a_german_browser_gets_the_interface_in_german() {
    the_interface_speaks_the_browsers_language(&GERMAN, "a_german_browser_gets_the_interface_in_german");
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn a_french_browser_gets_the_interface_in_french() {
    the_interface_speaks_the_browsers_language(&FRENCH, "a_french_browser_gets_the_interface_in_french");
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_reader_switches_the_interface_and_says_the_articles_language() {
    let setup = Setup::from_env("the_reader_switches_the_interface_and_says_the_articles_language");
    let (_server, browser) = setup.open_app();
    assert_eq!(page_language(&browser).0, "en");
    browser.paste("source-input", FRENCH_ARTICLE);
    wait_for_sentences(&browser, 3);
    assert_eq!(
        text_of(&browser, "[data-testid=article-language] option"),
        "French (detected)"
    );

    choose(&browser, "locale", "fr");
    browser.wait_for("the interface in French", |browser| {
        (text_of(browser, "#summary-heading") == "Résumé").then_some(())
    });
    assert_eq!(
        page_language(&browser),
        ("fr".to_owned(), FRENCH.title.to_owned())
    );
    assert_eq!(
        text_of(&browser, "[data-testid=article-language] option"),
        "français (détecté)"
    );

    // Read as English: the summary is made again, and the menu no longer claims a detection.
    choose(&browser, "article-language", "en");
    browser.wait_for("the article read as English", |browser| {
        (text_of(browser, "[data-testid=article-language] option") == "Détecter").then_some(())
    });
    wait_for_sentences(&browser, 3);
    choose(&browser, "article-language", "");
    browser.wait_for("the language detected again", |browser| {
        (text_of(browser, "[data-testid=article-language] option") == "français (détecté)").then_some(())
    });

    // The choice of interface outlives a reload; an English browser keeps the French interface.
    std::thread::sleep(std::time::Duration::from_millis(800));
    browser.reload();
    wait_for_app(&browser);
    wait_for_sentences(&browser, 3);
    assert_eq!(text_of(&browser, ".tagline"), FRENCH.tagline);
    assert_eq!(
        browser.execute(
            "return document.querySelector('[data-testid=locale]').value;",
            json!([])
        ),
        json!("fr")
    );
}

/// A page in `lang` holding a widget that summarizes its own article, with its quotes.
fn widget_page(lang: &str, article: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>Blog</title>\
         <script type=\"module\" src=\"../embed.js\"></script></head><body>\
         <article id=\"post\">{}</article>\
         <nutgraf-summary id=\"widget\" source=\"#post\" sentences=\"2\" quotes></nutgraf-summary>\
         </body></html>",
        article
            .split("\n\n")
            .map(|paragraph| format!("<p>{paragraph}</p>"))
            .collect::<String>()
    )
}

/// The widget's title, its card's accessible name and the heading of its quotes.
fn widget_words(browser: &Browser) -> Value {
    browser.execute(
        "const root = document.getElementById('widget').shadowRoot;
         return [root.querySelector('.title').textContent, root.querySelector('.card').getAttribute('aria-label'),
                 root.querySelector('.subtitle').textContent];",
        json!([]),
    )
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_embed_speaks_the_language_of_its_page() {
    let setup = Setup::from_env("the_embed_speaks_the_language_of_its_page");
    let root = scratch_copy(&setup.dist, "embed-languages");
    let pages = [
        (
            "de.html",
            "de",
            GERMAN_ARTICLE,
            ["Zusammenfassung", "Zusammenfassung von Nutgraf", "Zitate"],
        ),
        (
            "fr.html",
            "fr-FR",
            FRENCH_ARTICLE,
            ["Résumé", "Résumé par Nutgraf", "Citations"],
        ),
        (
            "en.html",
            "en",
            GERMAN_ARTICLE,
            ["Summary", "Summary by Nutgraf", "Quotes"],
        ),
    ];
    for (name, lang, article, _) in pages {
        std::fs::write(root.join("examples").join(name), widget_page(lang, article)).expect("a test page");
    }
    let server = StaticServer::start(&root);
    // The browser prefers German: the page's own language still wins.
    let browser = Browser::launch_speaking(&setup.chromedriver, &setup.chromium, "de-DE");
    for (name, _, _, words) in pages {
        browser.goto(&server.url(&format!("/examples/{name}")));
        let shown = wait_for_widget(&browser, "widget", 2);
        assert!(
            !shown["quotes"].as_array().is_none_or(Vec::is_empty),
            "{name}: {shown}"
        );
        assert_eq!(widget_words(&browser), json!(words), "{name}");
    }
    assert_eq!(widget(&browser, "widget")["status"], json!(""));
    let _ = std::fs::remove_dir_all(&root);
}
