// Types of Nutgraf's embed (`embed.js`): the `summarize` and `quotes` functions, their options
// and results, the `<nutgraf-summary>` element's attributes, and `window.Nutgraf`.
//
// `cargo xtask dist` ships this file as `embed.d.ts` beside `embed.js`. The results are the
// command line's JSON (`nutgraf summarize --json`, `nutgraf quotes --json`, from
// `crates/engine/src/report.rs`): every `start` and `end` is a Unicode scalar (char) offset
// into the text given, end exclusive, and every `text` is the reading form of that stretch.
// `tests/embed_types.rs` checks these fields against the reports the engine writes.

/** An amount: a number, or its text as an attribute holds it. */
export type Amount = number | `${number}`;

/**
 * A whole length, as the `length` option and attribute take it: a preset, or an amount with
 * its unit (letter case aside). Amounts of sentences and words are whole numbers above 0; a
 * percentage is a whole number from 1 to 100.
 */
export type LengthText =
  | "short"
  | "medium"
  | "long"
  | `${number} sentences`
  | `${number} sentence`
  | `${number} words`
  | `${number} word`
  | `${number}%`;

/** The names of the options (and attributes) that set a summary's length. */
export type LengthKey = "sentences" | "words" | "ratio" | "length";

/** Options giving only `key`, of type `T`; the other lengths stay unset. */
type OnlyLength<K extends LengthKey, T> = { [P in K]: T } & { [P in Exclude<LengthKey, K>]?: undefined };

/**
 * The options of {@link summarize}: at most one length. Three sentences (`"short"`) when none
 * is given. A value the command line would refuse rejects the promise with the reason.
 */
export type SummaryOptions =
  /** At most this many sentences: a whole number above 0. */
  | OnlyLength<"sentences", Amount>
  /** The best summary of at most this many words: a whole number above 0. */
  | OnlyLength<"words", Amount>
  /** This share of the article's sentences: above 0 and at most 1. */
  | OnlyLength<"ratio", Amount>
  /** A preset or an amount with its unit. */
  | OnlyLength<"length", LengthText>
  | { [P in LengthKey]?: undefined };

/** The languages the engine reads (ISO 639-1), or `"und"` for any other. */
export type Language = "en" | "de" | "fr" | "es" | "it" | "pt" | "nl" | "und";

/** A summary, as `nutgraf summarize --json` prints it. */
export interface SummaryReport {
  /** The language the article was read in. */
  language: Language;
  /** The chosen sentences, in article order. */
  sentences: SentenceReport[];
  /** The article's key phrases, most important first. */
  keywords: string[];
}

/** One summary sentence. */
export interface SentenceReport {
  /** Its position among the article's sentences, from 0. */
  index: number;
  /** Char offset of its first character. */
  start: number;
  /** Char offset just past its last character. */
  end: number;
  /** The sentence as read; when a connective was cut off its start, what is left. */
  text: string;
  /** How strongly it carries the story (four decimals). */
  score: number;
}

/** Quotations, as `nutgraf quotes --json` prints them. */
export interface QuotesReport {
  /** The language the article was read in. */
  language: Language;
  /** The quotations, in article order. */
  quotes: QuoteReport[];
  /** Who is quoted: one row a speaker, most quoted words first. */
  speakers: SpeakerShare[];
}

/** One speaker's part in the quotes. */
export interface SpeakerShare {
  /** The speaker's name, or "Unattributed". */
  name: string;
  /** How many quotes are theirs. */
  quotes: number;
  /** Their share of all quoted words, in whole percent. */
  word_share: number;
}

/** What kind of speech a quotation is. */
export type QuoteKind = "direct" | "indirect" | "mixed";

/** One quotation. */
export interface QuoteReport {
  /** Direct (in quotation marks), indirect (reported) or mixed. */
  kind: QuoteKind;
  /** The quoted words. */
  text: string;
  /** Char offset of the first quoted character. */
  start: number;
  /** Char offset just past the last quoted character. */
  end: number;
  /**
   * The quoted stretches: the whole quote, or one per pair of quotation marks when the
   * attribution interrupts a direct quote (`“…,” said Ana Lima. “…”`).
   */
  parts: SpanReport[];
  /**
   * The quote as a reader should see it: a direct quote in quotation marks, its parts joined
   * by an ellipsis; reported speech without marks.
   */
  shown: string;
  /** Who said it, or null. */
  speaker: SpeakerReport | null;
  /** The verb or phrase that introduced it, or null. */
  cue: SpanReport | null;
}

/** A stretch of the article. */
export interface SpanReport {
  /** The words, as read. */
  text: string;
  /** Char offset of the first character. */
  start: number;
  /** Char offset just past the last character. */
  end: number;
}

/** The speaker of a quotation: where the article names them, and their fullest name. */
export interface SpeakerReport extends SpanReport {
  /** The fullest name the article gives the speaker. */
  name: string;
}

/**
 * The summary of `text`, exactly as `nutgraf summarize --json` prints it. Rejects with an
 * `Error` saying why when the options are refused, when the text is longer than the engine
 * reads (64 MiB), or when the engine itself fails on the
 * text (its message then says the engine stopped); either way the next call works, on a
 * fresh engine after a failure.
 */
export function summarize(text: string, options?: SummaryOptions | null): Promise<SummaryReport>;

/**
 * The quotations of `text` with their speakers, exactly as `nutgraf quotes --json` prints
 * them. Rejects with an `Error` saying what happened when the text is longer than the engine
 * reads (64 MiB) or the engine fails on the text; the next call works, on a fresh engine.
 */
export function quotes(text: string): Promise<QuotesReport>;

/** The API on `window.Nutgraf`, for scripts that are not modules. */
export interface NutgrafApi {
  readonly summarize: typeof summarize;
  readonly quotes: typeof quotes;
}

/**
 * The attributes of `<nutgraf-summary>`, as written in HTML; changing one updates the widget.
 * At most one of `sentences`, `words`, `ratio` and `length`; three sentences when none.
 */
export interface NutgrafSummaryAttributes {
  /** A CSS selector: summarize that element's text, followed as it changes. Without it, the
   * widget's own text; with neither, a paste box. */
  source?: string;
  /** At most this many sentences. */
  sentences?: `${number}`;
  /** The best summary of at most this many words. */
  words?: `${number}`;
  /** This share of the article's sentences, such as "0.2". */
  ratio?: `${number}`;
  /** A preset or an amount with its unit. */
  length?: LengthText;
  /** Present (any value but "false"): also list the quotes with their speakers. */
  quotes?: string;
  /** The colours; "auto" (the default) follows the reader's system. */
  theme?: "light" | "dark" | "auto";
}

/** `<nutgraf-summary>`: a card with the summary (and the quotes) of the text it is given. */
export interface NutgrafSummaryElement extends HTMLElement {}

declare global {
  interface Window {
    /** The same API as the module's exports, once `embed.js` has run (see `nutgraf-ready`). */
    readonly Nutgraf?: NutgrafApi;
  }

  interface HTMLElementTagNameMap {
    "nutgraf-summary": NutgrafSummaryElement;
  }

  interface DocumentEventMap {
    /** Fired on `document` once `window.Nutgraf` is there. */
    "nutgraf-ready": Event;
  }
}
