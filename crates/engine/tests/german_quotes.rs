//! German quote attribution, one construction a row: every German quotation mark („…“, »…«,
//! ‚…‘, Swiss «…»), quoted fragments inside a sentence, verbs of saying with their subject
//! before or after them (and separable ones split across the clause), `so X`, `laut X`,
//! `X zufolge`, `nach Angaben X`, `wie X sagte`, indirect speech in the Konjunktiv after and
//! before its verb, speakers as German noun phrases with titles, pronouns resolved to the
//! person named before, and names and titles in marks that are no quotes. The sentences are
//! written for this test; each article must yield exactly the quotation given.

use nutgraf_engine::text::Language;
use nutgraf_engine::{Document, QuoteFinder, QuoteKind};
use support::{found_line, quote_line, Failures};

mod support;

/// One expected quotation: its kind, its words, the speaker's name and the cue.
struct Expected {
    kind: QuoteKind,
    text: &'static str,
    speaker: Option<&'static str>,
    cue: Option<&'static str>,
}

/// (article, the quotation it holds)
const CASES: &[(&str, Expected)] = &[
    // A phrase that a preposition keeps from the verb is no subject of it.
    (
        "Jede Mitverantwortung für die Affäre im Bezirk weist Hartmann von sich: „Die Verantwortung trägt allein der Vorsitzende.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Verantwortung trägt allein der Vorsitzende.",
            speaker: Some("Hartmann"),
            cue: Some("weist"),
        },
    ),
    // `von … die Rede sein`: the words spoken of are the document's.
    (
        "In einem Brief an die Belegschaft war von einem „fairen und offenen Verfahren“ die Rede.",
        Expected {
            kind: QuoteKind::Direct,
            text: "fairen und offenen Verfahren",
            speaker: Some("einem Brief"),
            cue: Some("die Rede"),
        },
    ),
    // The next sentence, opened by `Das` or `Dies` and a verb of saying, says who spoke.
    (
        "Die Preise steigen um „mindestens zehn Prozent“. Das sagte der Sprecher der Stadtwerke, Jan Roth.",
        Expected {
            kind: QuoteKind::Direct,
            text: "mindestens zehn Prozent",
            speaker: Some("der Sprecher der Stadtwerke"),
            cue: Some("sagte"),
        },
    ),
    (
        "Wer noch keine „gültige Versicherung“ hat, muss sie bis Juli vorweisen. Dies gab der Verband der Apotheker bekannt.",
        Expected {
            kind: QuoteKind::Direct,
            text: "gültige Versicherung",
            speaker: Some("der Verband der Apotheker"),
            cue: Some("gab der Verband der Apotheker bekannt"),
        },
    ),
    // The phrase a relative clause describes is the subject of the verb after it.
    (
        "Wie der Anwalt Paul Berg, der den Prozess in Atlanta verfolgt hatte, dazu feststellt, verlangt „der Tatbestand zumindest das Wissen um den Plan“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "der Tatbestand zumindest das Wissen um den Plan",
            speaker: Some("Paul Berg"),
            cue: Some("feststellt"),
        },
    ),
    // A present participle is no clause's verb.
    (
        "Sichtlich auf die Vorwürfe reagierend, veröffentlichte der Vorsitzende Jan Roth folgende Erklärung: „Wir haben nichts zu verbergen.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir haben nichts zu verbergen.",
            speaker: Some("Jan Roth"),
            cue: Some("veröffentlichte"),
        },
    ),
    // A noun for what was said names its owner as the speaker and is the cue.
    (
        "Zitat von Bürgermeisterin Anna Vogt: „Wir haben mehr erreicht, als viele dachten.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir haben mehr erreicht, als viele dachten.",
            speaker: Some("Anna Vogt"),
            cue: Some("Zitat"),
        },
    ),
    // … also as the subject of a verb that is no verb of saying.
    (
        "Das Fazit von Schulleiterin Eva Lind überrascht daher nicht: „Die Schule hat sich bewährt.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Schule hat sich bewährt.",
            speaker: Some("Eva Lind"),
            cue: Some("Das Fazit"),
        },
    ),
    // A verb that gives the words stays the cue.
    (
        "Das Fazit des Berichts lautete: „Die Wahl war frei und fair.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Wahl war frei und fair.",
            speaker: Some("Das Fazit des Berichts"),
            cue: Some("lautete"),
        },
    ),
    // A verb of saying in the present plural after the quote.
    (
        "„Wozu brauchen wir diese Organisation noch?“, fragen sich viele Experten.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wozu brauchen wir diese Organisation noch?",
            speaker: Some("Experten"),
            cue: Some("fragen"),
        },
    ),
    // Of two verbs joined by `und`, the one before the quote quotes it.
    (
        "Die Ministerin Eva Lind zeigte sich bestürzt und verurteilte den „feigen Angriff“ aufs Schärfste.",
        Expected {
            kind: QuoteKind::Direct,
            text: "feigen Angriff",
            speaker: Some("Eva Lind"),
            cue: Some("verurteilte"),
        },
    ),
    // `Für X sei …`: whose view a report gives, with no verb of saying.
    (
        "Für die Theologin Maria Brenner sei der Schritt „längst überfällig“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "längst überfällig",
            speaker: Some("Theologin Maria Brenner"),
            cue: None,
        },
    ),
    // A quote in „…“, then its verb and a speaker with a title.
    (
        "„Wir werden die Steuern nicht erhöhen“, sagte Bundesfinanzminister Peer Steinbrück am Montag in Berlin.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir werden die Steuern nicht erhöhen",
            speaker: Some("Peer Steinbrück"),
            cue: Some("sagte"),
        },
    ),
    // Speaker and verb before a colon; a speaker with a genitive.
    (
        "Der Sprecher des Ministeriums sagte: „Die Gespräche werden fortgesetzt.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Gespräche werden fortgesetzt.",
            speaker: Some("Der Sprecher des Ministeriums"),
            cue: Some("sagte"),
        },
    ),
    // »…« and `so X`.
    (
        "»Das Angebot ist nicht akzeptabel«, so die Gewerkschaft.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Das Angebot ist nicht akzeptabel",
            speaker: Some("die Gewerkschaft"),
            cue: Some("so"),
        },
    ),
    // Swiss «…».
    (
        "«Wir prüfen alle Möglichkeiten», sagte der Bundesrat am Mittwoch in Bern.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir prüfen alle Möglichkeiten",
            speaker: Some("der Bundesrat"),
            cue: Some("sagte"),
        },
    ),
    // ‚…‘ around a fragment.
    (
        "Der Minister bezeichnete den Vorschlag als ‚unausgegoren‘.",
        Expected {
            kind: QuoteKind::Direct,
            text: "unausgegoren",
            speaker: Some("Der Minister"),
            cue: Some("bezeichnete"),
        },
    ),
    // A quoted fragment inside the sentence.
    (
        "RTL-Chefin Anke Schäferkordt nannte diese Zahlen „aus der Luft gegriffen“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "aus der Luft gegriffen",
            speaker: Some("Anke Schäferkordt"),
            cue: Some("nannte"),
        },
    ),
    // A speaker labelling a quote before a colon.
    (
        "Bundesinnenminister Wolfgang Schäuble: „Wir brauchen diese Daten.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir brauchen diese Daten.",
            speaker: Some("Wolfgang Schäuble"),
            cue: None,
        },
    ),
    // A pronoun resolved to the person named before.
    (
        "Der Trainer Jürgen Klopp war zufrieden. „Wir haben gut gespielt“, sagte er.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir haben gut gespielt",
            speaker: Some("Jürgen Klopp"),
            cue: Some("sagte"),
        },
    ),
    // A pronoun resolved to the person named before; the separable verb before a colon,
    // from the verb to its particle, is the cue.
    (
        "Der Vorsitzende Frank Werneke kam am Abend. Er lehnt das Angebot ab: „Das ist zu wenig.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Das ist zu wenig.",
            speaker: Some("Frank Werneke"),
            cue: Some("lehnt das Angebot ab"),
        },
    ),
    // Indirect speech after the verb, marked by Konjunktiv I.
    (
        "Er sagte am Montag, die Lage an der Grenze sei ernst.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "die Lage an der Grenze sei ernst",
            speaker: Some("er"),
            cue: Some("sagte"),
        },
    ),
    // Indirect speech before `, so X`.
    (
        "Die Regierung habe keine andere Wahl gehabt, so der Sprecher.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "Die Regierung habe keine andere Wahl gehabt",
            speaker: Some("der Sprecher"),
            cue: Some("so"),
        },
    ),
    // Indirect speech before its verb.
    (
        "Die Lage an der Grenze sei ruhig, sagte ein Sprecher der Polizei.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "Die Lage an der Grenze sei ruhig",
            speaker: Some("ein Sprecher der Polizei"),
            cue: Some("sagte"),
        },
    ),
    // `laut X`.
    (
        "Laut der Polizei wurde bei dem Unfall niemand verletzt.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "wurde bei dem Unfall niemand verletzt",
            speaker: Some("der Polizei"),
            cue: Some("Laut"),
        },
    ),
    // `X zufolge`.
    (
        "Dem Bericht zufolge sind die Kosten um zehn Prozent gestiegen.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "sind die Kosten um zehn Prozent gestiegen",
            speaker: Some("Dem Bericht"),
            cue: Some("zufolge"),
        },
    ),
    // `nach Angaben X`.
    (
        "Nach Angaben des Ministeriums wurden 300 Soldaten entsandt.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "wurden 300 Soldaten entsandt",
            speaker: Some("des Ministeriums"),
            cue: Some("Nach Angaben"),
        },
    ),
    // `wie X sagte`.
    (
        "Wie der Sprecher des Ministeriums sagte, werde die Entscheidung im Herbst fallen.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "werde die Entscheidung im Herbst fallen",
            speaker: Some("der Sprecher des Ministeriums"),
            cue: Some("sagte"),
        },
    ),
    // A separable verb split across its clause, and `dass`.
    (
        "Das Unternehmen teilte am Dienstag mit, dass 500 Stellen gestrichen werden.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "dass 500 Stellen gestrichen werden",
            speaker: Some("Das Unternehmen"),
            cue: Some("teilte am Dienstag mit"),
        },
    ),
    // A separable verb with its particle before the comma.
    (
        "Die Bundeskanzlerin kündigte an, sie werde im Herbst nach China reisen.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "sie werde im Herbst nach China reisen",
            speaker: Some("Die Bundeskanzlerin"),
            cue: Some("kündigte an"),
        },
    ),
    // `sie` resolved to the woman named before.
    (
        "Die Ministerin Kristina Schröder besuchte eine Kita. Sie betonte, die Betreuung müsse ausgebaut werden.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "die Betreuung müsse ausgebaut werden",
            speaker: Some("Kristina Schröder"),
            cue: Some("betonte"),
        },
    ),
    // The subject after the verb when a time opens the sentence.
    (
        "Am Montag erklärte die Polizei, der Täter habe allein gehandelt.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "der Täter habe allein gehandelt",
            speaker: Some("die Polizei"),
            cue: Some("erklärte"),
        },
    ),
    // A statement with its own `dass` before the verb.
    (
        "Die Studie zeige, dass die Gebühren kaum abschrecken, erklärte die Ministerin.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "Die Studie zeige, dass die Gebühren kaum abschrecken",
            speaker: Some("die Ministerin"),
            cue: Some("erklärte"),
        },
    ),
    // The sentence's subject when the verb follows a relative clause.
    (
        "Miroslav Klose, der Gelb-Rot sah, nannte seinen Platzverweis „überzogen“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "überzogen",
            speaker: Some("Miroslav Klose"),
            cue: Some("nannte"),
        },
    ),
    // The object of a preposition before the verb is not its subject; the phrase after the verb is.
    (
        "Über den neuen Trainer sagte Kapitän Jonas Weber: „Er hat uns stärker gemacht.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Er hat uns stärker gemacht.",
            speaker: Some("Kapitän Jonas Weber"),
            cue: Some("sagte"),
        },
    ),
    // Whom it was said to, in the dative, is passed over.
    (
        "Der britischen Zeitung sagte Innenministerin Karin Berger: „Wir handeln jetzt.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir handeln jetzt.",
            speaker: Some("Karin Berger"),
            cue: Some("sagte"),
        },
    ),
    // An object before the verb and the speaker after it.
    (
        "Die neue Regelung nannte der Vorsitzende des Verbandes „einen Rückschritt“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "einen Rückschritt",
            speaker: Some("der Vorsitzende des Verbandes"),
            cue: Some("nannte"),
        },
    ),
    // A single surname before the verb, a possessive noun phrase after it.
    (
        "Meyer nannte Müllers Entscheidung „mutig und richtig“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "mutig und richtig",
            speaker: Some("Meyer"),
            cue: Some("nannte"),
        },
    ),
    // The subject of two verbs joined by `und`, and `ihn` after the second.
    (
        "Die Polizei bestätigte den Einsatz und nannte ihn „unvermeidlich“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "unvermeidlich",
            speaker: Some("Die Polizei"),
            cue: Some("nannte"),
        },
    ),
    // `heißt es in …`: the document speaks.
    (
        "In dem Bericht der Kommission heißt es: „Die Lage hat sich verschlechtert.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Lage hat sich verschlechtert.",
            speaker: Some("dem Bericht der Kommission"),
            cue: Some("heißt es"),
        },
    ),
    // `Aus … hieß es`: the place it came from.
    (
        "Aus dem Rathaus hieß es am Abend: „Der Plan ist nicht mehr zu halten.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Der Plan ist nicht mehr zu halten.",
            speaker: Some("dem Rathaus"),
            cue: Some("hieß es"),
        },
    ),
    // The agent of a passive.
    (
        "Der Plan wurde von der Gewerkschaft als „Affront“ bezeichnet.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Affront",
            speaker: Some("der Gewerkschaft"),
            cue: Some("bezeichnet"),
        },
    ),
    // `Für X ist …`: whose view it is.
    (
        "Für den Bürgermeister bleibt der Neubau „längst überfällig“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "längst überfällig",
            speaker: Some("den Bürgermeister"),
            cue: Some("bleibt"),
        },
    ),
    // A verb outside the list of speech verbs whose subject names a speaker is the cue.
    (
        "Die Staatsanwaltschaft sieht in dem Vorgehen eine „bedenkliche Grenzüberschreitung“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "bedenkliche Grenzüberschreitung",
            speaker: Some("Die Staatsanwaltschaft"),
            cue: Some("sieht"),
        },
    ),
    // A verb after a clause of its own and a comma: the subject follows it.
    (
        "Sie habe „keine andere Wahl gehabt“, hatte Ministerin Eva Roth damals gesagt.",
        Expected {
            kind: QuoteKind::Direct,
            text: "keine andere Wahl gehabt",
            speaker: Some("Eva Roth"),
            cue: Some("gesagt"),
        },
    ),
    // After an apposition, the subject is the phrase opening the sentence.
    (
        "Der Leiter der Studie, Paul Berger, sieht die Schuld bei den Ländern und nennt ihr Vorgehen „fahrlässig“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "fahrlässig",
            speaker: Some("Der Leiter der Studie"),
            cue: Some("nennt"),
        },
    ),
    // An age as a noun names the speaker.
    (
        "Der 47-Jährige sagte vor Gericht: „Ich bereue nichts.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Ich bereue nichts.",
            speaker: Some("Der 47-Jährige"),
            cue: Some("sagte"),
        },
    ),
    // A participle opening the sentence is an adverb, not the speaker.
    (
        "Abschließend fügte Stadtrat Klein hinzu: „Wir bleiben dran.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir bleiben dran.",
            speaker: Some("Stadtrat Klein"),
            cue: Some("fügte Stadtrat Klein hinzu"),
        },
    ),
    // A newspaper named in quote marks after the verb.
    (
        "„Der Streit ist noch lange nicht vorbei“, schreibt die „Rundschau“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Der Streit ist noch lange nicht vorbei",
            speaker: Some("„Rundschau“"),
            cue: Some("schreibt"),
        },
    ),
    // A speaker opened by a demonstrative.
    (
        "Dieser Zeuge schilderte später „einen lauten Knall“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "einen lauten Knall",
            speaker: Some("Dieser Zeuge"),
            cue: Some("schilderte"),
        },
    ),
    // A report after a colon is introduced by the clause before it.
    (
        "Die Abgeordnete Maria Vogt bezweifelte den Plan: Er sei „nicht zu Ende gedacht“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "nicht zu Ende gedacht",
            speaker: Some("Maria Vogt"),
            cue: Some("bezweifelte"),
        },
    ),
    // A fragment in a reported clause after the first clause: the subject opening the sentence.
    (
        "Die Bürgermeisterin ist der Meinung, dass die Straße „so schnell wie möglich“ saniert werden müsse.",
        Expected {
            kind: QuoteKind::Direct,
            text: "so schnell wie möglich",
            speaker: Some("Die Bürgermeisterin"),
            cue: Some("ist"),
        },
    ),
    // After a colon that ends a heading, the statement after it holds the speaker.
    (
        "Verkehr: Der Bürgermeister fordert einen Ausbau „mit aller Kraft“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "mit aller Kraft",
            speaker: Some("Der Bürgermeister"),
            cue: Some("fordert"),
        },
    ),
    // A separable verb with its particle joined, at the end of a relative clause.
    (
        "Die Ministerin, die am Montag „volle Aufklärung“ ankündigte, reiste ab.",
        Expected {
            kind: QuoteKind::Direct,
            text: "volle Aufklärung",
            speaker: Some("Die Ministerin"),
            cue: Some("ankündigte"),
        },
    ),
    // Any verb after a quote opening the sentence, with a speaker after it.
    (
        "„Wir haben verdient gewonnen“, freute sich Trainer Jens Hoff nach dem Spiel.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir haben verdient gewonnen",
            speaker: Some("Jens Hoff"),
            cue: Some("freute"),
        },
    ),
    // `sich ausdrücken` split in a `wie` clause.
    (
        "Der Entwurf sei, wie sich die Abgeordnete Lena Brandt ausdrückte, „ein Schnellschuss“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "ein Schnellschuss",
            speaker: Some("Lena Brandt"),
            cue: Some("ausdrückte"),
        },
    ),
    // A quote after a sentence in its paragraph whose subject names a speaker.
    (
        "Innenministerin Eva Roth verurteilte den Anschlag scharf. „Das ist ein Angriff auf uns alle.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Das ist ein Angriff auf uns alle.",
            speaker: Some("Eva Roth"),
            cue: None,
        },
    ),
    // A quote after a sentence in its paragraph with a verb of saying.
    (
        "Der Trainer Jens Hoff fügte hinzu. „Wir müssen jetzt nach vorne schauen.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir müssen jetzt nach vorne schauen.",
            speaker: Some("Jens Hoff"),
            cue: Some("fügte hinzu"),
        },
    ),
    // A quote in brackets right after the speaker.
    (
        "Gratuliert haben viele, auch die Präsidentin des Verbandes, Anna Kurz („Das ist ein hochverdienter Sieg für alle!“).",
        Expected {
            kind: QuoteKind::Direct,
            text: "Das ist ein hochverdienter Sieg für alle!",
            speaker: Some("Anna Kurz"),
            cue: None,
        },
    ),
    // A verb after `und` shares the subject of the verb before it, not the object after it.
    (
        "In ihrer Rede lobte die Ministerin Eva Roth die Helfer und nannte Meyers Einsatz „vorbildlich“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "vorbildlich",
            speaker: Some("Eva Roth"),
            cue: Some("nannte"),
        },
    ),
    // A newspaper's name of two words in marks after the verb.
    (
        "„Die Reform kommt zu spät“, schrieb die „Neue Rundschau“ am Samstag.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Reform kommt zu spät",
            speaker: Some("„Neue Rundschau“"),
            cue: Some("schrieb"),
        },
    ),
    // `Im letzten Absatz …, heißt es`: the document across a relative clause, past its adjective.
    (
        "Im letzten Absatz des Briefes, der am Montag einging, heißt es: „Wir warten auf eine Antwort.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir warten auf eine Antwort.",
            speaker: Some("Absatz des Briefes"),
            cue: Some("heißt es"),
        },
    ),
    // `so` and a verb after the quote: the verb is the cue.
    (
        "„Er arbeitet härter als alle anderen“, so beschrieb ihn sein Kollege Max Roth.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Er arbeitet härter als alle anderen",
            speaker: Some("Kollege Max Roth"),
            cue: Some("beschrieb"),
        },
    ),
    // An apposition without a verb between the speaker and the verb.
    (
        "Karl Brandt, ein Sprecher der Initiative „Saubere Luft“ (ISL), kommentierte den Beschluss mit den Worten: „Das ist ein guter Tag für die Stadt.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Das ist ein guter Tag für die Stadt.",
            speaker: Some("Karl Brandt"),
            cue: Some("kommentierte"),
        },
    ),
    // A noun phrase inside an extended attribute is not the speaker.
    (
        "Die den Unfall überlebende Lena Sommer schilderte den Ablauf: „Alles ging sehr schnell.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Alles ging sehr schnell.",
            speaker: Some("Lena Sommer"),
            cue: Some("schilderte"),
        },
    ),    // A relative pronoun as the subject speaks for the phrase it stands for.
    (
        "In der Zeitung erschien ein Kommentar, der die Wahl des Komitees als „völlig unverständliche Entscheidung“ bezeichnet.",
        Expected {
            kind: QuoteKind::Direct,
            text: "völlig unverständliche Entscheidung",
            speaker: Some("ein Kommentar"),
            cue: Some("bezeichnet"),
        },
    ),
    // A relative pronoun as the object: the subject after it speaks.
    (
        "Die Reform, die der Verband als „reinen Etikettenschwindel“ bezeichnet hatte, tritt morgen in Kraft.",
        Expected {
            kind: QuoteKind::Direct,
            text: "reinen Etikettenschwindel",
            speaker: Some("der Verband"),
            cue: Some("bezeichnet"),
        },
    ),
    // A name in marks does not end the clause of a verb after `und` that shares its subject.
    (
        "Nach dem Flug steuerte sie die Fähre „Adler“ zum Hafen und meldete sich mit den Worten: „Wir sind sicher angekommen.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir sind sicher angekommen.",
            speaker: Some("sie"),
            cue: Some("meldete"),
        },
    ),
    // An adverb where a verb could be is none; with no other verb, the clause's `ist` is the cue.
    (
        "Für den Gesundheitsminister Paulo Mendes ist die Lage in Rio de Janeiro „sehr ernst“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "sehr ernst",
            speaker: Some("Paulo Mendes"),
            cue: Some("ist"),
        },
    ),
    // An adjective before its noun is no verb (`wichtiger Verbände`).
    (
        "Vertreter wichtiger Verbände begrüßten den Plan als „längst überfällig“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "längst überfällig",
            speaker: Some("Vertreter"),
            cue: Some("begrüßten"),
        },
    ),
];

