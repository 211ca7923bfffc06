//! Table-driven tests of the sentence splitter: each case is an input and the sentences it
//! must produce, written out in full.

use nutgraf_engine::text::Language;
use nutgraf_engine::SentenceSplitter;
use proptest::prelude::*;

/// (input, expected sentences)
const CASES: &[(&str, &[&str])] = &[
    // Plain prose.
    ("One. Two. Three.", &["One.", "Two.", "Three."]),
    ("Is it? Yes! It is.", &["Is it?", "Yes!", "It is."]),
    ("No final stop", &["No final stop"]),
    ("", &[]),
    ("   \n\t ", &[]),
    // Sentences glued at their stop, as text copied from a PDF or a web page often is; not an
    // abbreviation, a title, a domain or a number.
    (
        "The plan was approved by the council.Then it went to court. It was late!The end.",
        &[
            "The plan was approved by the council.",
            "Then it went to court.",
            "It was late!",
            "The end.",
        ],
    ),
    (
        "Dr.Smith saw the U.S. team on amazon.com at 3.5 points.",
        &["Dr.Smith saw the U.S. team on amazon.com at 3.5 points."],
    ),
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
    // Numbered and lettered lists.
    (
        "Steps:\n1) Open the box\n2) Remove the cover",
        &["Steps:", "1) Open the box", "2) Remove the cover"],
    ),
    ("1. Buy milk. 2. Pay rent.", &["1. Buy milk.", "2. Pay rent."]),
    (
        "Top reasons: 1. Price. 2. Quality.",
        &["Top reasons: 1. Price.", "2. Quality."],
    ),
    (
        "a) First option\nb) Second option",
        &["a) First option", "b) Second option"],
    ),
    (
        "(a) The first rule\n(b) The second rule",
        &["(a) The first rule", "(b) The second rule"],
    ),
    ("Choose (a) red or (b) blue.", &["Choose (a) red or (b) blue."]),
    (
        "10. Final item\n11. Extra item",
        &["10. Final item", "11. Extra item"],
    ),
    (
        "I. Introduction\nII. Methods\nIII. Results",
        &["I. Introduction", "II. Methods", "III. Results"],
    ),
    // Bullets.
    (
        "- Prices rose.\n- Wages fell.",
        &["- Prices rose.", "- Wages fell."],
    ),
    (
        "Highlights:\n• Oil fell 3%\n• Gold rose",
        &["Highlights:", "• Oil fell 3%", "• Gold rose"],
    ),
    ("* one\n* two", &["* one", "* two"]),
    (
        "What we know:\n- The fire began at night\n- Nobody was hurt",
        &["What we know:", "- The fire began at night", "- Nobody was hurt"],
    ),
    // More ellipses.
    ("He said . . . Then silence.", &["He said . . .", "Then silence."]),
    ("The end . . .", &["The end . . ."]),
    ("Wait.... What?", &["Wait....", "What?"]),
    ("So… we lost.", &["So… we lost."]),
    ("The list goes on…", &["The list goes on…"]),
    ("“I don’t know…” she said.", &["“I don’t know…” she said."]),
    (
        "He hesitated... \"Fine,\" he said.",
        &["He hesitated...", "\"Fine,\" he said."],
    ),
    // Citations after quotations.
    (
        "He wrote that “the end is near” (Smith 55). Others disagree.",
        &["He wrote that “the end is near” (Smith 55).", "Others disagree."],
    ),
    (
        "She called it “a farce” (p. 12). Critics agreed.",
        &["She called it “a farce” (p. 12).", "Critics agreed."],
    ),
    (
        "“Is it over?” (Smith 12). Yes.",
        &["“Is it over?” (Smith 12).", "Yes."],
    ),
    (
        "He asked, \"Who cares?\" (Jones 4). Nobody did.",
        &["He asked, \"Who cares?\" (Jones 4).", "Nobody did."],
    ),
    // URLs, domains and e-mail addresses.
    (
        "See example.com/a.b for details.",
        &["See example.com/a.b for details."],
    ),
    (
        "Visit www.bbc.co.uk. It is free.",
        &["Visit www.bbc.co.uk.", "It is free."],
    ),
    ("It is on bbc.co.uk.", &["It is on bbc.co.uk."]),
    (
        "Read it at https://example.com/a.b. Then share it.",
        &["Read it at https://example.com/a.b.", "Then share it."],
    ),
    (
        "The site is example.com. It works.",
        &["The site is example.com.", "It works."],
    ),
    (
        "Its domain, nutgraf.io, is new.",
        &["Its domain, nutgraf.io, is new."],
    ),
    (
        "Contact press@bbc.co.uk. We reply fast.",
        &["Contact press@bbc.co.uk.", "We reply fast."],
    ),
    (
        "Mail j.smith@example.com. He answers.",
        &["Mail j.smith@example.com.", "He answers."],
    ),
    // Money and decimals.
    ("It cost $100.00. We paid.", &["It cost $100.00.", "We paid."]),
    (
        "Prices rose 3.5 per cent. Stocks fell.",
        &["Prices rose 3.5 per cent.", "Stocks fell."],
    ),
    (
        "Revenue hit €1.5bn. Profits fell.",
        &["Revenue hit €1.5bn.", "Profits fell."],
    ),
    (
        "Shares fell to £2.50 on Monday.",
        &["Shares fell to £2.50 on Monday."],
    ),
    (
        "The rate is 0.25%. It may rise.",
        &["The rate is 0.25%.", "It may rise."],
    ),
    (
        "The index closed at 4,500. Traders left.",
        &["The index closed at 4,500.", "Traders left."],
    ),
    // `I.` at a sentence end and inside names.
    (
        "Nobody knew it but I. Then I left.",
        &["Nobody knew it but I.", "Then I left."],
    ),
    ("Albert I. Jones spoke.", &["Albert I. Jones spoke."]),
    (
        "It began in World War I. The war ended in 1918.",
        &["It began in World War I.", "The war ended in 1918."],
    ),
    // Times of day.
    (
        "The game starts at 7 p.m. Smith will play.",
        &["The game starts at 7 p.m.", "Smith will play."],
    ),
    (
        "It is at 8 P.M. The doors open early.",
        &["It is at 8 P.M.", "The doors open early."],
    ),
    (
        "The vote is at 9 A.M. Monday.",
        &["The vote is at 9 A.M. Monday."],
    ),
    (
        "It opens at 10 a.m. Eastern Time.",
        &["It opens at 10 a.m. Eastern Time."],
    ),
    // Doubled marks.
    ("Stop!! Now.", &["Stop!!", "Now."]),
    ("What?! No way.", &["What?!", "No way."]),
    ("Really?!? Yes.", &["Really?!?", "Yes."]),
    ("“Go!!” he yelled.", &["“Go!!” he yelled."]),
    ("Wow!!! Amazing!!!", &["Wow!!!", "Amazing!!!"]),
    // Quotes after the stop.
    (
        "He said, \"Enough.\" Then he left.",
        &["He said, \"Enough.\"", "Then he left."],
    ),
    (
        "She asked ‘Why?’ Nobody knew.",
        &["She asked ‘Why?’", "Nobody knew."],
    ),
    (
        "‘It’s done.’ The minister nodded.",
        &["‘It’s done.’", "The minister nodded."],
    ),
    // Parentheses.
    (
        "The company (founded in 1990) grew. It hired more.",
        &["The company (founded in 1990) grew.", "It hired more."],
    ),
    (
        "It rose (see Fig. 2). Then it fell.",
        &["It rose (see Fig. 2).", "Then it fell."],
    ),
    (
        "The plan (i.e. the budget) failed.",
        &["The plan (i.e. the budget) failed."],
    ),
    // Headings and datelines.
    ("Markets\nStocks fell today.", &["Markets", "Stocks fell today."]),
    (
        "Why it matters\n\nThe deal is big.",
        &["Why it matters", "The deal is big."],
    ),
    (
        "WASHINGTON (Reuters) - The Senate voted. It passed.",
        &["WASHINGTON (Reuters) - The Senate voted.", "It passed."],
    ),
    (
        "PARIS (AFP) — Protests spread. Police responded.",
        &["PARIS (AFP) — Protests spread.", "Police responded."],
    ),
    (
        "NEW YORK, June 5 (Reuters) - Stocks rose.",
        &["NEW YORK, June 5 (Reuters) - Stocks rose."],
    ),
    // More abbreviations.
    ("Mr. and Mrs. Smith came.", &["Mr. and Mrs. Smith came."]),
    (
        "Gen. Patton led. Troops followed.",
        &["Gen. Patton led.", "Troops followed."],
    ),
    (
        "He lives at No. 10 Downing St. in London.",
        &["He lives at No. 10 Downing St. in London."],
    ),
    (
        "Bring pens, paper, etc. The shop is open.",
        &["Bring pens, paper, etc.", "The shop is open."],
    ),
    ("Apples, pears, etc.", &["Apples, pears, etc."]),
    (
        "Foo Ltd. was fined. Bar Ltd. was not.",
        &["Foo Ltd. was fined.", "Bar Ltd. was not."],
    ),
    ("It was Brazil vs. Germany.", &["It was Brazil vs. Germany."]),
    (
        "The tower is approx. 300 m tall.",
        &["The tower is approx. 300 m tall."],
    ),
    (
        "The pope visited St. Peter's Square.",
        &["The pope visited St. Peter's Square."],
    ),
    (
        "He was born in the U.K. His parents were not.",
        &["He was born in the U.K.", "His parents were not."],
    ),
    // More initials.
    (
        "C. S. Lewis and J. R. R. Tolkien were friends.",
        &["C. S. Lewis and J. R. R. Tolkien were friends."],
    ),
    (
        "The letter was signed T. S. Eliot. It was short.",
        &["The letter was signed T. S. Eliot.", "It was short."],
    ),
    ("W. E. B. Du Bois wrote it.", &["W. E. B. Du Bois wrote it."]),
    (
        "Michael J. Fox spoke. He was moving.",
        &["Michael J. Fox spoke.", "He was moving."],
    ),
    // German.
    ("Das gilt z. B. für Autos.", &["Das gilt z. B. für Autos."]),
    ("Das kostet ca. 5 Euro.", &["Das kostet ca. 5 Euro."]),
    (
        "Äpfel, Birnen usw. Dann kam der Winter.",
        &["Äpfel, Birnen usw.", "Dann kam der Winter."],
    ),
    ("Siehe Nr. 5 im Anhang.", &["Siehe Nr. 5 im Anhang."]),
    ("Das ist bzw. war falsch.", &["Das ist bzw. war falsch."]),
    (
        "Es geschah am 9. November. Die Mauer fiel.",
        &["Es geschah am 9. November.", "Die Mauer fiel."],
    ),
    ("Der 1. FC Köln gewann.", &["Der 1. FC Köln gewann."]),
    (
        "»Wir kommen«, sagte er. »Bald.«",
        &["»Wir kommen«, sagte er.", "»Bald.«"],
    ),
    (
        "Prof. Dr. Schmidt sprach. Alle hörten zu.",
        &["Prof. Dr. Schmidt sprach.", "Alle hörten zu."],
    ),
    (
        "Er sprach mit Hrn. Müller. Es ging gut.",
        &["Er sprach mit Hrn. Müller.", "Es ging gut."],
    ),
    (
        "Das war, d. h. fast, vorbei. Er ging.",
        &["Das war, d. h. fast, vorbei.", "Er ging."],
    ),
    (
        "Das war 1989. Dann fiel die Mauer.",
        &["Das war 1989.", "Dann fiel die Mauer."],
    ),
    // French.
    (
        "Il est né le 1er janvier. Il a grandi.",
        &["Il est né le 1er janvier.", "Il a grandi."],
    ),
    (
        "« Je pars », a-t-il dit. « Adieu. »",
        &["« Je pars », a-t-il dit.", "« Adieu. »"],
    ),
    (
        "On trouve des fruits, p. ex. des pommes.",
        &["On trouve des fruits, p. ex. des pommes."],
    ),
    (
        "Il a acheté du pain, du lait, etc. Puis il est rentré.",
        &["Il a acheté du pain, du lait, etc.", "Puis il est rentré."],
    ),
    ("Il pèse env. 5 kg.", &["Il pèse env. 5 kg."]),
    ("C’est fini ? Oui.", &["C’est fini ?", "Oui."]),
    (
        "Quelle surprise ! Il a gagné.",
        &["Quelle surprise !", "Il a gagné."],
    ),
    (
        "Mme Martin a voté. Elle est partie.",
        &["Mme Martin a voté.", "Elle est partie."],
    ),
    // Spanish.
    (
        "Dña. María habló. Todos callaron.",
        &["Dña. María habló.", "Todos callaron."],
    ),
    (
        "Compró pan, leche, etc. Luego volvió.",
        &["Compró pan, leche, etc.", "Luego volvió."],
    ),
    ("¿Qué pasó? Nadie sabe.", &["¿Qué pasó?", "Nadie sabe."]),
    ("La Dra. Ruiz operó.", &["La Dra. Ruiz operó."]),
    ("Vive en EE.UU. desde 2010.", &["Vive en EE.UU. desde 2010."]),
    (
        "«Ya basta», dijo. Todos asintieron.",
        &["«Ya basta», dijo.", "Todos asintieron."],
    ),
    // Italian.
    (
        "Il sig. Rossi è arrivato. Ha parlato.",
        &["Il sig. Rossi è arrivato.", "Ha parlato."],
    ),
    (
        "Ha comprato pane, latte, ecc. Poi è uscito.",
        &["Ha comprato pane, latte, ecc.", "Poi è uscito."],
    ),
    (
        "Il dott. Verdi ha operato. Tutto bene.",
        &["Il dott. Verdi ha operato.", "Tutto bene."],
    ),
    (
        "«Basta», ha detto. «Andiamo.»",
        &["«Basta», ha detto.", "«Andiamo.»"],
    ),
    // Dutch.
    (
        "Dhr. Jansen sprak. Hij was kort.",
        &["Dhr. Jansen sprak.", "Hij was kort."],
    ),
    ("Mevr. De Vries kwam.", &["Mevr. De Vries kwam."]),
    (
        "Appels, peren, enz. Daarna gingen we.",
        &["Appels, peren, enz.", "Daarna gingen we."],
    ),
    ("Zie o.a. de bijlage.", &["Zie o.a. de bijlage."]),
    ("Het kost ca. 5 euro.", &["Het kost ca. 5 euro."]),
    // Portuguese.
    (
        "O Sr. Silva chegou. Ele falou.",
        &["O Sr. Silva chegou.", "Ele falou."],
    ),
    (
        "Comprou pão, leite, etc. Depois saiu.",
        &["Comprou pão, leite, etc.", "Depois saiu."],
    ),
    (
        "Ele disse: «Acabou.» Depois saiu.",
        &["Ele disse: «Acabou.»", "Depois saiu."],
    ),
    // Danish.
    (
        "Han købte æbler, pærer m.m. Derefter gik han.",
        &["Han købte æbler, pærer m.m.", "Derefter gik han."],
    ),
    ("Der var bl.a. æbler.", &["Der var bl.a. æbler."]),
    ("Det gælder f.eks. biler.", &["Det gælder f.eks. biler."]),
    (
        "Han kom kl. 10. Hun kom senere.",
        &["Han kom kl. 10.", "Hun kom senere."],
    ),
    ("»Nej«, sagde hun. Han gik.", &["»Nej«, sagde hun.", "Han gik."]),
    // Russian.
    (
        "Он купил хлеб, молоко и т.д. Потом ушёл.",
        &["Он купил хлеб, молоко и т.д.", "Потом ушёл."],
    ),
    ("Это, т.е. главное, важно.", &["Это, т.е. главное, важно."]),
    ("В 1990 г. он уехал.", &["В 1990 г. он уехал."]),
    (
        "Он живёт на ул. Ленина. Это в центре.",
        &["Он живёт на ул. Ленина.", "Это в центре."],
    ),
    (
        "А. С. Пушкин родился в Москве.",
        &["А. С. Пушкин родился в Москве."],
    ),
    (
        "Он сказал: «Нет.» Потом ушёл.",
        &["Он сказал: «Нет.»", "Потом ушёл."],
    ),
    // Chinese, Japanese and Korean.
    ("本当？うん。", &["本当？", "うん。"]),
    (
        "价格上涨了3.5%。市场反应平淡。",
        &["价格上涨了3.5%。", "市场反应平淡。"],
    ),
    ("这是“好事”。大家同意。", &["这是“好事”。", "大家同意。"]),
    ("He said 你好。Then left.", &["He said 你好。", "Then left."]),
    ("안녕하세요. 반갑습니다.", &["안녕하세요.", "반갑습니다."]),
    ("「はい。」「いいえ。」", &["「はい。」", "「いいえ。」"]),
];

