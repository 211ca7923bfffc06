//! The embed, end to end in a real Chromium: `<nutgraf-summary>` widgets on the example blog
//! page (inside their shadow roots), on a page with hostile CSS, reading their own text or a
//! paste, and the JavaScript API returning the command line's JSON. Also measures what the
//! embed costs: the gzipped bytes it loads and the time from `embed.js` to a summary.

use nutgraf_e2e::{
    gzipped_size, html_paragraphs, scratch_copy, shared_file, wait_for_widget, widget, Browser, Setup,
    StaticServer,
};
use nutgraf_engine::{Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("../../../crates/engine/tests/fixtures/harbour-article.txt");

/// The command line's summary JSON, as JavaScript hands it back (see [`as_javascript_sees_it`]).
fn summary_json(text: &str, length: Length) -> Value {
    let summary = Summarizer::default().summarize(text, length);
    as_javascript_sees_it(serde_json::to_value(SummaryReport::new(text, &summary)).expect("JSON"))
}

/// The command line's quotes JSON, as JavaScript hands it back.
fn quotes_json(text: &str) -> Value {
    let report = QuotesReport::new(text, &QuoteFinder.find(text));
    as_javascript_sees_it(serde_json::to_value(report).expect("JSON"))
}

/// The same JSON with whole floats written as integers: JavaScript has one number type, so a
/// score of `1.0` comes back from the API (and from `JSON.stringify`) as `1`. Equal values,
/// but `serde_json` compares them by representation.
fn as_javascript_sees_it(value: Value) -> Value {
    match value {
        Value::Number(number) => match number.as_f64() {
            Some(float) if float.fract() == 0.0 && float.abs() < 9.0e15 => json!(float as i64),
            _ => Value::Number(number),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(as_javascript_sees_it).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, field)| (key, as_javascript_sees_it(field)))
                .collect(),
        ),
        other => other,
    }
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_example_blog_page_shows_two_widgets_and_an_api_call() {
    let setup = Setup::from_env("the_example_blog_page_shows_two_widgets_and_an_api_call");
    let server = StaticServer::start(&setup.dist);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&server.url("/examples/blog.html"));

    let with_quotes = wait_for_widget(&browser, "summary-with-quotes", 3);
    assert_eq!(
        with_quotes["sentences"][0],
        "The harbour authority approved a plan on Tuesday to rebuild the north pier, which was badly damaged by storms in January and has been closed to ferries and fishing boats ever since."
    );
    let post = browser.execute(
        "return document.getElementById('post-body').textContent;",
        json!([]),
    );
    let post = post.as_str().expect("the post's text").to_owned();
    let expected_quotes: Vec<String> = quotes_json(&post)["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|quote| {
            let speaker = quote["speaker"]["name"].as_str().unwrap_or("unattributed");
            format!("{} — {speaker}", quote["shown"].as_str().unwrap_or_default())
        })
        .collect();
    assert!(expected_quotes.len() >= 2, "{expected_quotes:?}");
    assert_eq!(
        with_quotes["quotes"],
        json!(expected_quotes),
        "every quote, with its speaker"
    );
    // Reported speech without quotation marks; a direct quote its attribution interrupts as
    // its parts in marks, without the attribution.
    assert_eq!(
        with_quotes["quotes"][0],
        "Work will begin in the spring and should take about two years — officials"
    );
    assert_eq!(
        with_quotes["quotes"][1],
        "“We have waited long enough for this pier to reopen … Every week it stays closed costs us customers who may never come back.” — Ana Lima"
    );
    let one_sentence = wait_for_widget(&browser, "summary-one-sentence", 1);
    assert_eq!(
        one_sentence["quotes"],
        json!([]),
        "no `quotes` attribute, no quotes"
    );
    assert_eq!(one_sentence["theme"], "dark");
    let background = browser.execute(
        "return getComputedStyle(document.getElementById('summary-one-sentence').shadowRoot.querySelector('.card')).backgroundColor;",
        json!([]),
    );
    assert_eq!(
        background, "rgb(30, 31, 35)",
        "theme=\"dark\" gives the dark card"
    );
    let accent = browser.execute(
        "return getComputedStyle(document.getElementById('summary-with-quotes').shadowRoot.querySelector('.card')).borderLeftColor;",
        json!([]),
    );
    assert_eq!(
        accent, "rgb(179, 38, 30)",
        "--nutgraf-accent from the page's CSS themes the card"
    );

    // The API call on the page printed the command line's JSON.
    let printed = browser.wait_for("the API call's output", |browser| {
        let output = browser.execute(
            "const out = document.getElementById('api-output'); return out.dataset.state === 'ready' ? out.textContent : null;",
            json!([]),
        );
        output.as_str().map(str::to_owned)
    });
    let printed: Value = serde_json::from_str(&printed).expect("the page printed JSON");
    assert_eq!(printed, summary_json(&post, Length::Sentences(2)));

    // Attributes change the output live, each widget on its own.
    browser.execute(
        "document.getElementById('summary-with-quotes').setAttribute('sentences', '2');",
        json!([]),
    );
    wait_for_widget(&browser, "summary-with-quotes", 2);
    browser.execute(
        "const w = document.getElementById('summary-with-quotes'); w.removeAttribute('quotes'); w.removeAttribute('sentences'); w.setAttribute('ratio', '0.5');",
        json!([]),
    );
    let half = summary_json(&post, Length::Ratio(0.5));
    let half_count = half["sentences"].as_array().map_or(0, Vec::len);
    assert!(half_count > 3, "{half}");
    let shown = wait_for_widget(&browser, "summary-with-quotes", half_count);
    assert_eq!(shown["quotes"], json!([]));
    assert_eq!(
        widget(&browser, "summary-one-sentence")["sentences"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    // The widget's styles stay in its shadow root: page elements with its class names are untouched.
    let outside = browser.execute(
        "const card = document.createElement('div'); card.className = 'card';
         const sentence = document.createElement('p'); sentence.className = 'sentence';
         document.body.append(card, sentence);
         return [getComputedStyle(card).borderLeftWidth, getComputedStyle(sentence).display];",
        json!([]),
    );
    assert_eq!(
        outside,
        json!(["0px", "block"]),
        "the widget's CSS leaked into the page"
    );
}

/// A page whose CSS attacks everything it can reach.
const HOSTILE_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<link rel="stylesheet" href="hostile.css">
<script type="module" src="../embed.js"></script>
</head><body>
<div id="story">ARTICLE</div>
<nutgraf-summary id="hostile-widget" source="#story" sentences="2" quotes></nutgraf-summary>
</body></html>"##;

const HOSTILE_CSS: &str = "
* { display: inline !important; font-size: 40px !important; color: red !important; background: lime !important;
    line-height: 0.2 !important; letter-spacing: 9px !important; text-transform: uppercase !important;
    font-style: italic !important; list-style: none !important; margin: 0 !important; padding: 0 !important; }
html { font-size: 5px !important; }
div, section, ol, ul, li, p, span { display: none !important; visibility: hidden !important; }
nutgraf-summary { height: 0 !important; overflow: hidden !important; opacity: 0 !important; visibility: hidden !important;
    position: absolute !important; left: -9999px; transform: scale(0) !important; }
nutgraf-summary * { display: none !important; }
";

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn hostile_page_css_leaves_the_widget_intact() {
    let test = "hostile_page_css_leaves_the_widget_intact";
    let setup = Setup::from_env(test);
    let site = scratch_copy(&setup.dist, test);
    let paragraphs = html_paragraphs(SAMPLE);
    std::fs::write(
        site.join("examples/hostile.html"),
        HOSTILE_PAGE.replace("ARTICLE", &paragraphs),
    )
    .expect("the hostile page is written");
    std::fs::write(site.join("examples/hostile.css"), HOSTILE_CSS).expect("its CSS is written");
    let server = StaticServer::start(&site);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&server.url("/examples/hostile.html"));

    let shown = wait_for_widget(&browser, "hostile-widget", 2);
    assert!(
        shown["sentences"][0]
            .as_str()
            .is_some_and(|first| first.starts_with("The harbour authority approved a plan on Tuesday")),
        "the paragraphs are read as paragraphs, whatever the page's CSS: {shown}"
    );
    assert!(!shown["quotes"].as_array().is_some_and(Vec::is_empty), "{shown}");
    let looks = browser.execute(
        "const host = document.getElementById('hostile-widget');
         const root = host.shadowRoot;
         const style = (element) => getComputedStyle(element);
         const card = root.querySelector('.card'), sentence = root.querySelector('.sentence');
         const box = host.getBoundingClientRect();
         return {
           host: [style(host).display, style(host).visibility, style(host).opacity, Math.round(box.height) > 50, box.left >= 0],
           card: [style(card).display, style(card).color, style(card).fontSize, style(card).textTransform, style(card).letterSpacing],
           sentence: [style(sentence).display, style(sentence).fontSize, style(sentence).fontStyle],
         };",
        json!([]),
    );
    assert_eq!(
        looks,
        json!({
            "host": ["block", "visible", "1", true, true],
            "card": ["block", "rgb(29, 29, 31)", "16px", "none", "normal"],
            "sentence": ["list-item", "16px", "normal"],
        }),
        "the page's CSS reached into the widget"
    );
    let _ = std::fs::remove_dir_all(&site);
}