/// (article, a quotation among those it holds): sentences whose quoted words also stand in
/// an indirect quotation.
const AMONG_OTHERS: &[(&str, Expected)] = &[
    // Subjects joined by `und` before the verb: the first is the speaker.
    (
        "Die Stiftung und der Verband geben in einer Mitteilung bekannt, dass sie „neue Programme“ entwickeln wollen.",
        Expected {
            kind: QuoteKind::Direct,
            text: "neue Programme",
            speaker: Some("Die Stiftung"),
            cue: Some("geben in einer Mitteilung bekannt"),
        },
    ),
    // A clause set in by commas and a conjunction stands between a verb and its particle.
    (
        "Die Kampagne warf dem Senator, nachdem seine Wahl bekannt wurde, vor, er sei nur ein „typischer Taktiker“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "typischer Taktiker",
            speaker: Some("Die Kampagne"),
            cue: Some("warf dem Senator, nachdem seine Wahl bekannt wurde, vor"),
        },
    ),
    // Words quoted in the statement after a noun for what was said and its owner are the
    // owner's …
    (
        "Auf den Vorwurf der Opposition, es handele sich um einen „reinen Wahlkampftrick“, entgegnete der Minister, das Gesetz sei lange geplant gewesen.",
        Expected {
            kind: QuoteKind::Direct,
            text: "reinen Wahlkampftrick",
            speaker: Some("der Opposition"),
            cue: Some("Vorwurf"),
        },
    ),
    // … but not words past the statement's own clause.
    (
        "Die Forderung der Gewerkschaft, die Löhne zu erhöhen, sei „durchaus berechtigt“, sagte der Minister Jan Roth.",
        Expected {
            kind: QuoteKind::Direct,
            text: "durchaus berechtigt",
            speaker: Some("Jan Roth"),
            cue: Some("sagte"),
        },
    ),
    // A verb joined by `und` after a comma shares the subject of the sentence's first verb.
    (
        "Der Minister Jan Roth erklärte, es sei kein Betrug gewesen, und verglich die Proteste mit Krawallen nach Fußballspielen, weil „manche einfach enttäuscht sind“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "manche einfach enttäuscht sind",
            speaker: Some("Jan Roth"),
            cue: Some("verglich"),
        },
    ),
    // A verb in a relative clause, after a preposition or not, yields to the source named.
    (
        "Laut Polizei ist die Kundgebung, zu der mehrere Gruppen aufgerufen hatten, „weitgehend friedlich“ verlaufen.",
        Expected {
            kind: QuoteKind::Direct,
            text: "weitgehend friedlich",
            speaker: Some("Polizei"),
            cue: Some("Laut"),
        },
    ),
    // A verb joined by `und` to a report is joined to the verb that reports it.
    (
        "Die Ministerin Eva Lind sagte, Europa brauche die Briten, und fügte hinzu: „Ohne sie fehlt uns etwas Wichtiges.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Ohne sie fehlt uns etwas Wichtiges.",
            speaker: Some("Eva Lind"),
            cue: Some("fügte hinzu"),
        },
    ),
    // … and the report ends before it.
    (
        "Die Ministerin Eva Lind sagte, Europa brauche die Briten, und fügte hinzu: „Ohne sie fehlt uns etwas Wichtiges.“",
        Expected {
            kind: QuoteKind::Indirect,
            text: "Europa brauche die Briten",
            speaker: Some("Eva Lind"),
            cue: Some("sagte"),
        },
    ),
    // A source set in by commas (`, so X,`): the words around it are its statement.
    (
        "Die Lage sei, so der Sprecher Jan Berg, inzwischen sehr ernst. Deshalb müsse „rasch und entschlossen gehandelt werden“.",
        Expected {
            kind: QuoteKind::Indirect,
            text: "Die Lage sei, so der Sprecher Jan Berg, inzwischen sehr ernst",
            speaker: Some("Jan Berg"),
            cue: Some("so"),
        },
    ),
    // A modal verb is the finite verb of a clause whose subject speaks the fragment.
    (
        "Der Trainer Max Roth hatte große Pläne. Ursprünglich wollte er „ein neues Stadion bauen“, doch es kam anders.",
        Expected {
            kind: QuoteKind::Direct,
            text: "ein neues Stadion bauen",
            speaker: Some("Max Roth"),
            cue: None,
        },
    ),
    // A preposition opening the first clause is no verb whose subject speaks: the report
    // of the sentence before goes on.
    (
        "Die Abgeordnete Eva Brandt kritisierte die Pläne der Regierung. Hier seien die Mittel angesichts steigender Kosten „völlig unrealistisch“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "völlig unrealistisch",
            speaker: Some("Eva Brandt"),
            cue: None,
        },
    ),
    // Words in marks inside a clause do not end it: the subject before them speaks.
    (
        "Der Streit ist brisant, weil die Regierung das neue Gesetz als „großen Wurf“ bezeichnet hat.",
        Expected {
            kind: QuoteKind::Direct,
            text: "großen Wurf",
            speaker: Some("die Regierung"),
            cue: Some("bezeichnet"),
        },
    ),
    // A verb after the quote, past a comma and the next words in marks, is theirs, not its.
    (
        "Der Minister äußerte sich am Montag zu der Reform. Das System sei „völlig kaputt“, denn es werde durch Vereine, kurz „Lobbys“ genannt, unterlaufen.",
        Expected {
            kind: QuoteKind::Direct,
            text: "völlig kaputt",
            speaker: Some("Der Minister"),
            cue: None,
        },
    ),
    // A verb of saying in a relative clause yields to the main clause's.
    (
        "Die Ministerin kritisierte den Abgeordneten, der zum Boykott aufgerufen hatte, als „verantwortungslos“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "verantwortungslos",
            speaker: Some("Die Ministerin"),
            cue: Some("kritisierte"),
        },
    ),
    // A fragment in reported speech after a first clause whose subject follows its verb.
    (
        "In dem Streit sieht Peter Müller einen Wortbruch, die Pläne seien „ein Schlag ins Gesicht“ der Belegschaft.",
        Expected {
            kind: QuoteKind::Direct,
            text: "ein Schlag ins Gesicht",
            speaker: Some("Peter Müller"),
            cue: Some("sieht"),
        },
    ),
    // A compound whose first part is in lower case (`eBay-Seite`) names the document.
    (
        "Auf der eBay-Seite heißt es dazu: „Der Verkauf ist beendet.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Der Verkauf ist beendet.",
            speaker: Some("der eBay-Seite"),
            cue: Some("heißt es"),
        },
    ),
    // `steht in …`: the document speaks, not the passage it holds.
    (
        "Bisher steht in dem Entwurf des Gesetzes noch der Satz: „Die Daten sind nach einem Jahr zu löschen.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Daten sind nach einem Jahr zu löschen.",
            speaker: Some("dem Entwurf des Gesetzes"),
            cue: Some("steht"),
        },
    ),
    // `sagte dieser`: the demonstrative stands for the speaker named before it.
    (
        "In einem Gespräch mit dem Anwalt der Firma – Paul Brandt – sagte dieser, die Vorwürfe seien „völlig haltlos“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "völlig haltlos",
            speaker: Some("Paul Brandt"),
            cue: Some("sagte"),
        },
    ),
    // `hieß es vom …`: the one it comes from speaks.
    (
        "„Das ist ein schwarzer Tag für die Region“, hieß es vom Verband der Winzer.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Das ist ein schwarzer Tag für die Region",
            speaker: Some("Verband der Winzer"),
            cue: Some("hieß es"),
        },
    ),
    // `Ihrer Meinung nach`: the possessive and the noun before `nach` name the source.
    (
        "Ihrer Meinung nach ist die Reform „längst überfällig“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "längst überfällig",
            speaker: Some("Ihrer Meinung"),
            cue: Some("nach"),
        },
    ),
    // `strich … heraus`, split across its clause after the quote.
    (
        "„Wir haben das Spiel verdient gewonnen“, strich der Trainer Ole Berg nach dem Abpfiff heraus.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir haben das Spiel verdient gewonnen",
            speaker: Some("Ole Berg"),
            cue: Some("strich der Trainer Ole Berg nach dem Abpfiff heraus"),
        },
    ),
    // A verb of saying in the plural, its subject after it.
    (
        "Von einer „schweren Krise“ sprechen Experten seit Wochen.",
        Expected {
            kind: QuoteKind::Direct,
            text: "schweren Krise",
            speaker: Some("Experten"),
            cue: Some("sprechen"),
        },
    ),
    // `Schreiben` inside a sentence is a noun, not the verb `schreiben`.
    (
        "In dem Schreiben heißt es wörtlich: „Die Lage ist sehr ernst.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Die Lage ist sehr ernst.",
            speaker: Some("dem Schreiben"),
            cue: Some("heißt es"),
        },
    ),
    // A fragment in a report running over sentences in the subjunctive is the reporter's; the
    // verb, sentences away, is no cue of its own.
    (
        "Die Zeitung berichtet von einem Treffen der Minister. Dort sei man sich einig geworden. Der Plan bestehe aus „schnellen und mutigen“ Schritten.",
        Expected {
            kind: QuoteKind::Direct,
            text: "schnellen und mutigen",
            speaker: Some("Die Zeitung"),
            cue: None,
        },
    ),
    // A sentence in the indicative between ends the report: the fragment is nobody's.
    (
        "Die Zeitung berichtet von einem Treffen der Minister. Dort war man sich einig. Der Plan bestehe aus „schnellen und mutigen“ Schritten.",
        Expected {
            kind: QuoteKind::Direct,
            text: "schnellen und mutigen",
            speaker: None,
            cue: None,
        },
    ),
    // A paper quotes someone: the one quoted speaks, and `zitiert` is the paper's act.
    (
        "Die Zeitung zitiert den Bürgermeister Jan Lenz mit den Worten: „Wir bauen die Brücke neu.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir bauen die Brücke neu.",
            speaker: Some("Jan Lenz"),
            cue: None,
        },
    ),
    // The same after the quote, the paper's name in marks between the verb and the one quoted.
    (
        "„Das ist ein guter Tag für uns alle“, zitiert die „Rundschau“ den Trainer Ole Berg.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Das ist ein guter Tag für uns alle",
            speaker: Some("Ole Berg"),
            cue: None,
        },
    ),
    // Quoted with no medium named: `zitiert` is the cue.
    (
        "„Wir bleiben in der Stadt und kämpfen weiter“, wird der Trainer Ole Berg zitiert.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Wir bleiben in der Stadt und kämpfen weiter",
            speaker: Some("Ole Berg"),
            cue: Some("zitiert"),
        },
    ),
    // `laut` and a name in quote marks.
    (
        "Laut „Spiegel“ zeichnet die Regierung ein Bild „großer Zuversicht“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "großer Zuversicht",
            speaker: Some("„Spiegel“"),
            cue: Some("Laut"),
        },
    ),
    // The participle closing the clause right after a quote it judges, with its agent.
    (
        "Die Waldbrandgefahr wird vom Wetterdienst als „sehr hoch“ eingestuft.",
        Expected {
            kind: QuoteKind::Direct,
            text: "sehr hoch",
            speaker: Some("Wetterdienst"),
            cue: Some("eingestuft"),
        },
    ),
    // `nach` with adjectives before its noun: the genitive after it is the source.
    (
        "Nach ersten Angaben der Feuerwehr war das Feuer „rasch unter Kontrolle“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "rasch unter Kontrolle",
            speaker: Some("der Feuerwehr"),
            cue: Some("Nach ersten Angaben"),
        },
    ),
    // `nach` and a name in the genitive before the noun.
    (
        "Nach Müllers Vorstellungen soll die Kommission „noch in diesem Jahr“ beraten.",
        Expected {
            kind: QuoteKind::Direct,
            text: "noch in diesem Jahr",
            speaker: Some("Müllers"),
            cue: Some("Nach Müllers Vorstellungen"),
        },
    ),
    // Chanted words, and the crowd that chants them.
    (
        "Die Demonstranten skandierten vor dem Rathaus „Keine Kürzungen bei der Bildung!“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Keine Kürzungen bei der Bildung!",
            speaker: Some("Die Demonstranten"),
            cue: Some("skandierten"),
        },
    ),
    // `sicherte … zu`, split across its clause, with the subject after the verb.
    (
        "Den Anwohnern sicherte Bürgermeisterin Eva Hahn am Abend zu, dass die Straße „noch in diesem Jahr saniert“ werde.",
        Expected {
            kind: QuoteKind::Direct,
            text: "noch in diesem Jahr saniert",
            speaker: Some("Eva Hahn"),
            cue: Some("sicherte Bürgermeisterin Eva Hahn am Abend zu"),
        },
    ),
    // A noun and a name in the genitive (`die Entscheidung Kleins`) are no name of two words:
    // the subject before the verb speaks.
    (
        "Berger nannte die Entscheidung Kleins einen „schweren Fehler“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "schweren Fehler",
            speaker: Some("Berger"),
            cue: Some("nannte"),
        },
    ),
    // A passive without its agent: a paper named in marks speaks.
    (
        "Der Plan wurde gestern im „Tagesspiegel“ als „reine Symbolpolitik“ bezeichnet.",
        Expected {
            kind: QuoteKind::Direct,
            text: "reine Symbolpolitik",
            speaker: Some("„Tagesspiegel“"),
            cue: Some("bezeichnet"),
        },
    ),
    // A passive without its agent or a document names nobody, not the subject it speaks of.
    (
        "Die Schulen, die als „völlig marode“ beschrieben wurden, sollen bald saniert werden.",
        Expected {
            kind: QuoteKind::Direct,
            text: "völlig marode",
            speaker: None,
            cue: Some("beschrieben"),
        },
    ),
    // A verb that names nobody yields to the source the sentence names.
    (
        "Laut Polizei wurde bei der Kundgebung zu „Widerstand gegen die Räumung“ aufgerufen.",
        Expected {
            kind: QuoteKind::Direct,
            text: "Widerstand gegen die Räumung",
            speaker: Some("Polizei"),
            cue: Some("Laut"),
        },
    ),
    // `wie X mitteilte` with an apposition: the noun phrase before it, and the joined verb.
    (
        "Wie der Sprecher der Stadt, Tim Groß, mitteilte, seien „alle Schulen betroffen“.",
        Expected {
            kind: QuoteKind::Direct,
            text: "alle Schulen betroffen",
            speaker: Some("der Sprecher der Stadt"),
            cue: Some("mitteilte"),
        },
    ),
    // In reported speech, a subject naming no speaker before a colon leaves the quote to the
    // report it continues.
    (
        "„Wir prüfen das genau“, sagte die Richterin Eva Roth. Die Regeln seien eindeutig festgelegt: „Niemand steht über dem Gesetz.“",
        Expected {
            kind: QuoteKind::Direct,
            text: "Niemand steht über dem Gesetz.",
            speaker: Some("Eva Roth"),
            cue: Some("sagte"),
        },
    ),
];

