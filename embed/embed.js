// Nutgraf for any web page, with one tag:
//
//   <script type="module" src="https://YOUR-HOST/nutgraf/embed.js"></script>
//   <nutgraf-summary source="#post-body" sentences="3" quotes></nutgraf-summary>
//
// and a JavaScript API on the same module: `summarize(text, options)` and `quotes(text)`
// resolve to exactly the JSON of `nutgraf summarize --json` and `nutgraf quotes --json`
// (also on `window.Nutgraf` for plain scripts). The README documents the attributes, the
// CSS custom properties and the CORS headers a host needs.
//
// This file is a template: `cargo xtask post-build` writes it to the root of the build with
// the content-hashed names of the engine below, which it loads relative to this file's own
// URL, so the bundle works from any path on any host.
//
// The engine runs on the page's thread rather than in a worker: a worker script must come
// from the page's own origin (an embed is usually served from another one), a blob worker
// needs the host page's CSP to allow `worker-src blob:`, and an article takes the engine
// milliseconds, not the hundreds that would make a worker worth it.

const ENGINE_JS = new URL("./__NUTGRAF_ENGINE_JS__", import.meta.url).href;
const ENGINE_WASM = new URL("./__NUTGRAF_ENGINE_WASM__", import.meta.url).href;

let engine = null;
/** How many engines were loaded: the glue keeps its WebAssembly instance in module-level
 * state, so a fresh engine is the glue imported again under a URL of its own. */
let engines = 0;

/** Loads the engine once; later calls share the same promise (a failed load is retried). */
function loadEngine() {
  if (engine) return engine;
  const url = engines === 0 ? ENGINE_JS : `${ENGINE_JS}?engine=${engines}`;
  engines += 1;
  const loading = import(url)
    .then(async (glue) => {
      await glue.default({ module_or_path: ENGINE_WASM });
      return glue;
    })
    .catch((error) => {
      if (engine === loading) engine = null;
      throw error;
    });
  engine = loading;
  return loading;
}

/**
 * Whether `error` is the engine refusing what it was asked (a plain `Error` with the reason),
 * rather than the engine failing: a panic (thrown by the engine's panic hook as an
 * `EnginePanic`), a WebAssembly trap (`RuntimeError`), or running out of stack (`RangeError`).
 */
function isRefusal(error) {
  return error instanceof Error && Object.getPrototypeOf(error) === Error.prototype && error.name === "Error";
}

/**
 * Runs `call` on the engine. When the engine fails rather than refuses, its instance is
 * dropped (the next call loads a fresh one) and the promise rejects with an `Error` saying
 * what happened.
 */
async function run(call) {
  const loading = loadEngine();
  const glue = await loading;
  try {
    return call(glue);
  } catch (error) {
    if (isRefusal(error)) throw error;
    if (engine === loading) engine = null;
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Nutgraf's engine stopped while reading this text (${cause}). The text may be unusual; ` +
        "the next call starts a fresh engine.",
      { cause: error },
    );
  }
}

/**
 * The summary of `text`, as `nutgraf summarize --json` prints it.
 * `options`: `{ sentences: 3 }`, `{ words: 60 }`, `{ ratio: 0.2 }` or
 * `{ length: "short" | "medium" | "long" | "60 words" | "20%" }`; three sentences when none
 * is given. Amounts may be numbers or their text.
 */
export async function summarize(text, options = {}) {
  const json = await run((glue) => glue.summarize(String(text ?? ""), JSON.stringify(options ?? {})));
  return JSON.parse(json);
}

/** The quotations of `text` with their speakers, as `nutgraf quotes --json` prints them. */
export async function quotes(text) {
  return JSON.parse(await run((glue) => glue.quotes(String(text ?? ""))));
}

// ---------------------------------------------------------------------------------------
// Reading a page's text without its styles: the article's words, a blank line between
// blocks, whatever the page's CSS does to their layout (`innerText` would follow it).

const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(" "),
);
const SKIPPED = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT BUTTON SELECT TEXTAREA INPUT NUTGRAF-SUMMARY".split(" "),
);