const OWN_TEXT_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Own text</title>
<script type="module" src="../embed.js"></script>
</head><body>
<nutgraf-summary id="own-text" sentences="2">ARTICLE</nutgraf-summary>
<nutgraf-summary id="paste-box" words="30"></nutgraf-summary>
<div id="live">ARTICLE</div>
<nutgraf-summary id="follows-source" source="#live" sentences="1"></nutgraf-summary>
</body></html>"##;

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn widgets_read_their_own_text_a_paste_or_a_changing_source() {
    let test = "widgets_read_their_own_text_a_paste_or_a_changing_source";
    let setup = Setup::from_env(test);
    let site = scratch_copy(&setup.dist, test);
    let paragraphs = html_paragraphs(SAMPLE);
    std::fs::write(
        site.join("examples/own-text.html"),
        OWN_TEXT_PAGE.replace("ARTICLE", &paragraphs),
    )
    .expect("the page is written");
    let server = StaticServer::start(&site);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&server.url("/examples/own-text.html"));

    let own = wait_for_widget(&browser, "own-text", 2);
    let expected = summary_json(SAMPLE, Length::Sentences(2));
    assert_eq!(own["sentences"][0], expected["sentences"][0]["text"]);

    let paste_box = browser.execute(
        "return !!document.getElementById('paste-box').shadowRoot.querySelector('textarea');",
        json!([]),
    );
    assert_eq!(paste_box, json!(true), "a widget with no text offers a paste box");
    browser.execute(
        "const area = document.getElementById('paste-box').shadowRoot.querySelector('textarea');
         area.value = arguments[0];
         area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));",
        json!([SAMPLE]),
    );
    let by_words = summary_json(SAMPLE, Length::Words(30));
    let count = by_words["sentences"].as_array().map_or(0, Vec::len);
    let pasted = wait_for_widget(&browser, "paste-box", count);
    assert_eq!(pasted["sentences"][0], by_words["sentences"][0]["text"]);

    wait_for_widget(&browser, "follows-source", 1);
    let new_text = "The city council voted on Monday to close the old bridge to cars from next year. \
                    The bridge, built in 1902, carries more than ten thousand cars a day. \
                    Engineers found cracks in two of its supports last autumn.";
    browser.execute(
        "document.getElementById('live').textContent = arguments[0];",
        json!([new_text]),
    );
    let first = summary_json(new_text, Length::Sentences(1));
    browser.wait_for("the widget to follow its source", |browser| {
        let shown = widget(browser, "follows-source");
        (shown["sentences"][0] == first["sentences"][0]["text"]).then_some(())
    });
    let _ = std::fs::remove_dir_all(&site);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_bundle_works_from_another_host_and_path() {
    let test = "the_bundle_works_from_another_host_and_path";
    let setup = Setup::from_env(test);
    // The bundle's host serves the build under /nutgraf/, with the CORS header the README asks for.
    let host = scratch_copy(&setup.dist, test);
    let bundle = host.join("nutgraf");
    std::fs::create_dir_all(&bundle).expect("the bundle's folder");
    for entry in std::fs::read_dir(&host).expect("the copied build").flatten() {
        if entry.file_name() != "nutgraf" {
            std::fs::rename(entry.path(), bundle.join(entry.file_name()))
                .expect("the build moves into /nutgraf/");
        }
    }
    std::fs::write(
        host.join("index.html"),
        "<!DOCTYPE html><title>The bundle's host</title>",
    )
    .expect("the host's page");
    let bundle_server = StaticServer::start_for_any_origin(&host);
    let embed = bundle_server.url("/nutgraf/embed.js");

    // The blog: another origin, with nothing of Nutgraf's but the one tag.
    let blog = std::env::temp_dir().join(format!("nutgraf-e2e-{test}-blog-{}", std::process::id()));
    std::fs::create_dir_all(&blog).expect("the blog's folder");
    std::fs::write(
        blog.join("index.html"),
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Blog</title>\
             <script type=\"module\" src=\"{embed}\"></script></head><body>\
             <div id=\"post\">{}</div>\
             <nutgraf-summary id=\"remote\" source=\"#post\" sentences=\"2\" quotes></nutgraf-summary></body></html>",
            html_paragraphs(SAMPLE)
        ),
    )
    .expect("the blog's page");
    let blog_server = StaticServer::start(&blog);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&blog_server.url("/"));

    let shown = wait_for_widget(&browser, "remote", 2);
    let expected = summary_json(SAMPLE, Length::Sentences(2));
    assert_eq!(shown["sentences"][0], expected["sentences"][0]["text"]);
    let api = browser.execute_async(
        "const done = arguments[arguments.length - 1];
         window.Nutgraf.quotes(arguments[0]).then(done, (error) => done(String(error)));",
        json!([SAMPLE]),
    );
    assert_eq!(api, quotes_json(SAMPLE));
    let workers = browser.execute_async(
        "const done = arguments[arguments.length - 1];
         navigator.serviceWorker.getRegistrations().then((all) => done(all.length));",
        json!([]),
    );
    assert_eq!(
        workers,
        json!(0),
        "a bundle from another origin registers no service worker"
    );
    let _ = std::fs::remove_dir_all(&host);
    let _ = std::fs::remove_dir_all(&blog);
}