/// (input, expected sentences) for text without the signal of capitals, split by
/// `SentenceSplitter::caseless()`.
const CASELESS_CASES: &[(&str, &[&str])] = &[
    // Lower case: plain prose.
    ("one. two. three.", &["one.", "two.", "three."]),
    ("is it? yes! it is.", &["is it?", "yes!", "it is."]),
    ("no final stop", &["no final stop"]),
    ("", &[]),
    // Titles and abbreviations in lower case.
    (
        "mr. smith went to washington. he stayed.",
        &["mr. smith went to washington.", "he stayed."],
    ),
    (
        "dr. jones arrived. she was late.",
        &["dr. jones arrived.", "she was late."],
    ),
    (
        "mr. and mrs. smith came. they left.",
        &["mr. and mrs. smith came.", "they left."],
    ),
    (
        "gen. milley spoke. lt. col. vindman testified.",
        &["gen. milley spoke.", "lt. col. vindman testified."],
    ),
    // An abbreviation in brackets ends a sentence only before a sentence starter.
    (
        "rep. ann lee (d-wis.) said no. sen. bo dee (r-fla.) agreed. a note (see fig.) the end.",
        &[
            "rep. ann lee (d-wis.) said no.",
            "sen. bo dee (r-fla.) agreed.",
            "a note (see fig.)",
            "the end.",
        ],
    ),
    (
        "u.s. officials said so. the plan failed.",
        &["u.s. officials said so.", "the plan failed."],
    ),
    (
        "she moved to the u.s. the move was hard.",
        &["she moved to the u.s.", "the move was hard."],
    ),
    (
        "the u.s. and the u.k. signed. china did not.",
        &["the u.s. and the u.k. signed.", "china did not."],
    ),
    (
        "he joined acme inc. in 2004. it grew.",
        &["he joined acme inc. in 2004.", "it grew."],
    ),
    (
        "he joined acme inc. the company grew.",
        &["he joined acme inc.", "the company grew."],
    ),
    (
        "smith et al. found more. others did not.",
        &["smith et al. found more.", "others did not."],
    ),
    (
        "some fruits, e.g. apples, are red. others are not.",
        &["some fruits, e.g. apples, are red.", "others are not."],
    ),
    (
        "bring food, water, etc. the camp is far.",
        &["bring food, water, etc.", "the camp is far."],
    ),
    (
        "it weighs approx. five tons. it is big.",
        &["it weighs approx. five tons.", "it is big."],
    ),
    (
        "it was smith vs. jones in court.",
        &["it was smith vs. jones in court."],
    ),
    (
        "he lives on baker st. in london. it is busy.",
        &["he lives on baker st. in london.", "it is busy."],
    ),
    // Months, numbering and times of day.
    (
        "it happened on jan. 5 last year. nobody forgot.",
        &["it happened on jan. 5 last year.", "nobody forgot."],
    ),
    (
        "the deadline is sept. 30. crowds came.",
        &["the deadline is sept. 30.", "crowds came."],
    ),
    (
        "he wore no. 10 for years. he retired.",
        &["he wore no. 10 for years.", "he retired."],
    ),
    (
        "yes and no. certainly not today.",
        &["yes and no.", "certainly not today."],
    ),
    (
        "we met at 5 p.m. on friday. it rained.",
        &["we met at 5 p.m. on friday.", "it rained."],
    ),
    (
        "the fire started at 3 a.m. nobody was hurt.",
        &["the fire started at 3 a.m.", "nobody was hurt."],
    ),
    (
        "it landed at 10:01 a.m. tuesday in spain.",
        &["it landed at 10:01 a.m. tuesday in spain."],
    ),
    // Initials.
    (
        "j. k. rowling wrote it. she is rich.",
        &["j. k. rowling wrote it.", "she is rich."],
    ),
    (
        "george w. bush spoke. he left.",
        &["george w. bush spoke.", "he left."],
    ),
    (
        "albert i. jones spoke. he was brief.",
        &["albert i. jones spoke.", "he was brief."],
    ),
    (
        "it began in world war i. the war ended in 1918.",
        &["it began in world war i.", "the war ended in 1918."],
    ),
    (
        "plan b. the other plan failed.",
        &["plan b.", "the other plan failed."],
    ),
    // Numbers and money.
    (
        "prices rose 3.5 per cent. wages did not.",
        &["prices rose 3.5 per cent.", "wages did not."],
    ),
    (
        "it cost $4.99. that was cheap.",
        &["it cost $4.99.", "that was cheap."],
    ),
    (
        "it ended in 2015. then came 2016.",
        &["it ended in 2015.", "then came 2016."],
    ),
    // Ellipses, quotes and marks.
    (
        "wait... what happened? nothing.",
        &["wait... what happened?", "nothing."],
    ),
    ("i waited... she never came.", &["i waited...", "she never came."]),
    (
        "he said . . . well, never mind.",
        &["he said . . . well, never mind."],
    ),
    (
        "“why?” he asked. nobody knew.",
        &["“why?” he asked.", "nobody knew."],
    ),
    (
        "“are you sure?” asked the judge.",
        &["“are you sure?” asked the judge."],
    ),
    (
        "“it is over.” the crowd left.",
        &["“it is over.”", "the crowd left."],
    ),
    ("what?! no way.", &["what?!", "no way."]),
    // Addresses.
    (
        "visit www.example.com for more. it is free.",
        &["visit www.example.com for more.", "it is free."],
    ),
    (
        "write to news@example.org today. we answer.",
        &["write to news@example.org today.", "we answer."],
    ),
    // Lines: headlines, lists and wrapped prose.
    (
        "storm hits coast\nthe storm arrived at dawn.",
        &["storm hits coast", "the storm arrived at dawn."],
    ),
    (
        "the editor wrapped this transcript line in the\nmiddle of a sentence.",
        &["the editor wrapped this transcript line in the\nmiddle of a sentence."],
    ),
    (
        "key points:\n- prices rose\n- wages fell",
        &["key points:", "- prices rose", "- wages fell"],
    ),
    (
        "1. first item\n2. second item",
        &["1. first item", "2. second item"],
    ),
    ("a) first\nb) second", &["a) first", "b) second"]),
    // Other languages in lower case.
    (
        "das ist z.b. ein test. er läuft.",
        &["das ist z.b. ein test.", "er läuft."],
    ),
    (
        "die wahl ist am 3. oktober. alle gehen hin.",
        &["die wahl ist am 3. oktober.", "alle gehen hin."],
    ),
    (
        "es war der 2. weltkrieg. alle litten.",
        &["es war der 2. weltkrieg.", "alle litten."],
    ),
    (
        "m. dupont est arrivé. il a parlé.",
        &["m. dupont est arrivé.", "il a parlé."],
    ),
    (
        "el sr. garcía habló. la sra. lópez también.",
        &["el sr. garcía habló.", "la sra. lópez también."],
    ),
    (
        "он купил хлеб и т.д. потом ушёл.",
        &["он купил хлеб и т.д.", "потом ушёл."],
    ),
    // Learned from the document: `police` opens sentences, so it ends one after `inc.`.
    (
        "police said the man fled. police found him later. he was seen near acme inc. police \
         arrested him.",
        &[
            "police said the man fled.",
            "police found him later.",
            "he was seen near acme inc.",
            "police arrested him.",
        ],
    ),
    // Learned from the document: `hldgs.` is always stopped and goes on before `shares`.
    (
        "the bank sold zeta hldgs. shares to a fund. a fund bought shares today. analysts say \
         zeta hldgs. shares rose.",
        &[
            "the bank sold zeta hldgs. shares to a fund.",
            "a fund bought shares today.",
            "analysts say zeta hldgs. shares rose.",
        ],
    ),
    // ALL CAPS.
    (
        "MR. SMITH SAID SO. THE PLAN FAILED.",
        &["MR. SMITH SAID SO.", "THE PLAN FAILED."],
    ),
    (
        "U.S. OFFICIALS MET AT 5 P.M. ON FRIDAY. NO DEAL WAS MADE.",
        &["U.S. OFFICIALS MET AT 5 P.M. ON FRIDAY.", "NO DEAL WAS MADE."],
    ),
    (
        "BREAKING: STORM HITS COAST. THOUSANDS FLEE.",
        &["BREAKING: STORM HITS COAST.", "THOUSANDS FLEE."],
    ),
    (
        "DR. JONES ARRIVED. SHE WAS LATE.",
        &["DR. JONES ARRIVED.", "SHE WAS LATE."],
    ),
    (
        "THE U.S. ECONOMY GREW 3.5 PERCENT. JOBS ROSE.",
        &["THE U.S. ECONOMY GREW 3.5 PERCENT.", "JOBS ROSE."],
    ),
    (
        "SHE MOVED TO THE U.S. THE MOVE WAS HARD.",
        &["SHE MOVED TO THE U.S.", "THE MOVE WAS HARD."],
    ),
    (
        "J. K. ROWLING WROTE IT. FANS CHEERED.",
        &["J. K. ROWLING WROTE IT.", "FANS CHEERED."],
    ),
    (
        "IT HAPPENED ON JAN. 5. NOBODY SAW IT.",
        &["IT HAPPENED ON JAN. 5.", "NOBODY SAW IT."],
    ),
    ("WHAT?! NO WAY.", &["WHAT?!", "NO WAY."]),
    (
        "APPLE INC. REPORTED SALES. SHARES ROSE.",
        &["APPLE INC. REPORTED SALES.", "SHARES ROSE."],
    ),
    (
        "THE FIRE STARTED AT 3 A.M. NOBODY WAS HURT.",
        &["THE FIRE STARTED AT 3 A.M.", "NOBODY WAS HURT."],
    ),
    (
        "WASHINGTON (REUTERS) - THE SENATE VOTED. IT PASSED.",
        &["WASHINGTON (REUTERS) - THE SENATE VOTED.", "IT PASSED."],
    ),
    (
        "THE STORM HIT THE COAST ON MONDAY AND THOUSANDS OF\nPEOPLE FLED.",
        &["THE STORM HIT THE COAST ON MONDAY AND THOUSANDS OF\nPEOPLE FLED."],
    ),
    (
        "STORM HITS COAST\nTHE STORM ARRIVED AT DAWN.",
        &["STORM HITS COAST", "THE STORM ARRIVED AT DAWN."],
    ),
    (
        "“WHY?” HE ASKED. NOBODY KNEW.",
        &["“WHY?” HE ASKED.", "NOBODY KNEW."],
    ),
    (
        "GOV. RICK SCOTT SIGNED IT. U.S. SEN. MARCO RUBIO DID NOT.",
        &["GOV. RICK SCOTT SIGNED IT.", "U.S. SEN. MARCO RUBIO DID NOT."],
    ),
    (
        "DIE WAHL IST AM 3. OKTOBER. ALLE GEHEN HIN.",
        &["DIE WAHL IST AM 3. OKTOBER.", "ALLE GEHEN HIN."],
    ),
];