/** The text of `root` as an article: words in order, paragraphs apart. */
function articleText(root) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.data.replace(/\s+/g, " "));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === "BR") {
          parts.push("\n");
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) parts.push("\n\n");
        walk(child);
        if (block) parts.push("\n\n");
      }
    }
  };
  walk(root);
  return parts
    .join("")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// ---------------------------------------------------------------------------------------
// The widget's styles, isolated in its shadow root. `:host` declarations marked
// `!important` beat a page's `!important` rules (the inner context wins those), and
// `all: initial` on the card cuts off everything the page's styles would pass down.

const STYLES = `
:host {
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
  float: none !important;
  transform: none !important;
  filter: none !important;
  clip-path: none !important;
  height: auto !important;
  min-height: 0 !important;
  overflow: visible !important;
  max-width: 100%;
  margin: 1em 0;
}
:host([hidden]) { display: none !important; }
.card {
  all: initial;
  /* The theme's colours; the --nutgraf-* properties a page sets override them. */
  --accent: var(--nutgraf-accent, #0a5bab);
  --background: var(--nutgraf-background, #ffffff);
  --text: var(--nutgraf-text, #1d1d1f);
  --border: var(--nutgraf-border, #d6d2c8);
  display: block;
  box-sizing: border-box;
  width: 100%;
  padding: 14px 16px;
  border: 1px solid var(--border);
  border-left: 4px solid var(--accent);
  border-radius: var(--nutgraf-radius, 10px);
  background: var(--background);
  color: var(--text);
  font-family: var(--nutgraf-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--nutgraf-font-size, 16px);
  line-height: 1.5;
  text-align: start;
  overflow-wrap: anywhere;
}
.card[data-theme="dark"] {
  --accent: var(--nutgraf-accent, #8cc0f5);
  --background: var(--nutgraf-background, #1e1f23);
  --text: var(--nutgraf-text, #ececef);
  --border: var(--nutgraf-border, #3a3b41);
}
@media (prefers-color-scheme: dark) {
  .card[data-theme="auto"] {
    --accent: var(--nutgraf-accent, #8cc0f5);
    --background: var(--nutgraf-background, #1e1f23);
    --text: var(--nutgraf-text, #ececef);
    --border: var(--nutgraf-border, #3a3b41);
  }
}
.card * { box-sizing: border-box; }
.head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; margin: 0 0 8px; }
.title { display: block; margin: 0; font-size: 1.05em; font-weight: 700; }
.brand { display: block; font-size: 0.75em; letter-spacing: 0.04em; opacity: 0.75; }
.status { display: block; margin: 0 0 6px; font-size: 0.9em; opacity: 0.8; }
.status:empty { display: none; }
.sentences, .quotes { display: block; margin: 0; padding: 0 0 0 1.3em; }
.sentences { list-style: decimal; }
.quotes { list-style: none; padding: 0; }
.sentence, .quote { display: list-item; margin: 0 0 6px; }
.quote { padding: 0 0 0 10px; border-left: 3px solid var(--accent); }
.quote-text { display: inline; }
.quote.direct .quote-text { font-style: italic; }
.quote.indirect, .quote.mixed { border-left-style: dashed; }
.speaker { display: inline; opacity: 0.85; }
.subtitle { display: block; margin: 12px 0 6px; font-size: 0.95em; font-weight: 700; }
.paste { display: block; margin: 0 0 8px; }
.paste span { display: block; margin: 0 0 4px; font-size: 0.9em; }
textarea {
  display: block; width: 100%; min-height: 8em; padding: 8px; resize: vertical;
  font: inherit; color: inherit; background: transparent;
  border: 1px solid var(--border); border-radius: 6px;
}
textarea:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
`;

let sharedSheet = null;

/** Puts the styles into `shadow`: a constructed style sheet, which a page's CSP cannot block. */
function style(shadow) {
  if ("adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLES);
    }
    shadow.adoptedStyleSheets = [sharedSheet];
  } else {
    const element = document.createElement("style");
    element.textContent = STYLES;
    shadow.append(element);
  }
}

