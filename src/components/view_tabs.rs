//! On a phone, one part of the page at a time: the summary, the quotes or the article. Once an
//! article arrives the summary comes first and the article is one tap away; a wide screen
//! shows every part side by side and hides these tabs (see `styles/app.css`).

use yew::prelude::*;

use crate::i18n::use_catalog;

/// The part a phone shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The length, the summary and its key phrases, the exports.
    Summary,
    /// Who is quoted and every quote.
    Quotes,
    /// The article, to read or edit.
    Article,
}

impl View {
    /// The name of this view in the page's `data-view` attribute and its tab's test id.
    pub fn name(self) -> &'static str {
        match self {
            Self::Summary => "summary",
            Self::Quotes => "quotes",
            Self::Article => "article",
        }
    }
}

/// Props of [`ViewTabs`].
#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    /// The part shown.
    pub view: View,
    /// Shows another part.
    pub on_view: Callback<View>,
}

/// The tabs: Summary, Quotes, Article.
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let words = use_catalog();
    let tab = |view: View, label: &'static str| {
        let on_view = props.on_view.clone();
        let selected = props.view == view;
        html! {
            <button
                type="button"
                role="tab"
                data-testid={format!("view-{}", view.name())}
                aria-selected={selected.to_string()}
                class={classes!("tab", selected.then_some("selected"))}
                onclick={Callback::from(move |_| on_view.emit(view))}
            >{ label }</button>
        }
    };
    html! {
        <div class="view-tabs tabs" role="tablist" aria-label={words.parts}>
            { tab(View::Summary, words.summary) }
            { tab(View::Quotes, words.quotes) }
            { tab(View::Article, words.article) }
        </div>
    }
}