/// German text, split by a splitter that reads German's own abbreviations and ordinals.
const GERMAN_CASES: &[(&str, &[&str])] = &[
    (
        "Das sagte Merkel.Als sie ging, war es spät. Der e.V. tagte.",
        &[
            "Das sagte Merkel.",
            "Als sie ging, war es spät.",
            "Der e.V. tagte.",
        ],
    ),
    (
        "Der Umsatz stieg auf 5 Mio. Euro im Jahr. Das ist viel.",
        &["Der Umsatz stieg auf 5 Mio. Euro im Jahr.", "Das ist viel."],
    ),
    (
        "Der Umsatz lag bei 3,5 Mio. Das ist mehr als im Vorjahr.",
        &["Der Umsatz lag bei 3,5 Mio.", "Das ist mehr als im Vorjahr."],
    ),
    (
        "Er spielt beim 1. FC Köln. Das Team gewann.",
        &["Er spielt beim 1. FC Köln.", "Das Team gewann."],
    ),
    (
        "Zum 100. Geburtstag kamen alle. Es war schön.",
        &["Zum 100. Geburtstag kamen alle.", "Es war schön."],
    ),
    (
        "Im 19. Jahrhundert wuchs die Stadt. Heute schrumpft sie.",
        &["Im 19. Jahrhundert wuchs die Stadt.", "Heute schrumpft sie."],
    ),
    (
        "Die Wahl ist am 5. August. Alle gehen hin.",
        &["Die Wahl ist am 5. August.", "Alle gehen hin."],
    ),
    (
        "Das steht auf S. 12 im Bericht. Alle lesen es.",
        &["Das steht auf S. 12 im Bericht.", "Alle lesen es."],
    ),
    (
        "Die Kosten stiegen v. a. im Süden. Das war neu.",
        &["Die Kosten stiegen v. a. im Süden.", "Das war neu."],
    ),
    (
        "Das gilt z. B. für Autos bzw. Busse. Dr. Weber sagt das.",
        &["Das gilt z. B. für Autos bzw. Busse.", "Dr. Weber sagt das."],
    ),
    (
        "Sie wohnt in Nr. 7 am Markt. Er starb mit 92. Seine Frau lebt noch.",
        &[
            "Sie wohnt in Nr. 7 am Markt.",
            "Er starb mit 92.",
            "Seine Frau lebt noch.",
        ],
    ),
];

