//! The interface in French.

use super::Catalog;

/// Français.
pub const FR: Catalog = Catalog {
    own_name: "Français",
    language_names: [
        "anglais",
        "allemand",
        "français",
        "espagnol",
        "italien",
        "portugais",
        "néerlandais",
    ],

    tagline: "Collez un article de presse : voyez les phrases qui le portent, et qui a dit quoi.",
    footer:
        "Nutgraf fonctionne entièrement dans votre navigateur : votre texte ne quitte jamais cet appareil.",
    results: "Résultats",
    parts: "Afficher",
    interface_language: "Interface",
    article_language: "Langue de l’article",
    detected_language: "{} (détecté)",
    detect_language: "Détecter",
    empty_hint: "Le résumé et les citations apparaissent ici dès que vous collez un texte.",
    no_sentences: "Aucune phrase trouvée : collez de la prose, comme un article de presse.",
    too_short: "C’est trop court pour un résumé : collez quelques phrases ou davantage.",
    too_long_to_analyze: "Ce texte dépasse 50 Mo, plus que Nutgraf ne peut lire d’un coup. Il reste \
        ici ; collez-en une partie pour voir son résumé et ses citations.",

    reading: "Lecture de l’article…",
    not_text: "Cela ne ressemble pas à du texte : collez ou déposez l’article lui-même.",
    summary_ready: "Résumé prêt : {} phrases sur {}. {} citations trouvées.",
    cleared: "Effacé. « Annuler l’effacement » rétablit le texte.",
    restored: "Le texte est revenu.",
    too_large_to_keep: "Le navigateur n’a pas la place de garder ce texte après un rechargement ; il \
        reste jusqu’à ce que vous fermiez la page.",
    storage_refused: "Ce navigateur ne permet pas à Nutgraf de garder votre texte après un rechargement \
        (le stockage est désactivé, comme dans certaines fenêtres privées) ; il reste jusqu’à ce que \
        vous fermiez la page.",
    engine_failed: "Nutgraf n’a pas pu lire ce texte. Votre texte est conservé : vous pouvez le \
        modifier ou en coller un autre.",

    article: "Article",
    article_view: "Vue de l’article",
    edit: "Modifier",
    read: "Lire",
    try_sample: "Essayer un exemple",
    open_file: "Ouvrir un fichier",
    clear: "Effacer",
    undo_clear: "Annuler l’effacement",
    article_text: "Texte de l’article",
    placeholder: "Collez ici un article de presse, déposez un fichier .txt, .md ou .html, ou essayez \
        l’exemple.",
    reading_view: "L’article, avec le résumé surligné",
    reading_view_cut: "La vue de lecture montre les 300 000 premiers caractères de ce long \
        texte ; le résumé et les citations le couvrent en entier.",
    long_text: "Cet article fait {}\u{a0}Mo, trop pour être modifié ici sans ralentir la page. \
        Le résumé et les citations le couvrent en entier.",
    edit_long_text: "Le modifier quand même",
    decimal_separator: ',',
    page_title: "Nutgraf — le lecteur d’articles",
    file_empty: "« {} » ne contient pas de texte.",
    file_loaded: "« {} » chargé.",
    file_not_text_file: "« {} » n’est pas un fichier texte : Nutgraf lit les fichiers .txt, .md et .html.",
    file_too_large: "« {} » dépasse 20 Mo : collez plutôt l’article lui-même.",
    file_unreadable: "« {} » n’a pas pu être lu.",
    file_not_text: "« {} » ne ressemble pas à du texte.",

    summary: "Résumé",
    show_in_the_article: "Montrer dans l’article",
    show_as_bullets: "Afficher en liste",
    show_as_paragraph: "Afficher en paragraphe",
    compression: "{} phrases sur {}, {} % des mots · environ {} min de lecture gagnées",
    key_phrases: "Expressions clés",

    who_is_quoted: "Qui est cité",
    speaker: "Source",
    quotes: "Citations",
    share_of_quoted_words: "Part des mots cités",
    more_speakers: "et {} autres, dans le filtre des citations",
    quotes_heading: "Citations ({})",
    everyone: "Tout le monde",
    no_quotations: "Aucune citation trouvée.",
    kind_direct: "directe",
    kind_mixed: "mixte",
    kind_reported: "rapportée",
    show_in_article: "Montrer dans l’article",
    show_more_quotes: "Afficher {} citations de plus ({} non affichées)",
    unattributed: "Sans source",

    summary_length: "Longueur du résumé",
    length: "Longueur",
    short: "Court (3 phrases)",
    medium: "Moyen (5 phrases)",
    long: "Long (un quart)",
    exact_sentences: "Nombre de phrases",
    word_limit: "Nombre de mots maximal",
    percentage: "Pourcentage",
    unit_sentences: "phrases",
    unit_words: "mots",
    unit_percent: "% des phrases",
    number_of: "Nombre : {}",
    refused_sentences: "indiquez un nombre entier de phrases supérieur à 0, par exemple 3",
    refused_words: "indiquez un nombre entier de mots supérieur à 0, par exemple 60",
    refused_ratio: "indiquez une part des phrases supérieure à 0 et d’au plus 1, par exemple 0.2",
    refused_percent: "indiquez un pourcentage entier des phrases de 1 à 100, par exemple 20",
    refused_length: "indiquez court, moyen ou long, ou une quantité avec son unité, par exemple \
        3 phrases, 60 mots ou 20 %",

    export: "Exporter",
    format: "Format",
    copy: "Copier",
    download: "Télécharger",
    export_preview: "Aperçu de l’export",
    summary_as_text: "Résumé en texte brut",
    summary_as_markdown: "Résumé en Markdown",
    quotes_as_markdown: "Citations en Markdown",
    everything_as_json: "Tout en JSON",
    copied: "Copié : {}.",
    copy_refused: "Le navigateur n’a pas permis la copie : sélectionnez l’aperçu et copiez-le vous-même.",
    downloaded: "{} téléchargé.",
    download_refused: "Le navigateur n’a pas permis le téléchargement.",

    failure_heading: "Ce texte n’a pas pu être lu",
    failure_explanation: "Quelque chose dans ce texte a arrêté le lecteur de Nutgraf. Votre texte est \
        toujours là : vous pouvez le modifier, ou coller un autre article, et Nutgraf le lira.",
    failure_help: "Vous pouvez nous aider à corriger cela en envoyant un court rapport. Il contient la \
        longueur du texte et son empreinte, jamais le texte lui-même.",
    copy_report: "Copier un rapport",
    report_copied: "Rapport copié. Collez-le dans un message au responsable de ce site.",
    report_copy_refused: "Le navigateur n’a pas permis la copie ; le rapport est affiché sous le bouton.",

    embed_card: "Résumé par Nutgraf",
    embed_paste_label: "Collez un article pour le résumer :",
    embed_paste_placeholder: "Collez un article ici",
    embed_no_sentences: "Aucune phrase trouvée.",
    embed_no_quotes: "Aucune citation trouvée",
    embed_could_not_read: "Nutgraf n’a pas pu lire ceci : {}",
};