/// (article, the quotations it holds, in order)
const RUNS: &[(&str, &[Expected])] = &[
    // A word that only opens the sentence (`Auch`, `Wie`) is no part of a name.
    (
        "Auch Winfried Hassemer, der Stellvertreter, glaubt, dass ein neues Verfahren möglich sei. „Wir prüfen das sehr genau“, sagte er.",
        &[Expected {
            kind: QuoteKind::Direct,
            text: "Wir prüfen das sehr genau",
            speaker: Some("Winfried Hassemer"),
            cue: Some("sagte"),
        }],
    ),
    (
        "Wie Haaretz berichtet, sei die Lage „äußerst angespannt“.",
        &[Expected {
            kind: QuoteKind::Direct,
            text: "äußerst angespannt",
            speaker: Some("Haaretz"),
            cue: Some("berichtet"),
        }],
    ),
    // In reported speech, the subject after `Auch` opening the sentence speaks the fragment.
    (
        "„Das prüfen wir“, sagte der Minister Jan Roth. Auch die Sprecherin der Fraktion, Eva Lind, will „noch einmal genau hinsehen“, ob ein Verbot angestrebt werden solle.",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Das prüfen wir",
                speaker: Some("Jan Roth"),
                cue: Some("sagte"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "noch einmal genau hinsehen",
                speaker: Some("die Sprecherin der Fraktion"),
                cue: None,
            },
        ],
    ),
    // What belongs to the speaker before (`Ihre Zuversicht`) is theirs to say.
    (
        "„Ich gehe davon aus, dass eine Einigung gelingt“, sagte die Außenministerin Eva Lind. Ihre Zuversicht gründet sich auf frühere Erfahrungen: „Solche Entscheidungen fallen immer erst in letzter Minute.“",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Ich gehe davon aus, dass eine Einigung gelingt",
                speaker: Some("Eva Lind"),
                cue: Some("sagte"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "Solche Entscheidungen fallen immer erst in letzter Minute.",
                speaker: Some("Eva Lind"),
                cue: Some("sagte"),
            },
        ],
    ),
    // `es` before a verb of saying speaks (a court, a firm), and its report goes on.
    (
        "Das Gericht verteidigt sich. Es weist den Vorwurf als abwegig zurück, man habe nur verhandelt, um Belastendes zu finden. Weiterhin bleibe „der Vorwurf der Parteilichkeit im Raum stehen“.",
        &[Expected {
            kind: QuoteKind::Direct,
            text: "der Vorwurf der Parteilichkeit im Raum stehen",
            speaker: Some("es"),
            cue: Some("weist"),
        }],
    ),
    // `es` of any other verb (`es handelt sich um`), or after its verb (`hieß es`), is no one.
    (
        "Es soll sich um zehn Tonnen Erdreich handeln, das „kaum belastet“ sein soll.",
        &[Expected {
            kind: QuoteKind::Direct,
            text: "kaum belastet",
            speaker: None,
            cue: None,
        }],
    ),
    (
        "Über die Einzelheiten war man sich nicht einig, hieß es, sicher sei jedoch, dass „händeringend“ Personal gesucht werde.",
        &[Expected {
            kind: QuoteKind::Direct,
            text: "händeringend",
            speaker: None,
            cue: Some("hieß es"),
        }],
    ),
    // A report opened by someone else speaks a fragment in it, not the quote before.
    (
        "„Wir sparen, wo wir können“, sagte der Minister Jan Roth.\n\nDie Abgeordnete Eva Lind kritisierte die Pläne der Regierung. Hier seien die Mittel „völlig unrealistisch“.",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Wir sparen, wo wir können",
                speaker: Some("Jan Roth"),
                cue: Some("sagte"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "völlig unrealistisch",
                speaker: Some("Eva Lind"),
                cue: None,
            },
        ],
    ),
    // An age before the noun is an adjective of the speaker's phrase.
    (
        "„Das war überfällig“, sagte die Politikerin Anna Vogt. Der 61-jährige Bischof Paul Kern, der als Reformer gilt, hofft aber, „dass die Kirche sich öffnet.“",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Das war überfällig",
                speaker: Some("Anna Vogt"),
                cue: Some("sagte"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "dass die Kirche sich öffnet.",
                speaker: Some("Bischof Paul Kern"),
                cue: Some("hofft"),
            },
        ],
    ),
    // A fragment after a report with its source set in by commas continues that report.
    (
        "Die Lage sei, so der Sprecher Jan Berg, inzwischen sehr ernst. Deshalb müsse „rasch und entschlossen gehandelt werden“.",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "rasch und entschlossen gehandelt werden",
                speaker: Some("Jan Berg"),
                cue: Some("so"),
            },
        ],
    ),
    // After words in marks, `und` opens a clause of its own with its own subject.
    (
        "Die Menge rief „Weg mit dem Gesetz!“ und der Sprecher der Initiative rief ihr zu: „Wir geben nicht auf!“",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Weg mit dem Gesetz!",
                speaker: Some("Die Menge"),
                cue: Some("rief"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "Wir geben nicht auf!",
                speaker: Some("der Sprecher der Initiative"),
                cue: Some("rief"),
            },
        ],
    ),
    // A fragment in a statement of the writer's own, its subject naming no speaker, is
    // nobody's, not the speaker's of the quote before it.
    (
        "„Wir halten uns an das Gesetz“, sagte der Sprecher Jan Roth. Ausnahmen sind nur erlaubt, wenn ein „dringendes öffentliches Interesse“ vorliegt.",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Wir halten uns an das Gesetz",
                speaker: Some("Jan Roth"),
                cue: Some("sagte"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "dringendes öffentliches Interesse",
                speaker: None,
                cue: None,
            },
        ],
    ),
    // A fragment in a sentence with a subjunctive continues the report before it.
    (
        "„Das Geld reicht nicht“, sagte die Kämmerin Ute Berg. Ein Teil der Mittel fließe in „neue Projekte der Stadt“.",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Das Geld reicht nicht",
                speaker: Some("Kämmerin Ute Berg"),
                cue: Some("sagte"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "neue Projekte der Stadt",
                speaker: Some("Kämmerin Ute Berg"),
                cue: Some("sagte"),
            },
        ],
    ),
    // A passive without its agent: the document it names speaks (`In dem Brief wird …
    // aufgefordert`), not the speaker of the quote before it.
    (
        "„Wir fordern Klarheit“, sagte der Landrat Udo Kern. In dem Brief wird die Regierung aufgefordert, „sofort zu handeln“.",
        &[
            Expected {
                kind: QuoteKind::Direct,
                text: "Wir fordern Klarheit",
                speaker: Some("Landrat Udo Kern"),
                cue: Some("sagte"),
            },
            Expected {
                kind: QuoteKind::Direct,
                text: "sofort zu handeln",
                speaker: Some("dem Brief"),
                cue: Some("aufgefordert"),
            },
        ],
    ),
];

