//! The app's state and its actions (`src/state.rs`), natively: each action's effect on the
//! state is written down.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use nutgraf_app::components::{SourceMode, View};
use nutgraf_app::diagnostic::Diagnostic;
use nutgraf_app::i18n::Locale;
use nutgraf_app::sample::SAMPLE_ARTICLE;
use nutgraf_app::settings::{LengthChoice, Settings, SummaryLayout};
use nutgraf_app::state::{Action, AppState, Unkept, MAX_TEXT_TO_ANALYZE};
use nutgraf_engine::text::Language;
use yew::Reducible;

const ARTICLE: &str = "The council approved the budget. The mayor said it adds money for parks.";

fn opened_with(text: &str) -> AppState {
    AppState::new(Rc::from(text), Settings::default())
}

fn set_text(text: &str, pasted: bool) -> Action {
    Action::SetText {
        text: Rc::from(text),
        pasted,
    }
}

#[test]
fn a_page_opens_in_the_editor_with_its_saved_text_and_settings() {
    let settings = Settings {
        length: LengthChoice::Words(40),
        layout: SummaryLayout::Paragraph,
        locale: None,
    };
    let state = AppState::new(Rc::from(ARTICLE), settings.clone());
    assert_eq!(
        state,
        AppState {
            text: Rc::from(ARTICLE),
            settings,
            mode: SourceMode::Edit,
            view: View::Summary,
            typed: false,
            cleared: None,
            active: None,
            reveal: 0,
            status: String::new(),
            failure: None,
            locale: Locale::English,
            article_language: None,
        }
    );
}

#[test]
fn a_phone_shows_the_summary_once_an_article_arrives_and_the_article_when_asked() {
    assert_eq!(
        opened_with("").view,
        View::Article,
        "an empty page opens on the editor"
    );
    let pasted = opened_with("").apply(set_text(ARTICLE, true));
    assert_eq!((pasted.view, pasted.typed), (View::Summary, false));
    let typed = opened_with("").apply(set_text(ARTICLE, false));
    assert_eq!(
        (typed.view, typed.typed),
        (View::Article, true),
        "typing stays in the editor and waits for a pause"
    );
    let restored = opened_with("").apply(Action::Restore(Rc::from(ARTICLE)));
    assert_eq!((restored.view, restored.typed), (View::Summary, false));
    let quotes = pasted.clone().apply(Action::SetView(View::Quotes));
    assert_eq!(quotes.view, View::Quotes);
    assert_eq!(quotes.clone().apply(Action::Reveal((4, 11))).view, View::Article);
    assert_eq!(quotes.apply(Action::Clear).view, View::Article);
}

#[test]
fn the_interface_speaks_the_readers_choice_else_the_browsers_language() {
    let browser_german = opened_with("").speaking(Locale::German);
    assert_eq!(browser_german.locale, Locale::German);
    let chose_french = Settings {
        locale: Some(Locale::French),
        ..Settings::default()
    };
    let state = AppState::new(Rc::from(ARTICLE), chose_french).speaking(Locale::German);
    assert_eq!(state.locale, Locale::French);
    let switched = state
        .apply(Action::SetLocale(Locale::German))
        .apply(Action::Clear);
    assert_eq!(switched.settings.locale, Some(Locale::German));
    assert_eq!(
        switched.status,
        "Geleert. „Leeren rückgängig“ bringt den Text zurück."
    );
    let refused = switched.apply(Action::NotKept(Unkept::Refused));
    assert!(
        refused
            .status
            .starts_with("Dieser Browser lässt Nutgraf Ihren Text nicht"),
        "{}",
        refused.status
    );
}

#[test]
fn the_article_language_holds_until_a_new_article_arrives_whole() {
    let german = opened_with(ARTICLE).apply(Action::SetArticleLanguage(Some(Language::German)));
    assert_eq!(german.article_language, Some(Language::German));
    let typed = german.clone().apply(set_text("More words typed.", false));
    assert_eq!(typed.article_language, Some(Language::German));
    let pasted = german.clone().apply(set_text("Another article.", true));
    assert_eq!(pasted.article_language, None);
    let detected = german.apply(Action::SetArticleLanguage(None));
    assert_eq!(detected.article_language, None);
}

#[test]
fn a_paste_opens_the_reading_view_and_typing_does_not() {
    let typed = opened_with("").apply(set_text(ARTICLE, false));
    assert_eq!((&*typed.text, typed.mode), (ARTICLE, SourceMode::Edit));
    let pasted = opened_with("").apply(set_text(ARTICLE, true));
    assert_eq!((&*pasted.text, pasted.mode), (ARTICLE, SourceMode::Read));
    // Blank, binary or very long pastes stay in the editor.
    let long = "word ".repeat(40_000);
    for text in ["   \n", "\u{0}\u{0}\u{0}binary", long.as_str()] {
        assert_eq!(
            opened_with("").apply(set_text(text, true)).mode,
            SourceMode::Edit,
            "{:.20?}",
            text
        );
    }
    let sample = opened_with("").apply(Action::LoadSample);
    assert_eq!((&*sample.text, sample.mode), (SAMPLE_ARTICLE, SourceMode::Read));
}