/** A new element with attributes and children (text, never HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

// ---------------------------------------------------------------------------------------
// <nutgraf-summary>

/**
 * The widget's words, from the engine's catalogs (`src/i18n/`), in the language of the page
 * around `element` (its nearest `lang`), else the browser's, else English.
 */
async function labelsFor(element) {
  const glue = await loadEngine();
  const tags = [element.closest("[lang]")?.lang, ...(navigator.languages ?? []), navigator.language];
  return JSON.parse(glue.labels(tags.filter((tag) => typeof tag === "string" && tag !== "")));
}

/** The attributes that set the summary's length, named as `summarize`'s options. */
const LENGTH_ATTRIBUTES = ["sentences", "words", "ratio", "length"];

/** How long the widget waits for changes to settle before reading the text again. */
const SETTLE_MS = 60;

/** `<nutgraf-summary>`: a card with the summary (and the quotes) of the text it is given. */
class NutgrafSummary extends HTMLElement {
  static observedAttributes = ["source", ...LENGTH_ATTRIBUTES, "quotes", "theme"];

  #card;
  #title;
  #status;
  #labels = null;
  #results;
  #pasteBox = null;
  #observer = new MutationObserver(() => this.#schedule());
  #observed = null;
  #timer = 0;
  #runs = 0;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    style(shadow);
    this.#status = h("p", { class: "status", role: "status", part: "status" });
    this.#results = h("div", { class: "results", part: "results" });
    this.#title = h("span", { class: "title" });
    this.#card = h(
      "section",
      { class: "card", part: "card" },
      h("div", { class: "head" }, this.#title, h("span", { class: "brand" }, "Nutgraf")),
      this.#status,
      this.#results,
    );
    shadow.append(this.#card);
  }

  connectedCallback() {
    this.#applyTheme();
    this.#watch();
    // The engine starts loading at once; a failure shows when the widget renders.
    loadEngine().catch(() => {});
    this.#schedule(0);
  }

  disconnectedCallback() {
    this.#observer.disconnect();
    this.#observed = null;
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name) {
    if (!this.isConnected) return;
    if (name === "theme") this.#applyTheme();
    if (name === "source") this.#watch();
    this.#schedule();
  }