/// Articles with quoted names and titles and no quotation.
const NO_QUOTES: &[&str] = &[
    // A title after a noun that names it is no quote.
    "Die Zeitung „Die Zeit“ berichtete am Donnerstag über den Streik.",
    // A word in marks before an infinitive of saying after `zu` is no quote: nobody says it.
    "Die Zahl reicht nicht aus, um von einer „Krise“ zu sprechen.",
    // A film title is no quote.
    "Der Film „Das Leben der Anderen“ lief am Abend im Fernsehen.",
    // A name after a preposition is no quote.
    "Er war zu Gast beim „Deutschen Klimakongress“ in Berlin.",
];

/// The quotations of a German `article`, described as `Kind “words” — speaker (cue)`.
fn described(article: &str) -> Vec<String> {
    let document = Document::with_language(article, Some(Language::German));
    QuoteFinder
        .find_in(&document)
        .iter()
        .map(|quote| found_line(article, quote))
        .collect()
}

#[test]
fn german_constructions() {
    let mut failures = Failures::default();
    for (article, want) in CASES {
        let expected = quote_line(want.kind, want.text, want.speaker, want.cue);
        failures.check(article, described(article), vec![expected]);
    }
    failures.assert_none(CASES.len());
}

#[test]
fn german_constructions_among_others() {
    for (article, want) in AMONG_OTHERS {
        let expected = quote_line(want.kind, want.text, want.speaker, want.cue);
        let found = described(article);
        assert!(
            found.contains(&expected),
            "{article}\n  found:    {found:?}\n  expected: {expected}"
        );
    }
}

