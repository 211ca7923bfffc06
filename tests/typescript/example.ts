// A blog's TypeScript using Nutgraf's embed: the API's options and results, the element and
// its attributes, and `window.Nutgraf`. `cargo xtask test` compiles it with `tsc --strict`;
// each `@ts-expect-error` line must stay an error, so the types refuse what the engine refuses.

import {
  quotes,
  summarize,
  type NutgrafSummaryAttributes,
  type QuoteKind,
  type SummaryOptions,
  type SummaryReport,
} from "https://your-host/nutgraf/embed.js";

/** The summary as a list of sentences, each with where it is in the text. */
async function summaryLines(text: string, options: SummaryOptions): Promise<string[]> {
  const summary: SummaryReport = await summarize(text, options);
  const language: "en" | "de" | "fr" | "es" | "it" | "pt" | "nl" | "und" = summary.language;
  const lines = summary.sentences.map(
    (sentence) => `${sentence.index}: ${sentence.text} [${sentence.start}, ${sentence.end}) ${sentence.score.toFixed(2)}`,
  );
  return [`(${language}) ${summary.keywords.join(", ")}`, ...lines];
}

/** Who said what, with the cue verb when there is one. */
async function attributions(text: string): Promise<string[]> {
  const found = await quotes(text);
  return found.quotes.map((quote) => {
    const kind: QuoteKind = quote.kind;
    const speaker = quote.speaker ? `${quote.speaker.name} ("${quote.speaker.text}" at ${quote.speaker.start})` : "unattributed";
    const cue = quote.cue?.text ?? "no cue";
    return `${kind}: ${quote.shown} (${quote.parts.length} part(s), [${quote.start}, ${quote.end})) by ${speaker}, ${cue}`;
  });
}

/** A widget for the element matching `source`. */
function widget(source: string): HTMLElement {
  const attributes: NutgrafSummaryAttributes = { source, length: "60 words", quotes: "", theme: "dark" };
  const element = document.createElement("nutgraf-summary");
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, value);
  }
  return element;
}

const options: SummaryOptions[] = [
  {},
  { sentences: 3 },
  { sentences: "3" },
  { words: 60 },
  { ratio: 0.2 },
  { length: "short" },
  { length: "5 sentences" },
  { length: "20%" },
];

// @ts-expect-error: at most one length
const twoLengths: SummaryOptions = { sentences: 3, words: 60 };
// @ts-expect-error: not a preset, nor an amount with its unit
const unknownPreset: SummaryOptions = { length: "tiny" };
// @ts-expect-error: no such option
const unknownOption: SummaryOptions = { paragraphs: 2 };
// @ts-expect-error: a theme the widget does not have
const unknownTheme: NutgrafSummaryAttributes = { theme: "blue" };

document.addEventListener("nutgraf-ready", async () => {
  const api = window.Nutgraf;
  if (!api) return;
  const text = document.querySelector("article")?.textContent ?? "";
  for (const option of options) console.log(await summaryLines(text, option));
  console.log(await attributions(text));
  const again: SummaryReport = await api.summarize(text, null);
  console.log(again.sentences.length, twoLengths, unknownPreset, unknownOption, unknownTheme);
  document.body.append(widget("article"));
});