#[test]
#[ignore = "needs Chromium, a release build and ../shared/fixtures: run `cargo xtask test` on Nutgraf's machines"]
fn the_javascript_api_returns_the_command_lines_json_for_the_seed_article() {
    let test = "the_javascript_api_returns_the_command_lines_json_for_the_seed_article";
    let setup = Setup::from_env(test);
    let article = shared_file("fixtures/seed-article.txt", test);
    let server = StaticServer::start(&setup.dist);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&server.url("/examples/blog.html"));
    let results = browser.execute_async(
        "const [url, text, done] = arguments;
         import(url).then(async ({ summarize, quotes }) => {
           const results = {
             short: await summarize(text),
             sentences: await summarize(text, { sentences: 5 }),
             words: await summarize(text, { words: 60 }),
             ratio: await summarize(text, { ratio: 0.2 }),
             long: await summarize(text, { length: 'long' }),
             quotes: await quotes(text),
             global: window.Nutgraf.summarize === summarize,
           };
           try { await summarize(text, { sentences: 0 }); results.refused = null; }
           catch (error) { results.refused = String(error.message); }
           done(results);
         }).catch((error) => done({ error: String(error) }));",
        json!([server.url("/embed.js"), article]),
    );
    assert_eq!(results["error"], Value::Null, "{results}");
    assert_eq!(results["short"], summary_json(&article, Length::SHORT));
    assert_eq!(results["sentences"], summary_json(&article, Length::Sentences(5)));
    assert_eq!(results["words"], summary_json(&article, Length::Words(60)));
    assert_eq!(results["ratio"], summary_json(&article, Length::Ratio(0.2)));
    assert_eq!(results["long"], summary_json(&article, Length::LONG));
    assert_eq!(results["quotes"], quotes_json(&article));
    let found = results["quotes"]["quotes"].as_array().map_or(0, Vec::len);
    assert!(found >= 2, "the seed article's two direct quotes: {results}");
    assert_eq!(results["global"], json!(true), "window.Nutgraf is the same API");
    assert!(
        results["refused"]
            .as_str()
            .is_some_and(|message| message.contains("sentences")),
        "bad options are refused with a reason: {results}"
    );
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn embed_size_and_time_from_embed_js_to_a_summary() {
    let test = "embed_size_and_time_from_embed_js_to_a_summary";
    let setup = Setup::from_env(test);
    let server = StaticServer::start(&setup.dist);
    let origin = server.url("/");
    let mut times = Vec::new();
    let mut loaded = Vec::new();
    // A fresh browser each time: nothing cached, as on a reader's first visit.
    for _ in 0..5 {
        let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
        browser.goto(&server.url("/examples/blog.html"));
        wait_for_widget(&browser, "summary-with-quotes", 3);
        let measured = browser.wait_for("the render mark", |browser| {
            let measured = browser.execute(
                "const [embed] = performance.getEntriesByType('resource').filter(e => e.name.endsWith('/embed.js'));
                 const [rendered] = performance.getEntriesByName('nutgraf:embed-rendered');
                 if (!embed || !rendered) return null;
                 return {
                   ms: rendered.startTime - embed.startTime,
                   files: performance.getEntriesByType('resource').map(e => e.name)
                     .filter(name => /\\/(embed\\.js|nutgraf-embed-[0-9a-f]+(_bg\\.wasm|\\.js))$/.test(name)),
                 };",
                json!([]),
            );
            (!measured.is_null()).then_some(measured)
        });
        times.push(measured["ms"].as_f64().expect("a time"));
        loaded = measured["files"]
            .as_array()
            .expect("files")
            .iter()
            .filter_map(Value::as_str)
            .map(|url| url.trim_start_matches(&origin).to_owned())
            .collect();
    }
    times.sort_by(f64::total_cmp);
    loaded.sort();
    loaded.dedup();
    assert_eq!(
        loaded.len(),
        3,
        "embed.js, its glue and its WebAssembly: {loaded:?}"
    );
    let sizes: Vec<(String, u64, usize)> = loaded
        .iter()
        .map(|file| {
            let path = setup.dist.join(file);
            let raw = std::fs::metadata(&path)
                .map(|meta| meta.len())
                .unwrap_or_default();
            (file.clone(), raw, gzipped_size(&path))
        })
        .collect();
    let total: usize = sizes.iter().map(|(_, _, gzipped)| gzipped).sum();
    eprintln!("what embed.js loads, gzip -9: {total} bytes in all; {sizes:?}");
    eprintln!(
        "embed.js request to rendered summary (blog page, fresh headless Chromium), median of 5: {:.0} ms; all: {times:?}",
        times[2]
    );
    assert!(total < 300_000, "the embed grew to {total} gzipped bytes");
    assert!(times[2] < 5_000.0, "the embed took {:.0} ms", times[2]);
}