#[test]
fn german_runs_of_quotes() {
    for (article, wants) in RUNS {
        let expected: Vec<String> = wants
            .iter()
            .map(|want| quote_line(want.kind, want.text, want.speaker, want.cue))
            .collect();
        let direct: Vec<String> = described(article)
            .into_iter()
            .filter(|line| line.starts_with("Direct"))
            .collect();
        assert_eq!(direct, expected, "{article}");
    }
}

#[test]
fn names_and_titles_in_marks_are_no_quotes() {
    for article in NO_QUOTES {
        assert_eq!(described(article), Vec::<String>::new(), "{article}");
    }
}

#[test]
fn german_is_read_as_german_when_detected() {
    let (article, want) = &CASES[0];
    let found = QuoteFinder.find(article);
    assert_eq!(found.len(), 1);
    assert_eq!(&article[found[0].span.clone()], want.text);
}

#[test]
fn a_relative_pronoun_speaks_with_its_phrase_and_is_named_for_it() {
    let article = "In der Zeitung erschien ein Kommentar, der die Wahl des Komitees als „völlig unverständliche Entscheidung“ bezeichnet.";
    let document = Document::with_language(article, Some(Language::German));
    let quotes = QuoteFinder.find_in(&document);
    let speakers: Vec<(&str, &str)> = quotes
        .iter()
        .filter_map(|quote| quote.speaker.as_ref())
        .map(|speaker| (&article[speaker.span.clone()], speaker.name.as_str()))
        .collect();
    assert_eq!(speakers, [("ein Kommentar, der", "ein Kommentar")]);
}
