//! French quote attribution, one case a row, in the conventions of French news: « … » with
//! inner no-break spaces (and without), incises after the quote (`a déclaré X`,
//! `affirme-t-elle`, `s'est réjoui X`), a colon before it, `selon X` and `d'après X`, reported
//! speech with `que` and the conditional, and speakers with their titles (`le ministre de
//! l'Intérieur Gérald Darmanin`). The sentences are written for this test. Each row is an
//! article and the one quotation it must yield: kind, words, the speaker's name, the cue.

use nutgraf_engine::{QuoteFinder, QuoteKind};
use support::{found_line, quote_line, Failures};

mod support;

/// One expected quotation.
struct Expected {
    kind: QuoteKind,
    text: &'static str,
    speaker: &'static str,
    cue: &'static str,
}

const fn direct(text: &'static str, speaker: &'static str, cue: &'static str) -> Expected {
    Expected {
        kind: QuoteKind::Direct,
        text,
        speaker,
        cue,
    }
}

const fn indirect(text: &'static str, speaker: &'static str, cue: &'static str) -> Expected {
    Expected {
        kind: QuoteKind::Indirect,
        text,
        speaker,
        cue,
    }
}

const fn mixed(text: &'static str, speaker: &'static str, cue: &'static str) -> Expected {
    Expected {
        kind: QuoteKind::Mixed,
        text,
        speaker,
        cue,
    }
}

