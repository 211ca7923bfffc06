use super::*;

const BUDGET: &str = "The city council voted on Tuesday to approve the budget after a long and bitter \
                      debate about the conflict.";

fn paste(form: Form, clean: &str) -> String {
    form.paste(clean).text
}

#[test]
fn wraps_at_72_columns_and_keeps_paragraphs_apart() {
    let clean = format!("{BUDGET}\nIt passed.\n\n\nNobody   cheered.\n");
    assert_eq!(
        paste(Form::Wrapped, &clean),
        "The city council voted on Tuesday to approve the budget after a long and\n\
         bitter debate about the conflict.\n\nIt passed.\n\nNobody   cheered."
    );
}

#[test]
fn hyphenates_a_long_word_that_would_overflow() {
    let clean = "The city council voted on Tuesday to approve the budget after a controversial debate.";
    assert_eq!(
        paste(Form::Hyphenated, clean),
        "The city council voted on Tuesday to approve the budget after a contro-\nversial debate."
    );
}

#[test]
fn hyphenates_a_hyphenated_word_at_its_own_hyphen() {
    let clean = "The city council voted on Tuesday to approve the budget after a three-year-long debate.";
    assert_eq!(
        paste(Form::Hyphenated, clean),
        "The city council voted on Tuesday to approve the budget after a three-\nyear-long debate."
    );
}

#[test]
fn leaves_short_words_whole() {
    assert_eq!(paste(Form::Hyphenated, BUDGET), paste(Form::Wrapped, BUDGET));
}

#[test]
fn changes_case_one_char_for_one() {
    let clean = "Ça déjà İstanbul ß";
    assert_eq!(paste(Form::Lower, clean), "ça déjà İstanbul ß");
    assert_eq!(paste(Form::Upper, clean), "ÇA DÉJÀ İSTANBUL ß");
}

#[test]
fn pastes_as_windows_does() {
    let clean = "“Yes,” she said. It’s done.\n\nA b c d e f g h i.";
    assert_eq!(
        paste(Form::Windows, clean),
        "\"Yes,\" she said.\u{a0}It's done.\r\n\r\nA b c d e f g\u{a0}h i.\r\n"
    );
}

#[test]
fn cuts_a_text_without_paragraphs_every_three_sentences() {
    let clean = "A b. C d. Mr. E f. G h. I j.";
    assert_eq!(paste(Form::Lines, clean), "A b. C d. Mr. E f.\nG h. I j.");
    assert_eq!(paste(Form::Lines, "One.\n\n\nTwo.\nThree."), "One.\nTwo.\nThree.");
}

#[test]
fn wraps_lines_in_a_web_page() {
    assert_eq!(
        paste(Form::Webpage, "One.\n\nTwo.\n\nThree."),
        "Home\nWorld\nPolitics\nBusiness\nSign in\nSubscribe\nOne.\nTwo.\nAdvertisement\nThree.\n\
         © 2024 Example News. All rights reserved.\nPrivacy Policy | Terms of Use | Contact us"
    );
}

#[test]
fn wraps_paragraphs_in_a_second_web_page() {
    assert_eq!(
        paste(Form::Webpage2, "One.\n\nTwo.\nThree.\n\nFour."),
        "Skip to main content\nMenu\nNews\nSport\nCulture\nOpinion\nLifestyle\nSearch\nLog in\n\
         One.\n\nTwo.\n\nThree.\n\nRelated: Storm leaves thousands without power across the region\n\n\
         Four.\n\nBack to top\n\nAbout us · Contact · Careers · Advertise with us · Privacy\n\n\
         © Example Media Group Ltd 2024"
    );
}

/// A char as every form writes it: lower case, straight quotes.
fn folded(c: char) -> char {
    match c {
        '“' | '”' | '„' => '"',
        '‘' | '’' => '\'',
        other => single(other.to_lowercase(), other),
    }
}

#[test]
fn maps_every_clean_char_onto_itself() {
    let clean = format!(
        "(CNN)“Yes,” said Mr. Smith. It’s a three-year-long controversial story.\n\n{BUDGET} \
         {BUDGET}\nDone! Then came another paragraph. And more. Extraordinarily.\n\n"
    );
    let clean_chars: Vec<char> = clean.chars().collect();
    for form in Form::ALL {
        let pasted = form.paste(&clean);
        let chars: Vec<char> = pasted.text.chars().collect();
        let mut last = 0;
        for (index, &c) in clean_chars.iter().enumerate() {
            let position = pasted.position(index);
            assert!(position >= last, "{}: the map goes back at {index}", form.id());
            last = position;
            let now = chars.get(position).copied();
            if c.is_whitespace() {
                assert!(
                    now.is_none_or(char::is_whitespace),
                    "{}: {index} is {now:?}",
                    form.id()
                );
            } else {
                assert_eq!(now.map(folded), Some(folded(c)), "{}: char {index}", form.id());
            }
        }
        assert!(pasted.position(clean_chars.len()) <= chars.len());
    }
}

#[test]
fn maps_whitespace_before_the_text_onto_its_first_char() {
    let pasted = Form::Lines.paste("\n  Word.");
    assert_eq!(pasted.text, "Word.");
    assert_eq!(
        (pasted.position(0), pasted.position(2), pasted.position(3)),
        (0, 0, 0)
    );
}

#[test]
fn moves_spans_without_what_was_inserted_after_them() {
    let pasted = Form::Webpage.paste("One.\n\nTwo.\n\nThree.");
    let chars: Vec<char> = pasted.text.chars().collect();
    let span = pasted.span(6..10);
    assert_eq!(String::from_iter(&chars[span]), "Two.");
    let span = pasted.span(0..18);
    assert_eq!(
        String::from_iter(&chars[span]),
        "One.\nTwo.\nAdvertisement\nThree."
    );
}
