//! Table tests of speaker resolution: pronouns, descriptions, short forms and organisations
//! resolved to the name the article introduced, with gender, person/organisation agreement and
//! recency; quotes before their speaker is named; and speakers that stay as written because
//! nothing in the article resolves them (never a wrong name). Each case is an article and the
//! speaker's canonical name for each of its quotations, in order (`None`: no speaker).

use nutgraf_engine::QuoteFinder;
use support::Failures;

mod support;

/// (what the case shows, article, the speaker of each quotation in order)
const CASES: &[(&str, &str, &[Option<&str>])] = &[
    // --- Pronouns ---
    (
        "he: the man named just before",
        "Doug McCallum won the vote on Monday. “We will build the rink,” he said.",
        &[Some("Doug McCallum")],
    ),
    (
        "she: the woman named just before",
        "Wendy Golden lost her son last year. “Nobody warned us,” she said.",
        &[Some("Wendy Golden")],
    ),
    (
        "she skips a man named later",
        "Wendy Golden met Neil Calder in court. “I wanted answers,” she said.",
        &[Some("Wendy Golden")],
    ),
    (
        "he skips a woman named later",
        "Kevin Haley spoke after Maria Lopez. “It is the same group,” he said.",
        &[Some("Kevin Haley")],
    ),
    (
        "he: a title tells the gender",
        "Mr. Okafor runs the clinic. “We are full every night,” he said.",
        &[Some("Okafor")],
    ),
    (
        "she: a title tells the gender",
        "Ms. Brennan chairs the board. “The vote was fair,” she said.",
        &[Some("Brennan")],
    ),
    (
        "he: the pronoun chain goes on from the last resolved speaker",
        "Justin Trudeau visited the school. “I came to listen,” he said. Tasmeen Ali thanked him. “We are grateful,” she said. “Welcome to everyone,” he said.",
        &[Some("Justin Trudeau"), Some("Tasmeen Ali"), Some("Justin Trudeau")],
    ),
    (
        "he after a reported statement by the same man",
        "Eric Stubbs said the area was remote. “It takes hours to get there,” he added.",
        &[Some("Eric Stubbs"), Some("Eric Stubbs")],
    ),
    (
        "she after a paragraph about someone else's speech",
        "Chrystia Freeland spoke in Ottawa.\n\nCanada has asked for clemency, she said.",
        &[Some("Chrystia Freeland")],
    ),
    (
        "he: an unknown first name still resolves when no one else fits",
        "Babatunji Farinloye joined the program in May. “It changed my habits,” he said.",
        &[Some("Babatunji Farinloye")],
    ),
    (
        "he: the surname alone resolves to the full name",
        "Robert McMillen owns a barbershop. McMillen cuts hair six days a week. “Beards are back,” he said.",
        &[Some("Robert McMillen")],
    ),
    (
        "he: a person named as an object when no one else is named",
        "I asked the barber Robert McMillen about beards. “The big beard is over,” he explains.",
        &[Some("Robert McMillen")],
    ),
    (
        "it: an organisation named with an organisation word",
        "The Pentagon weighed in on Monday. “The plan was never approved,” it said.",
        &[Some("Pentagon")],
    ),
    (
        "it: a company that spoke before",
        "Google said the outage was fixed. “We are sorry for the trouble,” it said.",
        &[Some("Google"), Some("Google")],
    ),
    (
        "they: the group that spoke just before",
        "Officials said the road would reopen soon. They said repairs would take a week.",
        &[Some("officials"), Some("officials")],
    ),
    (
        "a pronoun with nobody named stays as written",
        "“We will not give up,” she said.",
        &[Some("she")],
    ),
    (
        "he with only a woman named stays as written",
        "Wendy Golden called the police. “Nobody came,” he said.",
        &[Some("he")],
    ),
    (
        "a pronoun never stands for a place",
        "Nova Scotia has a new law on opioids. “It was overdue,” she said.",
        &[Some("she")],
    ),
    (
        "a pronoun never stands for a person in a photo caption",
        "Ryan Smith holds a sign at the rally. (Ryan Remiorz/The Canadian Press)\n\nThe march was peaceful. “We came in peace,” he said.",
        &[Some("he")],
    ),
    (
        "he: the person just named outranks an earlier speaker",
        "“The numbers are bad,” said Tom Reyes. Paul O’Neill runs the board. “We will fix them,” he said.",
        &[Some("Tom Reyes"), Some("Paul O’Neill")],
    ),
    (
        "he: the speaker the article follows outranks a man mentioned in passing long before",
        "“The porters changed the country,” said Cecil Foster. In 1955, George Garraway became the first Black conductor, a job the railway had long refused to give to anyone like him, and the papers of the day took notice of the news for weeks afterwards in every city of the country.\n\nThe book took Foster ten years to write. It draws on dozens of interviews with the families of porters from every province.\n\n“I never put these elements together,” he says.",
        &[Some("Cecil Foster"), Some("Cecil Foster")],
    ),
    (
        "I in a transcript line labelled with a name stays with the label",
        "WALLACE: Let me ask you about the budget.\nPENCE: I think the budget is fine.",
        &[Some("WALLACE"), Some("PENCE")],
    ),
    // --- Descriptions ---
    (
        "an office: the person introduced with it",
        "Surrey Mayor Doug McCallum spoke on Monday. “We will build the rink,” the mayor said.",
        &[Some("Doug McCallum")],
    ),
    (
        "an office written with a capital",
        "Premier Rachel Notley took questions. “The pipeline will be built,” The Premier said.",
        &[Some("Rachel Notley")],
    ),
    (
        "an office in lower case before the name",
        "The motion came from city councillor Josh Matlow. “We need to fight for this,” the councillor said.",
        &[Some("Josh Matlow")],
    ),
    (
        "an office nobody was introduced with stays as written",
        "Jon Tester spoke first. “We are going to build the wall,” the president said.",
        &[Some("the president")],
    ),
    (
        "an office picks the right one of two people",
        "Mayor Doug McCallum met Premier John Horgan. “The talks went well,” the premier said.",
        &[Some("John Horgan")],
    ),
    (
        "a described person: the person quoted",
        "“Every publisher rejected me,” Andre Campbell says. “I kept going anyway,” the bow-tied maverick adds.",
        &[Some("Andre Campbell"), Some("Andre Campbell")],
    ),
    (
        "a described person with modifiers",
        "Alexander Wise draws every night. “It is months of work,” says the self-taught Cambridge resident.",
        &[Some("Alexander Wise")],
    ),
    (
        "an age as a description",
        "Caleb Jones scored his first goal. “I will remember this,” the 21-year-old said.",
        &[Some("Caleb Jones")],
    ),
    (
        "a described person with nobody named stays as written",
        "“The ice is too thin,” the rookie defenceman said.",
        &[Some("the rookie defenceman")],
    ),
    (
        "an organisation noun: the organisation named last",
        "Shares of Tesla rose. Tesla named a new chair on Thursday. The company said the search had been thorough.",
        &[Some("Tesla")],
    ),
    (
        "an organisation noun with an organisation word",
        "Export Development Canada lent the money. The agency said it is self-funding.",
        &[Some("Export Development Canada")],
    ),
    (
        "an organisation noun never stands for a place",
        "Seoul said the talks had failed. The agency said the regime had refused.",
        &[Some("Seoul"), Some("the agency")],
    ),
    (
        "an organisation noun never stands for a person",
        "Doug McCallum spoke on Monday. The company said the rink would close.",
        &[Some("the company")],
    ),
    (
        "a document nobody issued stays as written",
        "The report said the trains slow down in the cold.",
        &[Some("the report")],
    ),
    (
        "a document: the source the article is quoting",
        "Canadian Pacific Railway said winter is hard on trains. The report said trains slow down in the cold.",
        &[Some("Canadian Pacific Railway"), Some("Canadian Pacific Railway")],
    ),
    (
        "a document with a possessive: whom the possessive stands for",
        "Shannon Phillips cancelled the sessions on Friday. Her statement said the meetings had turned hostile.",
        &[Some("Shannon Phillips")],
    ),
    // --- Short forms ---
    (
        "a surname: the full name introduced before",
        "Secretary of State Marco Rubio landed in Jeddah. “We will see what they offer,” Rubio said.",
        &[Some("Marco Rubio")],
    ),
    (
        "a title and surname: the full name",
        "John Smith runs the mill. “This is a disaster for the town,” said Mr. Smith.",
        &[Some("John Smith")],
    ),
    (
        "a surname introduced after the quote",
        "“We have waited long enough,” Lima said. Ana Lima runs a ferry company.",
        &[Some("Ana Lima")],
    ),
    (
        "a surname shared by two people: the one named more often",
        "Doug McCallum spoke first. Doug McCallum then took questions. John McCallum stayed away. “The debt is too high,” McCallum said.",
        &[Some("Doug McCallum")],
    ),
    (
        "a possessive name is the name",
        "Ana Lima runs a ferry. Lima’s company lost money, Lima said.",
        &[Some("Ana Lima")],
    ),
    (
        "an acronym: the name the article spells out",
        "Export Development Canada lent the money. EDC said the loan is self-funding.",
        &[Some("Export Development Canada")],
    ),
    (
        "an acronym the article never spells out stays as written",
        "The deal was signed. EDC said the loan is self-funding.",
        &[Some("EDC")],
    ),
    // --- Quote before its speaker is named ---
    (
        "speaker after the quote, named in full",
        "“The money is there,” said Tom Reyes, the harbour master.",
        &[Some("Tom Reyes")],
    ),
    (
        "a quote paragraph continues the speaker of the paragraph before",
        "“We are ready,” said Tom Reyes.\n\n“The work starts in spring.”",
        &[Some("Tom Reyes"), Some("Tom Reyes")],
    ),
    (
        "a quote three paragraphs after its speaker is not given to them",
        "“We are ready,” said Tom Reyes.\n\nThe port has four piers.\n\nTwo of them are closed.\n\nFerries use the others.\n\n“The work starts in spring.”",
        &[Some("Tom Reyes"), None],
    ),
    (
        "an interrupted quote is one speaker's",
        "“We have waited long enough,” said Ana Lima, who runs a ferry company. “Every week costs us customers.”",
        &[Some("Ana Lima")],
    ),
    (
        "a quote opening the article, its speaker named after",
        "“This is the worst winter in years,” said Will Young, a railway engineer.\n\nTrains slow down in the cold.",
        &[Some("Will Young")],
    ),
    // --- More pronouns ---
    (
        "she: a woman named as the subject of the sentence before",
        "Erin Kim leads the program at the heart foundation. “The results are exciting,” she said.",
        &[Some("Erin Kim")],
    ),
    (
        "he: the man, not the woman who spoke earlier",
        "“We need more beds,” said Nadia Jamil. Dennis Brooks has slept outside for years. “Just listen to us,” he said.",
        &[Some("Nadia Jamil"), Some("Dennis Brooks")],
    ),
    (
        "she: the woman, not the man who spoke just before",
        "Wendy Golden lost her son. “He was a good kid,” said Neil Calder. “I want the truth,” she said.",
        &[Some("Neil Calder"), Some("Wendy Golden")],
    ),
    (
        "he in the same sentence as the name",
        "When Kevin Vickers spoke on Tuesday, he said the party needed a leader.",
        &[Some("Kevin Vickers")],
    ),
    (
        "he twice in a row stays with the same man",
        "Dave Martell runs a clinic. He said doctors prescribe too much. He added that patients ask for more.",
        &[Some("Dave Martell"), Some("Dave Martell")],
    ),
    (
        "two men: he stays with the one who spoke",
        "“The deal is done,” said Tom Reyes. The ferry arrived late. “We will sail tomorrow,” he said.",
        &[Some("Tom Reyes"), Some("Tom Reyes")],
    ),
    (
        "two women: she stays with the one who spoke last",
        "“We voted no,” said Maria Santos. “We voted yes,” said Ana Lima. The meeting ended. “It was a long night,” she said.",
        &[Some("Maria Santos"), Some("Ana Lima"), Some("Ana Lima")],
    ),
    (
        "two men: he goes to the one just named in the sentence before",
        "“The pier is safe,” said Tom Reyes. Paul O’Neill chairs the board. He said the board would meet in March.",
        &[Some("Tom Reyes"), Some("Paul O’Neill")],
    ),
    (
        "it: the organisation named with an organisation word, not a person",
        "The Labour Party weighed in on Sunday. Jeremy Corbyn spoke first. It said the vote would be held in May.",
        &[Some("Labour Party")],
    ),
    (
        "they: officials who spoke",
        "Police officials said the road was closed. They said it would reopen on Friday.",
        &[Some("police officials"), Some("police officials")],
    ),
    (
        "they with no group before stays as written",
        "The road was closed for a week. They said it would reopen on Friday.",
        &[Some("they")],
    ),
    (
        "he: a man named by surname and title only",
        "Dr. Bowes is the chief medical examiner. He said the deaths were preventable.",
        &[Some("Bowes")],
    ),
    (
        "she: a woman named by Mrs. and surname",
        "Mrs. Golden called the police. She said nobody came to help.",
        &[Some("Golden")],
    ),
    (
        "he: resolved across a paragraph break",
        "Adam Jagelewski runs the program.\n\n“We are pleased with the first group,” he said.",
        &[Some("Adam Jagelewski")],
    ),
    (
        "a pronoun quoted before anyone is named stays as written",
        "“We will not give up,” he said. Tom Reyes spoke later.",
        &[Some("he")],
    ),
    // --- More descriptions ---
    (
        "an office lower case after an appositive title",
        "Chief Coroner Matthew Bowes met the families. “Every death is a loss,” the coroner said.",
        &[Some("Matthew Bowes")],
    ),
    (
        "the minister: the person introduced as minister",
        "Foreign Affairs Minister Chrystia Freeland spoke in Ottawa. “Canada stands firm,” the minister said.",
        &[Some("Chrystia Freeland")],
    ),
    (
        "the senator: a title before the name",
        "Senator Jon Tester voted no. “The wall is a waste,” the senator said.",
        &[Some("Jon Tester")],
    ),
    (
        "the professor with modifiers",
        "Professor Guenther Schuh builds small cars. “No carmaker makes money here,” the bespectacled professor said.",
        &[Some("Guenther Schuh")],
    ),
    (
        "the union: the organisation named last",
        "Bus drivers joined the Amalgamated Transit Union on Friday. The union said the vote was clear.",
        &[Some("Amalgamated Transit Union")],
    ),
    (
        "the company after a person spoke: the company named last",
        "Procter & Gamble reported its results on Tuesday. The company said sales rose.",
        &[Some("Procter & Gamble")],
    ),
    (
        "the firm: the organisation named last",
        "Researchers at Symantec Corp. traced the emails. The firm said the campaign was old.",
        &[Some("Symantec Corp")],
    ),
    (
        "a described person with nobody quoted before and nobody named stays as written",
        "The meeting ran late. “We need answers,” the 34-year-old said.",
        &[Some("the 34-year-old")],
    ),
    (
        "a described woman: the woman quoted",
        "“The shop is my life,” says Alfonso Espinos. “One goes on the shelf,” the affable proprietor says.",
        &[Some("Alfonso Espinos"), Some("Alfonso Espinos")],
    ),
    (
        "the spokesperson with an organisation stays as written",
        "A spokesperson for the group said the talks had failed.",
        &[Some("a spokesperson for the group")],
    ),
    // --- More short forms and names ---
    (
        "a surname long after the full name",
        "Prime Minister Justin Trudeau arrived in Miramichi on Thursday. The town hall lasted two hours. Trudeau said immigrants built the country.",
        &[Some("Justin Trudeau")],
    ),
    (
        "a name with an initial",
        "Harry J. Kazianis studies Korea. “Kim wants talks,” Kazianis said.",
        &[Some("Harry J. Kazianis")],
    ),
    (
        "a hyphenated surname",
        "Jody Wilson-Raybould rejected the plea. “The law stands,” Wilson-Raybould said.",
        &[Some("Jody Wilson-Raybould")],
    ),
    (
        "a name after a role and a comma",
        "“The cold is hard on trains,” the chief engineer, Will Young, told reporters.",
        &[Some("Will Young")],
    ),
    (
        "an organisation speaking",
        "Statistics Canada said prices rose by two per cent.",
        &[Some("Statistics Canada")],
    ),
    (
        "according to an organisation",
        "Prices rose by two per cent, according to Statistics Canada.",
        &[Some("Statistics Canada")],
    ),
    (
        "he: a sentence's subject named like a person, first name unknown",
        "Alan Brooks said the doors were shut. Koffi Mensah was stuck in the lobby for an hour. “They told us to wait,” he said.",
        &[Some("Alan Brooks"), Some("Koffi Mensah")],
    ),
    (
        "he skips a nationality written like a name",
        "Alan Brooks said the doors were shut. Adebayo Ncube wrote about the unions. Prominent Canadians joined them. “I never saw it,” he said.",
        &[Some("Alan Brooks"), Some("Adebayo Ncube")],
    ),
    // --- Speaker spans that are noun phrases ---
    (
        "a clause after an inverted verb is the report, not its speaker",
        "Lena Ortiz, who sold her shop in May, says the move changed her year. “I sleep now,” she says.",
        &[Some("Lena Ortiz"), Some("Lena Ortiz")],
    ),
    (
        "a pronoun opening a clause after the verb is no inverted speaker",
        "For his part, Omar Haddad, who still keeps the old key, said he found a flat in March.\n\n“It feels like home.”",
        &[Some("Omar Haddad"), Some("Omar Haddad")],
    ),
    (
        "a name before an appositive with a hyphenated abbreviation",
        "“Talks will go on,” Mira Castell, director of studies at the U.K.-based Centre for Trade, said in a statement.",
        &[Some("Mira Castell")],
    ),
    (
        "a participle's subject: a role between a capitalised opener and the name",
        "Former premier Dana Whitcombe announced she will step down, saying the party needs new blood.",
        &[Some("Dana Whitcombe"), Some("Dana Whitcombe")],
    ),
    (
        "an inverted speaker whose organisation's name has an and",
        "Results are “very good,” says Lakes and Rivers senior manager Ines Varga, who leads the study.",
        &[Some("Ines Varga")],
    ),
    (
        "the name after a described inverted speaker speaks",
        "“It was his idea,” says Rowan’s mother, Priya.",
        &[Some("Priya")],
    ),
    (
        "the name after an inverted role and a comma, before a time phrase",
        "“We signed on Friday,” said the team’s lawyer, Ana Lima, on Monday.",
        &[Some("Ana Lima")],
    ),
    (
        "a described inverted speaker followed by a relative clause stays as written",
        "“We signed on Friday,” said the team’s lawyer, who asked not to be named.",
        &[Some("the team’s lawyer")],
    ),
    (
        "a description with adjectives split by a comma describes the person just named",
        "Leni Hartwig runs the lab in Aachen. Hartwig knows the risk. “Nobody makes money here,” the lanky, soft-spoken professor said.",
        &[Some("Leni Hartwig")],
    ),
    (
        "an office nobody holds, no one named nearby: stays as written",
        "Ines Varga runs the lab. The city approved the plan on Monday. The weather was cold. It rained all week. “Nobody makes money here,” the mayor said.",
        &[Some("the mayor")],
    ),
    (
        "was quoted as saying",
        "Mayor Dan Ruiz spoke on Monday. “I was shaken to the core,” he was quoted as saying in the press release.",
        &[Some("Dan Ruiz")],
    ),
    (
        "they: two people joined by and who spoke just before",
        "Cafe owners Ivo Brandt and Mia Kessler said they accepted the vote. “We want a safe workplace,” they said.",
        &[Some("Mia Kessler"), Some("Cafe owners Ivo Brandt and Mia Kessler")],
    ),
    (
        "they: a capitalised plural subject of the sentence",
        "The Greens believe the tax will help them; they say voters care about the climate.",
        &[Some("The Greens")],
    ),
    (
        "she: the subject after an opening phrase with given",
        "Maria Lopez said the law failed her. Given the new minister's views, Amara Osei, head of the patients' group, is hopeful. “We expect change,” she said.",
        &[Some("Maria Lopez"), Some("Amara Osei")],
    ),
    (
        "a name before an appositive naming a post abroad",
        "The row grew on Friday after Lise Moreau, France’s envoy to Chile, told local radio that the deal was dead.",
        &[Some("Lise Moreau")],
    ),
    (
        "a relative who after a described name stands for the name",
        "Ilse Brandt, an independent analyst who writes often about the Kremlin, noted that the sanctions will grow.",
        &[Some("Ilse Brandt")],
    ),
    (
        "he: a person's name of four words",
        "Wan Azlan Wan Ismail, the keeper of the seal, said on Monday that the council had met. He said in a statement that the vote is next week.",
        &[Some("Wan Azlan Wan Ismail"), Some("Wan Azlan Wan Ismail")],
    ),
    (
        "she: a woman named again who spoke before beats a later speaker named longer ago",
        "“I lost my son,” said Rosa Lind. She lives alone now.\n\n“We studied the data,” said Dr. Amy Chen, who wrote the report. “The risk is real.”\n\nRosa Lind now lives by the sea. The house is small. The dogs sleep inside. Her garden is wild.\n\nLater, she urged police to act.",
        &[Some("Rosa Lind"), Some("Amy Chen"), Some("Rosa Lind")],
    ),
    (
        "it: a department named Affairs is an organisation",
        "Min Zhao told reporters the arrest was unjust. Veterans Affairs says on its website that pensions are unchanged, but it now explains the delay is “due to staff shortages.”",
        &[Some("Min Zhao"), Some("Veterans Affairs"), Some("Veterans Affairs")],
    ),
    (
        "the company after a time phrase keeps its article and resolves",
        "Tesla said in October that sales rose. In early November the company announced that Ana Reyes would take on those duties.",
        &[Some("Tesla"), Some("Tesla")],
    ),
    (
        "he: never someone the quote itself names",
        "Omar Bell wrote a book about the porters. Tom Reid knew they had to fight “both the bosses and the law,” he writes.",
        &[Some("Omar Bell"), Some("Omar Bell")],
    ),
    (
        "he: the name set off after a role that opens the sentence; a preposition after a verb is no speaker",
        "“We paid nothing,” said Jason Moor. Director, threat research at security firm Norvik, Kevin Hale, agreed with the finding. “It is the same group,” he said.",
        &[Some("Jason Moor"), Some("Kevin Hale")],
    ),
    (
        "they: a capitalised word and a plural of people as the subject",
        "Ana Ruiz said the vote was close. Republicans have not moved. Republican senators are eager to go home, and they say the bill is dead.",
        &[Some("Ana Ruiz"), Some("Republican senators")],
    ),
    // --- Quotes continued over paragraphs ---
    (
        "a quote after one running over paragraphs continues its speaker",
        "“The vote is flawed,” Ruth Amsel said. “Most people were never asked.\n\n“So what you get is anger.\n\n“We want a fair process,” Amsel added.\n\n“Closing the halls cut people off.”",
        &[Some("Ruth Amsel"), Some("Ruth Amsel"), Some("Ruth Amsel")],
    ),
    // --- Unresolvable and anonymous ---
    (
        "an anonymous source stays as written",
        "“We are reviewing the decision,” a White House spokesperson said.",
        &[Some("a White House spokesperson")],
    ),
    (
        "sources familiar stay as written",
        "The bid team was told to stay quiet, according to sources familiar with the talks.",
        &[Some("sources familiar with the talks")],
    ),
    (
        "a quote with no attribution and no earlier speaker has none",
        "The port has four piers.\n\n“The work starts in spring.”",
        &[None],
    ),
    // --- A capital that only opens the sentence ---
    (
        "a description opening a sentence is written as within one: one speaker",
        "Police said the road would close on Monday. The bridge will reopen in May, police said.",
        &[Some("police"), Some("police")],
    ),
    (
        "names keep their capitals at a sentence's start",
        "Democrats said the bill would fail in the Senate. Microsoft said the outage was over.",
        &[Some("Democrats"), Some("Microsoft")],
    ),
];

#[test]
fn speakers_resolve_to_the_names_the_article_gives() {
    let mut failures = Failures::default();
    for (what, article, expected) in CASES {
        let found: Vec<Option<String>> = QuoteFinder
            .find(article)
            .into_iter()
            .map(|quote| quote.speaker.map(|speaker| speaker.name))
            .collect();
        let wanted: Vec<Option<String>> = expected.iter().map(|name| name.map(str::to_owned)).collect();
        failures.check(&format!("{what}:\n  {article}"), found, wanted);
    }
    failures.assert_none(CASES.len());
}