/// French text, split by a splitter that reads French's own abbreviations.
const FRENCH_CASES: &[(&str, &[&str])] = &[
    (
        "Il a rencontré MM. Dupont et Durand. Ils sont partis.",
        &["Il a rencontré MM. Dupont et Durand.", "Ils sont partis."],
    ),
    (
        "Le Pr. Martin a parlé. Il est parti.",
        &["Le Pr. Martin a parlé.", "Il est parti."],
    ),
    (
        "Le projet date de janv. 2019 selon la mairie. Il a pris du retard.",
        &[
            "Le projet date de janv. 2019 selon la mairie.",
            "Il a pris du retard.",
        ],
    ),
    (
        "M. Martin et Mme Durand ont voté. Le Dr Petit aussi.",
        &["M. Martin et Mme Durand ont voté.", "Le Dr Petit aussi."],
    ),
    (
        "Voir le chap. 3 du rapport. Il est clair.",
        &["Voir le chap. 3 du rapport.", "Il est clair."],
    ),
    (
        "Le maire de St-Denis a démissionné. Son adjoint le remplace.",
        &["Le maire de St-Denis a démissionné.", "Son adjoint le remplace."],
    ),
];

#[test]
fn german_and_french_text_splits_with_its_own_abbreviations() {
    check(
        SentenceSplitter::default().in_language(Some(Language::German)),
        GERMAN_CASES,
    );
    check(
        SentenceSplitter::default().in_language(Some(Language::French)),
        FRENCH_CASES,
    );
}

