//! How the page looks, end to end in a real Chromium: on a phone the answer comes first and
//! the article is one tap away; bullets sit on the first line of their sentence; nothing
//! sticks out sideways down to 320 px, and no heading, label or button breaks a word, in every
//! interface language. Every panel is photographed in both themes at phone and
//! desktop widths into `target/screenshots/`, for a reviewer to look at.

use nutgraf_e2e::{
    click, emulate, page_width, screenshot, screenshot_folder, shared_file, wait_for_sentences, Browser,
    Setup,
};
use serde_json::{json, Value};

/// A phone's screen, in CSS pixels.
const PHONE: (u32, u32) = (390, 844);

/// The top and bottom of the first element matching `selector` relative to the window, and
/// whether it is displayed; `null` when there is none.
fn placement(browser: &Browser, selector: &str) -> Value {
    browser.execute(
        "const element = document.querySelector(arguments[0]);
         if (!element) return null;
         const box = element.getBoundingClientRect();
         return { top: box.top, bottom: box.bottom, shown: element.getClientRects().length > 0 };",
        json!([selector]),
    )
}

/// What sticks out of its panel on the right: each as its tag and classes, with how far.
fn sticking_out(browser: &Browser) -> Value {
    browser.execute(
        "const out = [];
         for (const card of document.querySelectorAll('.card')) {
           if (!card.getClientRects().length) continue;
           const edge = card.getBoundingClientRect().right;
           for (const element of card.querySelectorAll('*')) {
             const box = element.getBoundingClientRect();
             if (box.width && box.right > edge + 1) out.push(`${element.tagName.toLowerCase()}.${element.className} by ${Math.round(box.right - edge)} px`);
           }
         }
         return out;",
        json!([]),
    )
}

#[test]
#[ignore = "needs Chromium, a release build and ../shared/fixtures: run `cargo xtask test` on Nutgraf's machines"]
fn on_a_phone_the_summary_is_on_the_first_screen_after_a_paste() {
    let test = "on_a_phone_the_summary_is_on_the_first_screen_after_a_paste";
    let setup = Setup::from_env(test);
    let article = shared_file("fixtures/seed-article.txt", test);
    let (_server, browser) = setup.open_app();
    emulate(&browser, PHONE.0, PHONE.1, true, true);
    browser.paste("source-input", &article);
    wait_for_sentences(&browser, 3);
    assert_eq!(
        browser.execute("return window.scrollY;", json!([])),
        json!(0),
        "nothing scrolled"
    );
    let sentence = placement(&browser, "[data-testid=summary-sentence]");
    let top = sentence["top"].as_f64().expect("the first summary sentence");
    assert!(
        (0.0..f64::from(PHONE.1)).contains(&top),
        "the first summary sentence starts {top:.0} px down, below the first screen of {} px",
        PHONE.1
    );
    let length = placement(&browser, "[data-testid=length-kind]");
    assert!(
        length["shown"] == json!(true) && length["bottom"].as_f64().unwrap_or(f64::MAX) <= f64::from(PHONE.1),
        "the length control is on the first screen: {length}"
    );
    assert_eq!(
        placement(&browser, "[data-testid=source-view]")["shown"],
        json!(false),
        "the article waits behind its tab"
    );
    screenshot(&browser, "phone-dark-seed-summary");

    // The article is one tap away, and so are the quotes.
    click(&browser, "view-article");
    assert_eq!(
        placement(&browser, "[data-testid=source-view]")["shown"],
        json!(true)
    );
    assert_eq!(
        placement(&browser, "[data-testid=summary]")["shown"],
        json!(false)
    );
    click(&browser, "view-quotes");
    assert_eq!(placement(&browser, "[data-testid=quotes]")["shown"], json!(true));
    assert_eq!(
        placement(&browser, "[data-testid=source-view]")["shown"],
        json!(false)
    );
    // Choosing a sentence of the summary takes the reader to it in the article.
    click(&browser, "view-summary");
    browser.execute(
        "document.querySelector('[data-testid=summary-sentence] button').click();",
        json!([]),
    );
    browser.wait_for("the article with the sentence", |browser| {
        (placement(browser, "[data-testid=source-view]")["shown"] == json!(true)).then_some(())
    });
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn bullets_sit_on_the_first_line_of_their_sentence() {
    let setup = Setup::from_env("bullets_sit_on_the_first_line_of_their_sentence");
    let (_server, browser) = setup.open_app();
    click(&browser, "load-sample");
    wait_for_sentences(&browser, 3);
    for (width, height, mobile) in [(PHONE.0, PHONE.1, true), (1280, 900, false)] {
        for dark in [false, true] {
            emulate(&browser, width, height, mobile, dark);
            // Each bullet's middle and its sentence's first line, from the top of the item;
            // and how many lines the sentence takes.
            let items = browser.execute(
                "return [...document.querySelectorAll('[data-testid=summary-sentence]')].map(item => {
                   const text = item.querySelector('button').firstChild;
                   const range = document.createRange();
                   range.selectNodeContents(text);
                   const lines = [...range.getClientRects()];
                   const bullet = getComputedStyle(item, '::before');
                   const top = item.getBoundingClientRect().top;
                   return {
                     marker: getComputedStyle(item).listStyleType,
                     bullet: bullet.content,
                     bulletMiddle: parseFloat(bullet.top) + parseFloat(bullet.lineHeight) / 2,
                     firstLineMiddle: lines[0].top + lines[0].height / 2 - top,
                     lines: new Set(lines.map(line => Math.round(line.top))).size,
                   };
                 });",
                json!([]),
            );
            let items = items.as_array().expect("the summary's items");
            assert_eq!(items.len(), 3);
            assert!(
                items.iter().any(|item| item["lines"].as_u64() > Some(1)),
                "a sentence runs over several lines at {width} px: {items:?}"
            );
            for item in items {
                assert_eq!(
                    item["marker"],
                    json!("none"),
                    "no list marker that can drift: {item}"
                );
                assert_eq!(item["bullet"], json!("\"•\""), "{item}");
                let (bullet, first_line) = (
                    item["bulletMiddle"].as_f64().unwrap_or(f64::MAX),
                    item["firstLineMiddle"].as_f64().unwrap_or(f64::MIN),
                );
                assert!(
                    (bullet - first_line).abs() < 4.0,
                    "the bullet sits {bullet:.1} px down, the first line's middle {first_line:.1} px, at \
                     {width} px ({}): {item}",
                    if dark { "dark" } else { "light" }
                );
            }
        }
    }
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn every_panel_fits_320_px_and_is_photographed_in_both_themes_and_widths() {
    let setup = Setup::from_env("every_panel_fits_320_px_and_is_photographed_in_both_themes_and_widths");
    let (_server, browser) = setup.open_app();
    for dark in [false, true] {
        let theme = if dark { "dark" } else { "light" };
        emulate(&browser, 320, 640, true, dark);
        assert_eq!(
            page_width(&browser),
            320,
            "nothing sticks out sideways at 320 px on the empty page ({theme})"
        );
        screenshot(&browser, &format!("phone-320-{theme}-empty"));
        click(&browser, "load-sample");
        wait_for_sentences(&browser, 3);
        for (width, height) in [(320, 640), PHONE] {
            emulate(&browser, width, height, true, dark);
            for view in ["summary", "quotes", "article"] {
                click(&browser, &format!("view-{view}"));
                assert_eq!(
                    page_width(&browser),
                    u64::from(width),
                    "nothing sticks out sideways at {width} px ({theme}, {view})"
                );
                assert_eq!(
                    sticking_out(&browser),
                    json!([]),
                    "nothing sticks out of its panel at {width} px ({theme}, {view})"
                );
                screenshot(&browser, &format!("phone-{width}-{theme}-{view}"));
            }
        }
        emulate(&browser, 1280, 900, false, dark);
        assert_eq!(
            placement(&browser, "[data-testid=view-summary]")["shown"],
            json!(false),
            "a wide screen shows every part side by side, without tabs"
        );
        for selector in [
            "[data-testid=summary]",
            "[data-testid=quotes]",
            "[data-testid=source-view]",
        ] {
            assert_eq!(
                placement(&browser, selector)["shown"],
                json!(true),
                "{selector} on a desktop"
            );
        }
        screenshot(&browser, &format!("desktop-1280-{theme}-read"));
        click(&browser, "source-tab-edit");
        screenshot(&browser, &format!("desktop-1280-{theme}-edit"));
        click(&browser, "clear");
        browser.wait_for("the cleared page", |browser| {
            browser.texts("summary").is_empty().then_some(())
        });
    }
    eprintln!("screenshots in {}", screenshot_folder().display());
}

