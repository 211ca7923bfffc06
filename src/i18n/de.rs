//! The interface in German.

use super::Catalog;

/// Deutsch.
pub const DE: Catalog = Catalog {
    own_name: "Deutsch",
    language_names: [
        "Englisch",
        "Deutsch",
        "Französisch",
        "Spanisch",
        "Italienisch",
        "Portugiesisch",
        "Niederländisch",
    ],

    tagline:
        "Fügen Sie einen Nachrichtenartikel ein: Sie sehen die Sätze, die ihn tragen, und wer was gesagt hat.",
    footer: "Nutgraf läuft ganz in Ihrem Browser: Ihr Text verlässt dieses Gerät nie.",
    results: "Ergebnisse",
    parts: "Anzeigen",
    interface_language: "Oberfläche",
    article_language: "Sprache des Artikels",
    detected_language: "{} (erkannt)",
    detect_language: "Erkennen",
    empty_hint: "Zusammenfassung und Zitate erscheinen hier, sobald Sie einen Text einfügen.",
    no_sentences: "Keine Sätze gefunden: Fügen Sie Fließtext ein, etwa einen Nachrichtenartikel.",
    too_short: "Das ist zu kurz für eine Zusammenfassung: Fügen Sie einige Sätze oder mehr ein.",
    too_long_to_analyze: "Dieser Text ist länger als 50 MB, mehr als Nutgraf auf einmal lesen kann. Er \
        bleibt hier; fügen Sie einen Teil davon ein, um Zusammenfassung und Zitate zu sehen.",

    reading: "Der Artikel wird gelesen …",
    not_text: "Das sieht nicht nach Text aus: Fügen Sie den Artikel selbst ein oder ziehen Sie ihn hierher.",
    summary_ready: "Zusammenfassung fertig: {} von {} Sätzen. {} Zitate gefunden.",
    cleared: "Geleert. „Leeren rückgängig“ bringt den Text zurück.",
    restored: "Der Text ist wieder da.",
    too_large_to_keep: "Der Browser hat keinen Platz, diesen Text über ein Neuladen hinaus zu behalten; \
        er bleibt, bis Sie die Seite schließen.",
    storage_refused: "Dieser Browser lässt Nutgraf Ihren Text nicht über ein Neuladen hinaus behalten \
        (der Speicher ist aus, wie in manchen privaten Fenstern); er bleibt, bis Sie die Seite schließen.",
    engine_failed: "Nutgraf konnte diesen Text nicht lesen. Ihr Text bleibt erhalten: Sie können ihn \
        bearbeiten oder einen anderen einfügen.",

    article: "Artikel",
    article_view: "Ansicht des Artikels",
    edit: "Bearbeiten",
    read: "Lesen",
    try_sample: "Beispiel laden",
    open_file: "Datei öffnen",
    clear: "Leeren",
    undo_clear: "Leeren rückgängig",
    article_text: "Text des Artikels",
    placeholder: "Fügen Sie hier einen Nachrichtenartikel ein, ziehen Sie eine .txt-, .md- oder \
        .html-Datei hierher, oder laden Sie das Beispiel.",
    reading_view: "Der Artikel, die Zusammenfassung hervorgehoben",
    reading_view_cut: "Die Leseansicht zeigt die ersten 300.000 Zeichen dieses langen Textes; \
        Zusammenfassung und Zitate decken ihn ganz ab.",
    long_text: "Dieser Artikel ist {} MB lang, zu lang, um ihn hier zu bearbeiten, ohne die Seite \
        zu verlangsamen. Zusammenfassung und Zitate erfassen ihn ganz.",
    edit_long_text: "Trotzdem bearbeiten",
    decimal_separator: ',',
    page_title: "Nutgraf — der Artikelleser",
    file_empty: "„{}“ enthält keinen Text.",
    file_loaded: "„{}“ geladen.",
    file_not_text_file: "„{}“ ist keine Textdatei: Nutgraf liest .txt-, .md- und .html-Dateien.",
    file_too_large: "„{}“ ist größer als 20 MB: Fügen Sie stattdessen den Artikel selbst ein.",
    file_unreadable: "„{}“ konnte nicht gelesen werden.",
    file_not_text: "„{}“ sieht nicht nach Text aus.",

    summary: "Zusammenfassung",
    show_in_the_article: "Im Artikel zeigen",
    show_as_bullets: "Als Liste zeigen",
    show_as_paragraph: "Als Absatz zeigen",
    compression: "{} von {} Sätzen, {} % der Wörter · etwa {} Min. Lesezeit gespart",
    key_phrases: "Schlüsselbegriffe",

    who_is_quoted: "Wer zitiert wird",
    speaker: "Sprecher",
    quotes: "Zitate",
    share_of_quoted_words: "Anteil der zitierten Wörter",
    more_speakers: "und {} weitere, im Sprecherfilter der Zitate",
    quotes_heading: "Zitate ({})",
    everyone: "Alle",
    no_quotations: "Keine Zitate gefunden.",
    kind_direct: "direkt",
    kind_mixed: "gemischt",
    kind_reported: "indirekt",
    show_in_article: "Im Artikel zeigen",
    show_more_quotes: "{} weitere Zitate zeigen ({} nicht gezeigt)",
    unattributed: "Ohne Quelle",

    summary_length: "Länge der Zusammenfassung",
    length: "Länge",
    short: "Kurz (3 Sätze)",
    medium: "Mittel (5 Sätze)",
    long: "Lang (ein Viertel)",
    exact_sentences: "Genaue Satzzahl",
    word_limit: "Höchstzahl an Wörtern",
    percentage: "Prozent",
    unit_sentences: "Sätze",
    unit_words: "Wörter",
    unit_percent: "% der Sätze",
    number_of: "Anzahl: {}",
    refused_sentences: "geben Sie eine ganze Zahl von Sätzen über 0 an, etwa 3",
    refused_words: "geben Sie eine ganze Zahl von Wörtern über 0 an, etwa 60",
    refused_ratio: "geben Sie einen Anteil der Sätze über 0 und höchstens 1 an, etwa 0.2",
    refused_percent: "geben Sie einen ganzen Prozentsatz der Sätze von 1 bis 100 an, etwa 20",
    refused_length: "geben Sie kurz, mittel oder lang an, oder eine Menge mit Einheit, etwa 3 Sätze, \
        60 Wörter oder 20 %",

    export: "Exportieren",
    format: "Format",
    copy: "Kopieren",
    download: "Herunterladen",
    export_preview: "Vorschau des Exports",
    summary_as_text: "Zusammenfassung als reiner Text",
    summary_as_markdown: "Zusammenfassung als Markdown",
    quotes_as_markdown: "Zitate als Markdown",
    everything_as_json: "Alles als JSON",
    copied: "Kopiert: {}.",
    copy_refused: "Der Browser hat das Kopieren nicht erlaubt: Markieren Sie die Vorschau und kopieren \
        Sie sie selbst.",
    downloaded: "{} heruntergeladen.",
    download_refused: "Der Browser hat das Herunterladen nicht erlaubt.",

    failure_heading: "Dieser Text konnte nicht gelesen werden",
    failure_explanation: "Etwas in diesem Text hat Nutgrafs Leser angehalten. Ihr Text ist noch da: \
        Sie können ihn bearbeiten oder einen anderen Artikel einfügen, und Nutgraf liest ihn.",
    failure_help: "Sie können uns helfen, das zu beheben, indem Sie einen kurzen Bericht senden. Er \
        enthält die Länge des Textes und einen Fingerabdruck davon, nie den Text selbst.",
    copy_report: "Bericht kopieren",
    report_copied: "Bericht kopiert. Fügen Sie ihn in eine Nachricht an die Betreiber dieser Seite ein.",
    report_copy_refused: "Der Browser hat das Kopieren nicht erlaubt; der Bericht steht unter der \
        Schaltfläche.",

    embed_card: "Zusammenfassung von Nutgraf",
    embed_paste_label: "Fügen Sie einen Artikel ein, um ihn zusammenzufassen:",
    embed_paste_placeholder: "Artikel hier einfügen",
    embed_no_sentences: "Keine Sätze gefunden.",
    embed_no_quotes: "Keine Zitate gefunden",
    embed_could_not_read: "Nutgraf konnte das nicht lesen: {}",
};