/// (article, the quotation it holds)
const CASES: &[(&str, Expected)] = &[
    (
        "«\u{a0}Nous ne céderons pas\u{a0}», a déclaré le ministre de l'Intérieur Gérald Darmanin.",
        direct("Nous ne céderons pas", "Gérald Darmanin", "déclaré"),
    ),
    (
        "La ministre Agnès Firmin Le Bodo était à Lyon. «\u{a0}La situation est grave\u{a0}», affirme-t-elle.",
        direct("La situation est grave", "Agnès Firmin Le Bodo", "affirme-t-elle"),
    ),
    (
        "Le maire Benoît Payan a visité le chantier. «\u{a0}Il faut agir vite\u{a0}», a-t-il ajouté.",
        direct("Il faut agir vite", "Benoît Payan", "ajouté"),
    ),
    (
        "«\u{a0}Nous attendons des actes concrets\u{a0}», a souligné la maire de Paris.",
        direct("Nous attendons des actes concrets", "la maire de Paris", "souligné"),
    ),
    (
        "«\u{a0}C'est une victoire pour les salariés\u{a0}», a indiqué le secrétaire général de la CGT.",
        direct("C'est une victoire pour les salariés", "le secrétaire général de la CGT", "indiqué"),
    ),
    (
        "La juge Claire Martin a lu le verdict. «\u{a0}Rien n'est encore décidé\u{a0}», a-t-elle précisé.",
        direct("Rien n'est encore décidé", "Claire Martin", "précisé"),
    ),
    (
        "«\u{a0}Le gouvernement doit revoir sa copie\u{a0}», estime le député Éric Coquerel.",
        direct("Le gouvernement doit revoir sa copie", "Éric Coquerel", "estime"),
    ),
    (
        "«\u{a0}Je ne suis pas candidat\u{a0}», a assuré François Bayrou dimanche sur France Inter.",
        direct("Je ne suis pas candidat", "François Bayrou", "assuré"),
    ),
    (
        "«Nous ne lâcherons rien», a lancé Marine Le Pen devant ses partisans.",
        direct("Nous ne lâcherons rien", "Marine Le Pen", "lancé"),
    ),
    (
        "«\u{a0}Les négociations vont reprendre lundi\u{a0}», a annoncé le porte-parole du gouvernement.",
        direct("Les négociations vont reprendre lundi", "le porte-parole du gouvernement", "annoncé"),
    ),
    (
        "Le Premier ministre a déclaré\u{a0}: «\u{a0}Nous irons jusqu'au bout de cette réforme.\u{a0}»",
        direct("Nous irons jusqu'au bout de cette réforme.", "Le Premier ministre", "déclaré"),
    ),
    (
        "Emmanuel Macron a affirmé\u{a0}: «\u{a0}La France sera au rendez-vous.\u{a0}»",
        direct("La France sera au rendez-vous.", "Emmanuel Macron", "affirmé"),
    ),
    (
        "La ministre de la Santé a expliqué\u{a0}: «\u{a0}Le virus circule toujours activement.\u{a0}»",
        direct("Le virus circule toujours activement.", "La ministre de la Santé", "expliqué"),
    ),
    (
        "«\u{a0}Nous avons été entendus\u{a0}», se félicite la présidente du syndicat.",
        direct("Nous avons été entendus", "la présidente du syndicat", "félicite"),
    ),
    (
        "«\u{a0}C'est inacceptable\u{a0}», dénonce l'avocat de la famille.",
        direct("C'est inacceptable", "l'avocat de la famille", "dénonce"),
    ),
    (
        "Le préfet Pierre Dartout a réuni les élus. «\u{a0}Ce n'est qu'un début\u{a0}», a-t-il averti.",
        direct("Ce n'est qu'un début", "Pierre Dartout", "averti"),
    ),
    (
        "«\u{a0}Je regrette profondément ces propos\u{a0}», a reconnu le sénateur.",
        direct("Je regrette profondément ces propos", "le sénateur", "reconnu"),
    ),
    (
        "«\u{a0}Il n'y aura pas de hausse d'impôts\u{a0}», a promis Bruno Le Maire.",
        direct("Il n'y aura pas de hausse d'impôts", "Bruno Le Maire", "promis"),
    ),
    (
        "«\u{a0}Nous sommes prêts à discuter\u{a0}», a répondu le patron du Medef.",
        direct("Nous sommes prêts à discuter", "le patron du Medef", "répondu"),
    ),
    (
        "«\u{a0}Nous devons protéger les plus fragiles\u{a0}», a martelé la Première ministre Élisabeth Borne.",
        direct("Nous devons protéger les plus fragiles", "Élisabeth Borne", "martelé"),
    ),
    (
        "«\u{a0}La justice doit passer\u{a0}», a insisté le père de la victime.",
        direct("La justice doit passer", "le père de la victime", "insisté"),
    ),
    (
        "«\u{a0}Le dialogue reste ouvert\u{a0}», assure le ministre du Travail Olivier Dussopt.",
        direct("Le dialogue reste ouvert", "Olivier Dussopt", "assure"),
    ),
    (
        "«\u{a0}Cette loi est une avancée historique\u{a0}», s'est réjoui le rapporteur du texte.",
        direct("Cette loi est une avancée historique", "le rapporteur du texte", "réjoui"),
    ),
    (
        "«\u{a0}On ne peut pas continuer comme ça\u{a0}», raconte une infirmière de l'hôpital.",
        direct("On ne peut pas continuer comme ça", "une infirmière de l'hôpital", "raconte"),
    ),
    (
        "«\u{a0}Tout le monde doit faire un effort\u{a0}», a plaidé le président de la région.",
        direct("Tout le monde doit faire un effort", "le président de la région", "plaidé"),
    ),
    (
        "«\u{a0}Je ne commenterai pas une enquête en cours\u{a0}», a répondu le procureur de la République.",
        direct("Je ne commenterai pas une enquête en cours", "le procureur de la République", "répondu"),
    ),
    (
        "«\u{a0}Nous sommes inquiets pour l'avenir\u{a0}», confie un agriculteur de la Beauce.",
        direct("Nous sommes inquiets pour l'avenir", "un agriculteur de la Beauce", "confie"),
    ),
    (
        "Le sélectionneur Didier Deschamps a fait le bilan. «\u{a0}Le pire est derrière nous\u{a0}», a-t-il conclu.",
        direct("Le pire est derrière nous", "Didier Deschamps", "conclu"),
    ),
    (
        "«\u{a0}Les chiffres sont encourageants\u{a0}», a commenté le ministre de la Santé François Braun.",
        direct("Les chiffres sont encourageants", "François Braun", "commenté"),
    ),
    (
        "«\u{a0}Je reste confiant\u{a0}», a glissé l'entraîneur après le match.",
        direct("Je reste confiant", "l'entraîneur", "glissé"),
    ),
    (
        "«\u{a0}Il était temps\u{a0}», soupire une habitante du quartier.",
        direct("Il était temps", "une habitante du quartier", "soupire"),
    ),
    (
        "«\u{a0}Nous ne laisserons personne sur le bord de la route\u{a0}», a promis la ministre des Solidarités.",
        direct("Nous ne laisserons personne sur le bord de la route", "la ministre des Solidarités", "promis"),
    ),
    (
        "«\u{a0}La France ne reculera pas\u{a0}», a répété le président de la République.",
        direct("La France ne reculera pas", "le président de la République", "répété"),
    ),
    (
        "Selon le porte-parole du gouvernement, la réforme sera présentée en juin.",
        indirect("la réforme sera présentée en juin", "le porte-parole du gouvernement", "Selon"),
    ),
    (
        "Selon la police, trois personnes ont été interpellées.",
        indirect("trois personnes ont été interpellées", "la police", "Selon"),
    ),
    (
        "D'après la préfecture, le rassemblement a réuni deux mille personnes.",
        indirect("le rassemblement a réuni deux mille personnes", "la préfecture", "D'après"),
    ),
    (
        "D'après le ministère des Armées, l'opération s'est déroulée sans incident.",
        indirect("l'opération s'est déroulée sans incident", "le ministère des Armées", "D'après"),
    ),
    (
        "Selon Météo-France, les orages devraient se poursuivre jusqu'à jeudi.",
        indirect("les orages devraient se poursuivre jusqu'à jeudi", "Météo-France", "Selon"),
    ),
    (
        "Selon l'Insee, l'inflation a atteint 5,2 % sur un an.",
        indirect("l'inflation a atteint 5,2 % sur un an", "l'Insee", "Selon"),
    ),
    (
        "D'après les premiers éléments de l'enquête, l'incendie serait d'origine criminelle.",
        indirect("l'incendie serait d'origine criminelle", "les premiers éléments de l'enquête", "D'après"),
    ),
    (
        "Le président a indiqué que le gouvernement pourrait revoir sa copie.",
        indirect("que le gouvernement pourrait revoir sa copie", "le président", "indiqué"),
    ),
    (
        "La ministre a souligné que les négociations se poursuivraient la semaine prochaine.",
        indirect("que les négociations se poursuivraient la semaine prochaine", "la ministre", "souligné"),
    ),
    (
        "Le procureur a précisé que l'enquête était toujours en cours.",
        indirect("que l'enquête était toujours en cours", "le procureur", "précisé"),
    ),
    (
        "Le syndicat a annoncé que la grève serait reconduite jeudi.",
        indirect("que la grève serait reconduite jeudi", "le syndicat", "annoncé"),
    ),
    (
        "Le ministre de l'Économie Bruno Le Maire a assuré que la croissance resterait solide.",
        indirect("que la croissance resterait solide", "Bruno Le Maire", "assuré"),
    ),
    (
        "La porte-parole a affirmé que le texte serait examiné au Sénat en mars.",
        indirect("que le texte serait examiné au Sénat en mars", "la porte-parole", "affirmé"),
    ),
    (
        "Jean-Luc Mélenchon a estimé que le gouvernement avait perdu sa majorité.",
        indirect("que le gouvernement avait perdu sa majorité", "Jean-Luc Mélenchon", "estimé"),
    ),
    (
        "Le maire a expliqué que les travaux dureraient deux ans.",
        indirect("que les travaux dureraient deux ans", "le maire", "expliqué"),
    ),
    (
        "La préfète a rappelé que le port du masque restait obligatoire.",
        indirect("que le port du masque restait obligatoire", "la préfète", "rappelé"),
    ),
    (
        "Le ministre de l'Intérieur Gérald Darmanin a déclaré que les forces de l'ordre seraient renforcées.",
        indirect("que les forces de l'ordre seraient renforcées", "Gérald Darmanin", "déclaré"),
    ),
    (
        "Le directeur de l'hôpital a reconnu que les urgences étaient saturées.",
        indirect("que les urgences étaient saturées", "le directeur de l'hôpital", "reconnu"),
    ),
    (
        "Les enquêteurs ont indiqué que le suspect aurait agi seul.",
        indirect("que le suspect aurait agi seul", "les enquêteurs", "indiqué"),
    ),
    (
        "Le gouvernement a confirmé que la réforme des retraites entrerait en vigueur en septembre.",
        indirect("que la réforme des retraites entrerait en vigueur en septembre", "le gouvernement", "confirmé"),
    ),
    (
        "L'opposition a dénoncé que le texte serait adopté sans vote.",
        indirect("que le texte serait adopté sans vote", "L'opposition", "dénoncé"),
    ),
    (
        "Le porte-parole de l'armée a déclaré que deux soldats avaient été blessés.",
        indirect("que deux soldats avaient été blessés", "le porte-parole de l'armée", "déclaré"),
    ),
    (
        "Le chef de l'État a jugé que la situation était «\u{a0}préoccupante\u{a0}».",
        mixed("que la situation était «\u{a0}préoccupante\u{a0}»", "Le chef de l'État", "jugé"),
    ),
    (
        "La députée Clémentine Autain a dénoncé des «\u{a0}mensonges\u{a0}» du gouvernement.",
        mixed("des «\u{a0}mensonges\u{a0}» du gouvernement", "Clémentine Autain", "dénoncé"),
    ),
    (
        "La ministre Agnès Pannier-Runacher était à Bruxelles. Elle a ajouté que la décision serait rendue en septembre.",
        indirect("que la décision serait rendue en septembre", "Agnès Pannier-Runacher", "ajouté"),
    ),
    (
        "Le porte-parole Olivier Véran a averti que d'autres sanctions pourraient suivre.",
        indirect("que d'autres sanctions pourraient suivre", "Olivier Véran", "averti"),
    ),
    (
        "Selon le parquet de Lyon, le conducteur roulait à plus de 130 km/h.",
        indirect("le conducteur roulait à plus de 130 km/h", "le parquet de Lyon", "Selon"),
    ),
    (
        "«\u{a0}Ce sera difficile mais nous y arriverons\u{a0}», a déclaré l'entraîneur lors de la conférence de presse.",
        direct("Ce sera difficile mais nous y arriverons", "l'entraîneur", "déclaré"),
    ),
];

#[test]
fn french_news_conventions() {
    assert!(CASES.len() >= 60);
    let mut failures = Failures::default();
    for (article, want) in CASES {
        let found: Vec<String> = QuoteFinder
            .find(article)
            .iter()
            .map(|quote| found_line(article, quote))
            .collect();
        let expected = quote_line(want.kind, want.text, Some(want.speaker), Some(want.cue));
        failures.check(article, found, vec![expected]);
    }
    failures.assert_none(CASES.len());
}
