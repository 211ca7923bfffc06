//! Table-driven tests of the sentence splitter: each case is an input and the sentences it
//! must produce, written out in full.

use nutgraf_engine::SentenceSplitter;

/// (input, expected sentences)
const CASES: &[(&str, &[&str])] = &[
    // Plain prose.
    ("One. Two. Three.", &["One.", "Two.", "Three."]),
    ("Is it? Yes! It is.", &["Is it?", "Yes!", "It is."]),
    ("No final stop", &["No final stop"]),
    ("", &[]),
    ("   \n\t ", &[]),
    // Titles and abbreviations.
    (
        "Mr. Smith went to Washington. He stayed.",
        &["Mr. Smith went to Washington.", "He stayed."],
    ),
    (
        "Dr. Jones and Mrs. Jones arrived.",
        &["Dr. Jones and Mrs. Jones arrived."],
    ),
    (
        "Sen. Warren spoke. Gov. Newsom replied.",
        &["Sen. Warren spoke.", "Gov. Newsom replied."],
    ),
    (
        "It was founded by St. Francis. Nobody disputes it.",
        &["It was founded by St. Francis.", "Nobody disputes it."],
    ),
    ("He joined Acme Inc. in 2004.", &["He joined Acme Inc. in 2004."]),
    (
        "He joined Acme Inc. The company grew.",
        &["He joined Acme Inc.", "The company grew."],
    ),
    ("U.S. officials said so.", &["U.S. officials said so."]),
    (
        "She moved to the U.S. The move was hard.",
        &["She moved to the U.S.", "The move was hard."],
    ),
    ("The U.S. President spoke.", &["The U.S. President spoke."]),
    (
        "Some fruits, e.g. apples, are red.",
        &["Some fruits, e.g. apples, are red."],
    ),
    ("Use a tool, i.e. a hammer.", &["Use a tool, i.e. a hammer."]),
    (
        "Smith et al. found more. Others did not.",
        &["Smith et al. found more.", "Others did not."],
    ),
    (
        "It happened on Jan. 5 last year.",
        &["It happened on Jan. 5 last year."],
    ),
    ("He wore No. 10 for years.", &["He wore No. 10 for years."]),
    ("We met at 5 p.m. on Friday.", &["We met at 5 p.m. on Friday."]),
    (
        "We met at 5 p.m. The rain had stopped.",
        &["We met at 5 p.m.", "The rain had stopped."],
    ),
    // Initials.
    ("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]),
    ("George W. Bush spoke.", &["George W. Bush spoke."]),
    // Numbers.
    (
        "Prices rose 3.5 percent. Wages did not.",
        &["Prices rose 3.5 percent.", "Wages did not."],
    ),
    (
        "It ended in 2015. Then came 2016.",
        &["It ended in 2015.", "Then came 2016."],
    ),
    (
        "Die Wahl ist am 3. Oktober. Alle gehen hin.",
        &["Die Wahl ist am 3. Oktober.", "Alle gehen hin."],
    ),
    // Ellipses.
    (
        "Wait... what happened? Nothing.",
        &["Wait... what happened?", "Nothing."],
    ),
    ("He paused… Then he left.", &["He paused…", "Then he left."]),
    // Quotes.
    (
        "\"It is over.\" The crowd left.",
        &["\"It is over.\"", "The crowd left."],
    ),
    (
        "“It is over.” The crowd left.",
        &["“It is over.”", "The crowd left."],
    ),
    ("“Why?” he asked.", &["“Why?” he asked."]),
    (
        "“Why?” Smith asked. Nobody knew.",
        &["“Why?” Smith asked.", "Nobody knew."],
    ),
    (
        "\"Stop!\" she shouted. They stopped.",
        &["\"Stop!\" she shouted.", "They stopped."],
    ),
    (
        "He said: “We won.” Then he smiled.",
        &["He said: “We won.”", "Then he smiled."],
    ),
    (
        "(This is an aside.) The story goes on.",
        &["(This is an aside.)", "The story goes on."],
    ),
    // Lines, headlines, lists.
    (
        "Storm hits coast\n\nThe storm arrived at dawn.",
        &["Storm hits coast", "The storm arrived at dawn."],
    ),
    (
        "Storm hits coast\nThe storm arrived at dawn.",
        &["Storm hits coast", "The storm arrived at dawn."],
    ),
    (
        "This line is wrapped\nin the middle of a sentence.",
        &["This line is wrapped\nin the middle of a sentence."],
    ),
    (
        "Key points:\n- Prices rose\n- Wages fell",
        &["Key points:", "- Prices rose", "- Wages fell"],
    ),
    (
        "1. First item\n2. Second item",
        &["1. First item", "2. Second item"],
    ),
    // Addresses.
    (
        "Visit www.example.com for more. It is free.",
        &["Visit www.example.com for more.", "It is free."],
    ),
    (
        "Write to news@example.org today. We answer.",
        &["Write to news@example.org today.", "We answer."],
    ),
    // Other scripts and languages.
    (
        "今日は晴れです。明日は雨です。",
        &["今日は晴れです。", "明日は雨です。"],
    ),
    ("¿Dónde está? ¡Aquí está!", &["¿Dónde está?", "¡Aquí está!"]),
    (
        "Er sagte: „Wir gewinnen.“ Dann ging er.",
        &["Er sagte: „Wir gewinnen.“", "Dann ging er."],
    ),
];

#[test]
fn every_case_splits_as_written() {
    let splitter = SentenceSplitter;
    let mut failures = Vec::new();
    for (input, expected) in CASES {
        let got: Vec<&str> = splitter
            .split(input)
            .into_iter()
            .map(|span| &input[span])
            .collect();
        if got != *expected {
            failures.push(format!(
                "input:    {input:?}\nexpected: {expected:?}\ngot:      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n\n")
    );
}
