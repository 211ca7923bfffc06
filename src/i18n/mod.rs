//! The interface's languages: English, German and French, each one [`Catalog`] of every string
//! a reader sees. The page picks the browser's language unless the reader chose another
//! (kept in the settings); components read the catalog with [`use_catalog`].

mod catalog;
mod de;
mod en;
mod fr;

use std::fmt::Display;

use serde::Serialize;
use yew::prelude::*;

pub use catalog::Catalog;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Locale {
    /// English.
    #[default]
    English,
    /// German.
    German,
    /// French.
    French,
}

impl Locale {
    /// Every interface language, in menu order.
    pub const ALL: [Self; 3] = [Self::English, Self::German, Self::French];

    /// Its words.
    pub fn catalog(self) -> &'static Catalog {
        match self {
            Self::English => &en::EN,
            Self::German => &de::DE,
            Self::French => &fr::FR,
        }
    }

    /// Its BCP 47 code, for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::German => "de",
            Self::French => "fr",
        }
    }

    /// The interface language of a language tag (`de-CH`, `fr`, `en-GB`), if it is one.
    pub fn of_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|locale| locale.code() == primary)
    }

    /// The first of the browser's preferred languages the interface speaks; English when none.
    pub fn of_browser() -> Self {
        let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
            return Self::English;
        };
        navigator
            .languages()
            .iter()
            .filter_map(|tag| tag.as_string())
            .chain(navigator.language())
            .find_map(|tag| Self::of_tag(&tag))
            .unwrap_or_default()
    }
}

/// `template` with each `{}` replaced, in order, by the next of `values`.
pub fn fill(template: &str, values: &[&dyn Display]) -> String {
    let mut filled = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut pieces = template.split("{}");
    filled.push_str(pieces.next().unwrap_or_default());
    for piece in pieces {
        if let Some(value) = values.next() {
            filled.push_str(&value.to_string());
        }
        filled.push_str(piece);
    }
    filled
}

/// The catalog the page speaks, as a context: compared by which catalog it is.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub &'static Catalog);

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The words of the interface language in use (English outside the app's context).
#[hook]
pub fn use_catalog() -> &'static Catalog {
    use_context::<Words>().map_or(Locale::English.catalog(), |words| words.0)
}