  #applyTheme() {
    const theme = this.getAttribute("theme");
    this.#card.dataset.theme = theme === "light" || theme === "dark" ? theme : "auto";
  }

  /** The element whose text is summarized: the `source` element, or this one. */
  #sourceElement() {
    const selector = this.getAttribute("source");
    if (selector === null || selector.trim() === "") return { element: this };
    try {
      const element = document.querySelector(selector);
      return element ? { element } : { problem: `Nothing on this page matches source="${selector}".` };
    } catch {
      return { problem: `source="${selector}" is not a CSS selector.` };
    }
  }

  /** Re-reads the text whenever the element it comes from changes. */
  #watch() {
    const { element } = this.#sourceElement();
    if (element === this.#observed) return;
    this.#observer.disconnect();
    this.#observed = element ?? null;
    if (element) this.#observer.observe(element, { childList: true, subtree: true, characterData: true });
  }

  #schedule(delay = SETTLE_MS) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#render(), delay);
  }

  /**
   * The summary options the attributes ask for, as written: the engine reads and checks them
   * as it reads `summarize`'s options (three sentences when none; a refusal says why).
   */
  #options() {
    const options = {};
    for (const name of LENGTH_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) options[name] = value;
    }
    return options;
  }

  #text() {
    const source = this.#sourceElement();
    if (source.problem) return source;
    const text = articleText(source.element);
    if (text === "" && source.element === this) return { paste: true };
    return { text };
  }

  /** The widget's words (loading the engine, which holds them, the first time). */
  async #words() {
    if (!this.#labels) {
      this.#labels = await labelsFor(this);
      this.#card.setAttribute("aria-label", this.#labels.card);
      this.#title.textContent = this.#labels.summary;
    }
    return this.#labels;
  }

  /** A paste box, for a widget given neither `source` nor text of its own. */
  #showPasteBox(words) {
    if (!this.#pasteBox) {
      const area = h("textarea", { part: "paste-box", placeholder: words.paste_placeholder });
      area.addEventListener("input", () => this.#schedule());
      this.#pasteBox = h("label", { class: "paste" }, h("span", {}, words.paste_label), area);
      this.#card.insertBefore(this.#pasteBox, this.#status);
    }
    return this.#pasteBox.querySelector("textarea").value.trim();
  }

  async #render() {
    const run = ++this.#runs;
    let words;
    try {
      words = await this.#words();
    } catch (error) {
      if (run !== this.#runs) return;
      // In English: the widget's words are in the engine that failed to load.
      this.#status.textContent = `Nutgraf could not start: ${error?.message ?? error}`;
      this.#card.dataset.state = "error";
      return;
    }
    if (run !== this.#runs) return;
    let { text, problem, paste } = this.#text();
    if (paste) text = this.#showPasteBox(words);
    else if (this.#pasteBox) {
      this.#pasteBox.remove();
      this.#pasteBox = null;
    }
    if (problem || !text) {
      this.#status.textContent = problem ?? "";
      this.#results.replaceChildren();
      return;
    }
    const wantsQuotes = this.hasAttribute("quotes") && this.getAttribute("quotes") !== "false";
    this.#status.textContent = words.reading;
    let summary, found;
    try {
      summary = await summarize(text, this.#options());
      found = wantsQuotes ? await quotes(text) : null;
    } catch (error) {
      if (run !== this.#runs) return;
      this.#status.textContent = words.could_not_read.replace("{}", () => error?.message ?? String(error));
      this.#results.replaceChildren();
      this.#card.dataset.state = "error";
      return;
    }
    if (run !== this.#runs) return;
    this.#status.textContent = summary.sentences.length ? "" : words.no_sentences;
    const sections = [
      h(
        "ol",
        { class: "sentences", part: "sentences" },
        ...summary.sentences.map((sentence) => h("li", { class: "sentence", part: "sentence" }, sentence.text)),
      ),
    ];
    if (found) {
      sections.push(h("span", { class: "subtitle" }, found.quotes.length ? words.quotes : words.no_quotes));
      sections.push(
        h(
          "ul",
          { class: "quotes", part: "quotes" },
          ...found.quotes.map((quote) =>
            h(
              "li",
              // Shown as the engine words it: a direct quote in quotation marks, its parts
              // joined by an ellipsis; reported speech without marks, in a plain style.
              { class: `quote ${quote.kind}`, part: "quote", "data-kind": quote.kind },
              h("span", { class: "quote-text" }, quote.shown),
              h("span", { class: "speaker" }, ` — ${quote.speaker?.name ?? words.unattributed}`),
            ),
          ),
        ),
      );
    }
    this.#results.replaceChildren(...sections);
    this.#card.dataset.state = "ready";
    if (performance.getEntriesByName("nutgraf:embed-rendered").length === 0) {
      performance.mark("nutgraf:embed-rendered");
    }
    keepOffline();
  }
}

// ---------------------------------------------------------------------------------------
// Offline: where this bundle is served from the page's own site, and the page lies within
// the bundle's folder, the bundle's service worker keeps the page working offline.

let offlineAsked = false;

function keepOffline() {
  if (offlineAsked || !("serviceWorker" in navigator)) return;
  offlineAsked = true;
  const worker = new URL("./sw.js", import.meta.url);
  const scope = new URL("./", worker);
  if (worker.origin !== location.origin || !location.pathname.startsWith(scope.pathname)) return;
  navigator.serviceWorker.register(worker.href).catch(() => {});
}

if (!customElements.get("nutgraf-summary")) {
  customElements.define("nutgraf-summary", NutgrafSummary);
}

window.Nutgraf = Object.freeze({ summarize, quotes });
document.dispatchEvent(new Event("nutgraf-ready"));