#[test]
fn a_language_s_abbreviations_are_its_own() {
    // English text read as English: `Mio.` is a word like any other.
    let text = "The fund is called Mio. Euro bonds did well.";
    let english = SentenceSplitter::default().in_language(Some(Language::English));
    assert_eq!(english.split(text).len(), 2);
    let german = SentenceSplitter::default().in_language(Some(Language::German));
    assert_eq!(german.split(text).len(), 1);
}

#[test]
fn every_case_splits_as_written() {
    check(SentenceSplitter::default(), CASES);
}

#[test]
fn every_caseless_case_splits_as_written() {
    check(SentenceSplitter::caseless(), CASELESS_CASES);
}

/// Splits each input of `cases` with `splitter` and fails with every mismatch at once.
fn check(splitter: SentenceSplitter, cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
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
        cases.len(),
        failures.join("\n\n")
    );
}

/// Text like an article's in any case: words, abbreviations, numbers, list markers, stops,
/// quote marks, whitespace of every kind and characters of any script.
fn article_like() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            "[A-Za-z]{1,12}",
            "[a-z]{1,10}",
            "[A-Z]{1,10}",
            "[.!?…;:,]{1,3}",
            "[\"'“”‘’«»„‚「」『』()]",
            "[ \t\n\r\u{a0}\u{2009}\u{3000}]{1,3}",
            "\n(- |• |[0-9]{1,2}\\. |[a-z]\\) |\\([a-z]\\) )",
            "[\u{4e00}-\u{4e20}。！？]{1,4}",
            "[a-zäöüßéèçñёа-я]{1,8}",
            "(Mr|dr|U\\.S|u\\.s|e\\.g|No|st|Jan|p\\.m|A\\.M|z\\. B|etc|I|j)\\.",
            "[0-9]{1,4}(\\.[0-9]{1,2})?",
            any::<char>().prop_map(String::from),
        ],
        0..80,
    );
    pieces.prop_map(|pieces| pieces.concat())
}

/// Checks that `spans` are in order, apart, on char boundaries, trimmed, and together hold
/// every non-whitespace character of `text` (once, since they never overlap).
fn assert_partition(text: &str, spans: &[std::ops::Range<usize>]) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for span in spans {
        prop_assert!(
            span.start < span.end && span.end <= text.len(),
            "{span:?} empty or outside"
        );
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(span.start >= previous_end, "{span:?} overlaps or goes back");
        let gap = &text[previous_end..span.start];
        prop_assert!(gap.trim().is_empty(), "{gap:?} before {span:?} is in no sentence");
        let sentence = &text[span.clone()];
        prop_assert_eq!(sentence.trim(), sentence, "{:?} is not trimmed", span);
        previous_end = span.end;
    }
    prop_assert!(
        text[previous_end..].trim().is_empty(),
        "the end of the text is in no sentence"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn sentences_partition_the_text_in_both_modes(text in article_like()) {
        for splitter in [SentenceSplitter::default(), SentenceSplitter::caseless(), SentenceSplitter::for_text(&text)] {
            assert_partition(&text, &splitter.split(&text))?;
        }
    }
}
