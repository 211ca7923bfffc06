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
    // Unusual spaces.
    (
        "Non-breaking\u{a0}spaces. Are\u{a0}spaces.",
        &["Non-breaking\u{a0}spaces.", "Are\u{a0}spaces."],
    ),
    (
        "A thin\u{2009}space ends here.\u{3000}Next one.",
        &["A thin\u{2009}space ends here.", "Next one."],
    ),
    // More titles and honorifics.
    (
        "Prof. Lee teaches here. She is new.",
        &["Prof. Lee teaches here.", "She is new."],
    ),
    ("Rep. Ocasio-Cortez voted no.", &["Rep. Ocasio-Cortez voted no."]),
    (
        "Gen. Milley and Lt. Col. Vindman testified.",
        &["Gen. Milley and Lt. Col. Vindman testified."],
    ),
    (
        "Capt. Sullenberger landed the plane.",
        &["Capt. Sullenberger landed the plane."],
    ),
    ("Sgt. Pepper is an album.", &["Sgt. Pepper is an album."]),
    ("Rev. King spoke in 1963.", &["Rev. King spoke in 1963."]),
    (
        "Ms. Rivera declined to comment.",
        &["Ms. Rivera declined to comment."],
    ),
    (
        "Mrs. May resigned. Mr. Johnson followed.",
        &["Mrs. May resigned.", "Mr. Johnson followed."],
    ),
    (
        "Messrs. Smith and Jones disagreed.",
        &["Messrs. Smith and Jones disagreed."],
    ),
    (
        "Martin Luther King Jr. was born in Atlanta.",
        &["Martin Luther King Jr. was born in Atlanta."],
    ),
    (
        "The award went to Sammy Davis Jr. He accepted it.",
        &["The award went to Sammy Davis Jr.", "He accepted it."],
    ),
    (
        "Gov. Hochul signed it. Sen. Schumer praised it.",
        &["Gov. Hochul signed it.", "Sen. Schumer praised it."],
    ),
    (
        "She met Dr. Fauci. They talked.",
        &["She met Dr. Fauci.", "They talked."],
    ),
    // Companies and organisations.
    (
        "Apple Inc. reported record sales.",
        &["Apple Inc. reported record sales."],
    ),
    (
        "Shares of Tesla Inc. fell. Investors were worried.",
        &["Shares of Tesla Inc. fell.", "Investors were worried."],
    ),
    (
        "He works for Acme Corp. in Ohio.",
        &["He works for Acme Corp. in Ohio."],
    ),
    (
        "Smith & Co. was sold. The buyer is unknown.",
        &["Smith & Co. was sold.", "The buyer is unknown."],
    ),
    (
        "Barclays Plc. said profits rose.",
        &["Barclays Plc. said profits rose."],
    ),
    (
        "Warner Bros. Discovery cut jobs.",
        &["Warner Bros. Discovery cut jobs."],
    ),
    // Places and countries.
    (
        "The U.K. left the EU. It took years.",
        &["The U.K. left the EU.", "It took years."],
    ),
    (
        "U.N. inspectors arrived on Monday.",
        &["U.N. inspectors arrived on Monday."],
    ),
    (
        "He flew to Washington, D.C. The trip was short.",
        &["He flew to Washington, D.C.", "The trip was short."],
    ),
    (
        "She lives on Baker St. in London.",
        &["She lives on Baker St. in London."],
    ),
    (
        "They climbed Mt. Everest in May.",
        &["They climbed Mt. Everest in May."],
    ),
    (
        "The U.S.-led coalition struck again.",
        &["The U.S.-led coalition struck again."],
    ),
    (
        "Troops left the U.S. base. Nobody stayed.",
        &["Troops left the U.S. base.", "Nobody stayed."],
    ),
    // Other abbreviations.
    (
        "Bring food, water, etc. to the camp.",
        &["Bring food, water, etc. to the camp."],
    ),
    (
        "They sold pens, paper, etc. Business was good.",
        &["They sold pens, paper, etc.", "Business was good."],
    ),
    ("It weighs approx. five tons.", &["It weighs approx. five tons."]),
    ("See Fig. 3 for details.", &["See Fig. 3 for details."]),
    ("Read Vol. 2 first.", &["Read Vol. 2 first."]),
    (
        "It was Smith vs. Jones in court.",
        &["It was Smith vs. Jones in court."],
    ),
    ("He holds a Ph.D. in physics.", &["He holds a Ph.D. in physics."]),
    (
        "The fire started at 3 a.m. on Sunday.",
        &["The fire started at 3 a.m. on Sunday."],
    ),
    (
        "The fire started at 3 a.m. Nobody was hurt.",
        &["The fire started at 3 a.m.", "Nobody was hurt."],
    ),
    ("On Feb. 14 they married.", &["On Feb. 14 they married."]),
    ("The deadline is Sept. 30.", &["The deadline is Sept. 30."]),
    (
        "Dec. 25 is a holiday. Jan. 1 is too.",
        &["Dec. 25 is a holiday.", "Jan. 1 is too."],
    ),
    ("Call ext. 204 for help.", &["Call ext. 204 for help."]),
    ("Item No. 7 was missing.", &["Item No. 7 was missing."]),
    ("The team is No. 1 again.", &["The team is No. 1 again."]),
    (
        "Smith et al. (2020) disagree.",
        &["Smith et al. (2020) disagree."],
    ),
    // Initials and names.
    ("E. B. White wrote the book.", &["E. B. White wrote the book."]),
    ("H.G. Wells wrote it.", &["H.G. Wells wrote it."]),
    (
        "The author is J.R.R. Tolkien.",
        &["The author is J.R.R. Tolkien."],
    ),
    (
        "Franklin D. Roosevelt won. He served long.",
        &["Franklin D. Roosevelt won.", "He served long."],
    ),
    (
        "Plan B. The other plan failed.",
        &["Plan B.", "The other plan failed."],
    ),
    (
        "She got an A. Her brother did not.",
        &["She got an A.", "Her brother did not."],
    ),
    // Numbers, money, times.
    (
        "Inflation hit 9.1 percent in June.",
        &["Inflation hit 9.1 percent in June."],
    ),
    (
        "It cost $4.99. That was cheap.",
        &["It cost $4.99.", "That was cheap."],
    ),
    (
        "The score was 2-1. Fans cheered.",
        &["The score was 2-1.", "Fans cheered."],
    ),
    ("Version 2.0.1 shipped today.", &["Version 2.0.1 shipped today."]),
    (
        "The meeting is at 10.30 tomorrow.",
        &["The meeting is at 10.30 tomorrow."],
    ),
    (
        "Population: 8.3 million. Area: 783 km².",
        &["Population: 8.3 million.", "Area: 783 km²."],
    ),
    (
        "He was born in 1990. His sister in 1993.",
        &["He was born in 1990.", "His sister in 1993."],
    ),
    (
        "Der Vertrag wurde am 1. Januar unterzeichnet.",
        &["Der Vertrag wurde am 1. Januar unterzeichnet."],
    ),
    (
        "Es war der 2. Weltkrieg. Alle litten.",
        &["Es war der 2. Weltkrieg.", "Alle litten."],
    ),
    (
        "Sie wurde am 24. Dezember geboren.",
        &["Sie wurde am 24. Dezember geboren."],
    ),
    // Ellipses and dashes.
    (
        "And then... nothing. It was over.",
        &["And then... nothing.", "It was over."],
    ),
    (
        "He said . . . well, never mind.",
        &["He said . . . well, never mind."],
    ),
    (
        "It ended — finally. We left.",
        &["It ended — finally.", "We left."],
    ),
    ("Wait…what? No.", &["Wait…what?", "No."]),
    // Exclamations and questions.
    ("What a day! We won!", &["What a day!", "We won!"]),
    ("Really?! Yes.", &["Really?!", "Yes."]),
    ("Who knew? Nobody did.", &["Who knew?", "Nobody did."]),
    ("Is this the end?? Maybe.", &["Is this the end??", "Maybe."]),
    (
        "He shouted \"Fire!\" and ran.",
        &["He shouted \"Fire!\" and ran."],
    ),
    (
        "She asked, “Why now?” and left.",
        &["She asked, “Why now?” and left."],
    ),
    // Quotes with attribution.
    (
        "“We will win,” she said. “We must.”",
        &["“We will win,” she said.", "“We must.”"],
    ),
    (
        "“It’s over.” That was all he said.",
        &["“It’s over.”", "That was all he said."],
    ),
    (
        "“Are you sure?” asked the judge.",
        &["“Are you sure?” asked the judge."],
    ),
    ("“No!” cried Maria. She ran.", &["“No!” cried Maria.", "She ran."]),
    ("'Stop,' he said. 'Now.'", &["'Stop,' he said.", "'Now.'"]),
    ("«C’est fini.» Il est parti.", &["«C’est fini.»", "Il est parti."]),
    (
        "« C’est fini. » Il est parti.",
        &["« C’est fini. »", "Il est parti."],
    ),
    ("„Das reicht!“ rief sie.", &["„Das reicht!“ rief sie."]),
    (
        "He called it “a disaster.” Others agreed.",
        &["He called it “a disaster.”", "Others agreed."],
    ),
    (
        "The sign read “Closed.” We went home.",
        &["The sign read “Closed.”", "We went home."],
    ),
    // Brackets.
    (
        "The law (passed in 2010.) is old.",
        &["The law (passed in 2010.) is old."],
    ),
    (
        "He left. (Nobody noticed.) Then he returned.",
        &["He left.", "(Nobody noticed.)", "Then he returned."],
    ),
    (
        "Prices rose [sic]. Sales fell.",
        &["Prices rose [sic].", "Sales fell."],
    ),
    // Lines and paragraphs.
    (
        "First paragraph ends.\n\nSecond paragraph starts.",
        &["First paragraph ends.", "Second paragraph starts."],
    ),
    ("Line one\r\nLine two", &["Line one", "Line two"]),
    (
        "BREAKING NEWS\nThe mayor resigned.",
        &["BREAKING NEWS", "The mayor resigned."],
    ),
    (
        "Updated 5:30 PM\nThe storm weakened.",
        &["Updated 5:30 PM", "The storm weakened."],
    ),
    (
        "* First point\n* Second point",
        &["* First point", "* Second point"],
    ),
    ("• Prices\n• Wages", &["• Prices", "• Wages"]),
    ("a) first\nb) second", &["a) first\nb) second"]),
    (
        "The results were clear:\nturnout was low.",
        &["The results were clear:", "turnout was low."],
    ),
    (
        "Trailing spaces.   \n\n   Leading spaces.",
        &["Trailing spaces.", "Leading spaces."],
    ),
    ("Tabs\tinside. And\tafter.", &["Tabs\tinside.", "And\tafter."]),
    // Web addresses.
    (
        "Go to https://example.com/a.b?c=d. Then log in.",
        &["Go to https://example.com/a.b?c=d.", "Then log in."],
    ),
    (
        "The site bbc.co.uk reported it. We checked.",
        &["The site bbc.co.uk reported it.", "We checked."],
    ),
    (
        "Email j.doe@mail.example.com for tickets.",
        &["Email j.doe@mail.example.com for tickets."],
    ),
    (
        "Follow @nutgraf on social media. It's free.",
        &["Follow @nutgraf on social media.", "It's free."],
    ),
    (
        "The file is report.pdf. Open it.",
        &["The file is report.pdf.", "Open it."],
    ),
    // News conventions.
    (
        "(CNN)The storm hit land. Thousands fled.",
        &["(CNN)The storm hit land.", "Thousands fled."],
    ),
    (
        "March 10, 2015 . We're back. Welcome.",
        &["March 10, 2015 .", "We're back.", "Welcome."],
    ),
    (
        "By . Jane Doe . PUBLISHED: . 10:00 EST .",
        &["By .", "Jane Doe .", "PUBLISHED: .", "10:00 EST ."],
    ),
    (
        "LONDON (Reuters) - Stocks fell. Bonds rose.",
        &["LONDON (Reuters) - Stocks fell.", "Bonds rose."],
    ),
    (
        "WASHINGTON — The bill passed. It was close.",
        &["WASHINGTON — The bill passed.", "It was close."],
    ),
    // Other languages.
    (
        "Le président est arrivé. Il a parlé.",
        &["Le président est arrivé.", "Il a parlé."],
    ),
    (
        "M. Macron a parlé. Mme Le Pen aussi.",
        &["M. Macron a parlé.", "Mme Le Pen aussi."],
    ),
    (
        "El Sr. García habló. La Sra. López también.",
        &["El Sr. García habló.", "La Sra. López también."],
    ),
    ("¿Vienes? ¡Claro que sí!", &["¿Vienes?", "¡Claro que sí!"]),
    (
        "Das ist z.B. ein Test. Er läuft.",
        &["Das ist z.B. ein Test.", "Er läuft."],
    ),
    (
        "Dr. Müller kam. Er war müde.",
        &["Dr. Müller kam.", "Er war müde."],
    ),
    (
        "Il presidente ha parlato. Tutti ascoltavano.",
        &["Il presidente ha parlato.", "Tutti ascoltavano."],
    ),
    (
        "O ministro falou. Ninguém respondeu.",
        &["O ministro falou.", "Ninguém respondeu."],
    ),
    (
        "De minister sprak. Niemand luisterde.",
        &["De minister sprak.", "Niemand luisterde."],
    ),
    ("他来了！她走了？是的。", &["他来了！", "她走了？", "是的。"]),
    ("「行こう。」と彼は言った。", &["「行こう。」", "と彼は言った。"]),
    ("Москва. Кремль заявил.", &["Москва.", "Кремль заявил."]),
    ("Αθήνα. Η κυβέρνηση μίλησε.", &["Αθήνα.", "Η κυβέρνηση μίλησε."]),
    ("हम जीत गए। सब खुश हैं।", &["हम जीत गए। सब खुश हैं।"]),
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
    // A number, a wide space, then the stop (found by the property test): no panic, one end.
    (
        "Die Zahl war 3\u{3000}. Dann kam Mr. Smith.",
        &["Die Zahl war 3\u{3000}.", "Dann kam Mr. Smith."],
    ),
    // News copy (cnndm-dev): titles before names, U.S. inside and at the end of a sentence.
    (
        "Gov. Rick Scott signed it. U.S. Sen. Marco Rubio did not.",
        &["Gov. Rick Scott signed it.", "U.S. Sen. Marco Rubio did not."],
    ),
    (
        "She asked the U.S. Supreme Court to rule. It declined.",
        &["She asked the U.S. Supreme Court to rule.", "It declined."],
    ),
    (
        "He lived in the U.S. The next day he left.",
        &["He lived in the U.S.", "The next day he left."],
    ),
    // Initials, written closed up.
    (
        "A.J. Styles won. J.K. Rowling cheered.",
        &["A.J. Styles won.", "J.K. Rowling cheered."],
    ),
    (
        "It was President George H.W. Bush. He agreed.",
        &["It was President George H.W. Bush.", "He agreed."],
    ),
    // A dateline glued to an abbreviation or initials: `(CNN)U.S.`.
    (
        "(CNN)U.S. Secretary of State John Kerry arrived.",
        &["(CNN)U.S. Secretary of State John Kerry arrived."],
    ),
    (
        "(CNN)A.J. Pero, a drummer, has died. He was 55.",
        &["(CNN)A.J. Pero, a drummer, has died.", "He was 55."],
    ),
    // A time of day goes on before a weekday, a month or a time zone.
    (
        "It landed at 10:01 a.m. Tuesday in Spain.",
        &["It landed at 10:01 a.m. Tuesday in Spain."],
    ),
    (
        "The show airs at 9 p.m. ET on Sunday.",
        &["The show airs at 9 p.m. ET on Sunday."],
    ),
    (
        "The polls close at 8 p.m. UTC on Friday.",
        &["The polls close at 8 p.m. UTC on Friday."],
    ),
    (
        "The launch was set for 2 p.m. March 3. Crowds came.",
        &["The launch was set for 2 p.m. March 3.", "Crowds came."],
    ),
    (
        "It ended at 6 p.m. Police left soon after.",
        &["It ended at 6 p.m.", "Police left soon after."],
    ),
    // Numbering abbreviations go on only before a number or a Roman numeral.
    (
        "Yes and no. Certainly not today.",
        &["Yes and no.", "Certainly not today."],
    ),
    (
        "He turned preaching into an art. He was loved.",
        &["He turned preaching into an art.", "He was loved."],
    ),
    ("See Vol. II of the set.", &["See Vol. II of the set."]),
    ("Read art. 5 of the law.", &["Read art. 5 of the law."]),
    // Picture captions glued to the story without a stop.
    (
        "She wore a black miniskirt The fashion fan carried a tote.",
        &["She wore a black miniskirt", "The fashion fan carried a tote."],
    ),
    (
        "The cat curls up next to the sick animals In this photo the cat kisses a kitten.",
        &[
            "The cat curls up next to the sick animals",
            "In this photo the cat kisses a kitten.",
        ],
    ),
    (
        "He signed in 2013 He told friends he was happy.",
        &["He signed in 2013", "He told friends he was happy."],
    ),
    (
        "He won the title twice But for all that he stayed humble.",
        &["He won the title twice", "But for all that he stayed humble."],
    ),
    (
        "The car was stolen An eight-year-old boy was inside.",
        &["The car was stolen", "An eight-year-old boy was inside."],
    ),
    (
        "He looks on during the defeat at Old Trafford The afternoon started well.",
        &[
            "He looks on during the defeat at Old Trafford",
            "The afternoon started well.",
        ],
    ),
    (
        "Pictured is Ukip leader Nigel Farage The study found a rise.",
        &["Pictured is Ukip leader Nigel Farage", "The study found a rise."],
    ),
    // Titles, names and capitalised openers inside a sentence stay put.
    (
        "They starred in the film The Theory of Everything last year.",
        &["They starred in the film The Theory of Everything last year."],
    ),
    (
        "Critics called it ALL The time in their reviews.",
        &["Critics called it ALL The time in their reviews."],
    ),
    (
        "The song Push It was a hit in Europe.",
        &["The song Push It was a hit in Europe."],
    ),
    (
        "He wrote for The Guardian and The New York Times.",
        &["He wrote for The Guardian and The New York Times."],
    ),
    (
        "She got an A for effort in class.",
        &["She got an A for effort in class."],
    ),
    (
        "Können Sie mir helfen? Ja, wir helfen Sie gern.",
        &["Können Sie mir helfen?", "Ja, wir helfen Sie gern."],
    ),
];

#[test]
fn every_case_splits_as_written() {
    let splitter = SentenceSplitter::default();
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