#[test]
fn clearing_keeps_the_text_until_it_is_brought_back_or_replaced() {
    let read = opened_with("").apply(set_text(ARTICLE, true));
    let cleared = read.apply(Action::Clear);
    assert_eq!(&*cleared.text, "");
    assert_eq!(cleared.cleared.as_deref(), Some(ARTICLE));
    assert_eq!(cleared.mode, SourceMode::Edit);
    assert_eq!(cleared.status, "Cleared. “Undo clear” brings the text back.");
    assert!(cleared.can_undo());
    let back = cleared.clone().apply(Action::UndoClear);
    assert_eq!((&*back.text, back.cleared.as_deref()), (ARTICLE, None));
    assert_eq!(back.status, "The text is back.");
    assert!(!back.can_undo());
    // New text forgets the cleared one, and its status.
    let replaced = cleared.apply(set_text("New", false));
    assert_eq!(
        (
            &*replaced.text,
            replaced.cleared.as_deref(),
            replaced.status.as_str()
        ),
        ("New", None, "")
    );
    assert!(!replaced.can_undo());
    assert_eq!(
        replaced.clone().apply(Action::UndoClear),
        replaced,
        "nothing to undo"
    );
}

#[test]
fn revealing_marks_the_range_opens_the_reading_view_and_counts() {
    let state = opened_with(ARTICLE).apply(Action::Show(Some((4, 11))));
    assert_eq!(
        (state.active, state.mode, state.reveal),
        (Some((4, 11)), SourceMode::Edit, 0)
    );
    let state = state
        .apply(Action::Reveal((33, 72)))
        .apply(Action::Reveal((33, 72)));
    assert_eq!(
        (state.active, state.mode, state.reveal),
        (Some((33, 72)), SourceMode::Read, 2)
    );
    let state = state
        .apply(Action::Show(None))
        .apply(Action::SetMode(SourceMode::Edit));
    assert_eq!((state.active, state.mode), (None, SourceMode::Edit));
}

#[test]
fn settings_and_status_change_alone() {
    let state = opened_with(ARTICLE)
        .apply(Action::SetLength(LengthChoice::Percent(20)))
        .apply(Action::SetLayout(SummaryLayout::Paragraph))
        .apply(Action::SetStatus("Copied.".to_owned()));
    let expected = AppState {
        settings: Settings {
            length: LengthChoice::Percent(20),
            layout: SummaryLayout::Paragraph,
            locale: None,
        },
        status: "Copied.".to_owned(),
        ..opened_with(ARTICLE)
    };
    assert_eq!(state, expected);
}

#[test]
fn the_reducer_is_apply() {
    let state = Rc::new(opened_with(""));
    let reduced = state.reduce(set_text(ARTICLE, true));
    assert_eq!(*reduced, opened_with("").apply(set_text(ARTICLE, true)));
    assert_eq!(reduced.mode, SourceMode::Read);
}

#[test]
fn an_engine_failure_is_told_until_the_text_or_the_length_changes() {
    let diagnostic = Diagnostic::new(ARTICLE, "RuntimeError: unreachable");
    let failed = opened_with(ARTICLE).apply(Action::EngineFailed(diagnostic.clone()));
    assert_eq!(
        failed,
        AppState {
            failure: Some(diagnostic),
            status: "Nutgraf could not read this text. Your text is kept: you can edit it or paste \
                     another one."
                .to_owned(),
            ..opened_with(ARTICLE)
        }
    );
    assert_eq!(&*failed.text, ARTICLE, "the text is kept");
    let actions = [
        set_text("Another text.", false),
        Action::LoadSample,
        Action::Clear,
        Action::SetLength(LengthChoice::Medium),
    ];
    for action in actions {
        let after = failed.clone().apply(action.clone());
        assert_eq!(after.failure, None, "{action:?}");
    }
    // Showing a sentence or switching views keeps it.
    let shown = failed.clone().apply(Action::SetMode(SourceMode::Read));
    assert!(shown.failure.is_some());
}

#[test]
fn a_saved_text_fills_only_an_editor_nothing_was_put_into() {
    let restored = opened_with("").apply(Action::Restore(Rc::from(ARTICLE)));
    assert_eq!((&*restored.text, restored.mode), (ARTICLE, SourceMode::Edit));
    let typed = opened_with("").apply(set_text("Typed first.", false));
    assert_eq!(
        &*typed.apply(Action::Restore(Rc::from(ARTICLE))).text,
        "Typed first."
    );
    let cleared = opened_with("")
        .apply(set_text("Typed first.", false))
        .apply(Action::Clear);
    assert_eq!(&*cleared.apply(Action::Restore(Rc::from(ARTICLE))).text, "");
}

#[test]
fn texts_above_fifty_megabytes_are_too_long_to_analyze() {
    assert_eq!(MAX_TEXT_TO_ANALYZE, 50_000_000);
    let at_limit = "a".repeat(50_000_000);
    assert!(!opened_with(&at_limit).too_long());
    let above = "a".repeat(50_000_001);
    assert!(opened_with(&above).too_long());
    assert!(!opened_with(ARTICLE).too_long());
}