/// The words of the interface's headings, labels and buttons that break across lines: each
/// as the word and the element it is in. Words break only between letters, not at a hyphen.
fn broken_words(browser: &Browser) -> Value {
    browser.execute(
        "const broken = [];
         const labels = 'h1, h2, h3, thead th, label, [role=tab], button:not(.sentence-link), .chip';
         for (const element of document.querySelectorAll(labels)) {
           if (!element.getClientRects().length) continue;
           const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
           for (let node = walker.nextNode(); node; node = walker.nextNode()) {
             for (const word of node.data.matchAll(/[^\\s\\-‐]+/g)) {
               const range = document.createRange();
               range.setStart(node, word.index);
               range.setEnd(node, word.index + word[0].length);
               const lines = new Set([...range.getClientRects()].map(box => Math.round(box.top)));
               if (lines.size > 1) broken.push(`${word[0]} in ${element.tagName.toLowerCase()}`);
             }
           }
         }
         return broken;",
        json!([]),
    )
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn every_interface_language_fits_320_px_without_breaking_a_word() {
    let setup = Setup::from_env("every_interface_language_fits_320_px_without_breaking_a_word");
    for language in ["en-US", "de-DE", "fr-FR"] {
        let (_server, browser) = setup.open_app_speaking(language);
        click(&browser, "load-sample");
        wait_for_sentences(&browser, 3);
        for (width, height) in [(320, 640), PHONE, (1280, 900)] {
            emulate(&browser, width, height, width < 1000, false);
            for view in ["summary", "quotes", "article"] {
                click(&browser, &format!("view-{view}"));
                let page = page_width(&browser);
                assert!(
                    page <= u64::from(width),
                    "nothing sticks out sideways at {width} px in {language} ({view}): the page is {page} px"
                );
                assert_eq!(
                    broken_words(&browser),
                    json!([]),
                    "words broken across lines at {width} px in {language} ({view})"
                );
            }
            click(&browser, "view-quotes");
            screenshot(&browser, &format!("speakers-{width}-{language}"));
        }
    }
}
