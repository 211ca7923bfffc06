//! The word lists behind [`super::furniture`]: data only, all in lower case.

/// Words that page furniture is made of: menus, calls to act, credits, counters.
pub const FURNITURE_WORDS: &[&str] = &[
    "about",
    "account",
    "ad",
    "address",
    "ads",
    "advert",
    "advertise",
    "advertisement",
    "advertisements",
    "advertising",
    "alerts",
    "app",
    "article",
    "articles",
    "audio",
    "back",
    "below",
    "careers",
    "click",
    "close",
    "comment",
    "comments",
    "conditions",
    "contact",
    "content",
    "continue",
    "continued",
    "continues",
    "cookie",
    "cookies",
    "copyright",
    "download",
    "e-mail",
    "email",
    "enter",
    "facebook",
    "faq",
    "feedback",
    "follow",
    "gallery",
    "getty",
    "help",
    "home",
    "homepage",
    "image",
    "images",
    "inbox",
    "instagram",
    "linkedin",
    "listen",
    "loading",
    "log",
    "login",
    "mail",
    "main",
    "menu",
    "more",
    "most",
    "navigation",
    "newsletter",
    "newsletters",
    "next",
    "notifications",
    "photo",
    "photos",
    "pinterest",
    "podcast",
    "policy",
    "popular",
    "previous",
    "print",
    "privacy",
    "promoted",
    "read",
    "recommended",
    "register",
    "related",
    "reserved",
    "rights",
    "rss",
    "search",
    "sections",
    "share",
    "sign",
    "sitemap",
    "skip",
    "sponsored",
    "stories",
    "story",
    "subscribe",
    "subscription",
    "tap",
    "terms",
    "top",
    "topics",
    "trending",
    "tweet",
    "twitter",
    "video",
    "videos",
    "watch",
    "whatsapp",
    "youtube",
];

/// Words that carry nothing in a line of furniture words.
pub const FILLER: &[&str] = &[
    "a", "all", "an", "and", "by", "for", "here", "in", "it", "now", "of", "on", "or", "our", "the", "this",
    "to", "up", "us", "with", "you", "your",
];

/// Labels that open a line of furniture: `Related: …`, `Photo: …`.
pub const LABELS: &[&str] = &[
    "advertisement",
    "also read",
    "credit",
    "image",
    "image credit",
    "images",
    "more",
    "most read",
    "photo",
    "photo credit",
    "photograph",
    "photos",
    "picture",
    "pictures",
    "read",
    "read also",
    "read more",
    "recommended",
    "related",
    "related articles",
    "related coverage",
    "related stories",
    "related story",
    "see also",
    "source",
    "sponsored",
    "tags",
    "topics",
    "trending",
];

/// Labels of a video that open a line of furniture whatever follows: `Watch: …`.
pub const MEDIA_LABELS: &[&str] = &["video", "watch", "watch more"];

/// Words of the site's dealings with its reader that a story hardly uses about itself: with a
/// word of [`ADDRESS_WORDS`] they make a notice (`We use cookies …`, `… in your inbox`).
pub const STRONG_SITE_WORDS: &[&str] = &[
    "cookie",
    "cookies",
    "inbox",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "subscriptions",
];

/// Runs of words that count as strong site words: calls to act (`Sign up`, `Email us`) and the
/// site's own readers (`our subscribers`).
pub const SITE_PHRASES: &[&[&str]] = &[
    &["sign", "up"],
    &["sign", "in"],
    &["signup"],
    &["log", "in"],
    &["login"],
    &["click", "here"],
    &["tap", "here"],
    &["email", "us"],
    &["e-mail", "us"],
    &["our", "subscribers"],
];

/// Words of the site's dealings with its reader that stories use too (`an email to its
/// customers`): they make a notice only with a word of [`READER_WORDS`] and no sentence's stop.
pub const WEAK_SITE_WORDS: &[&str] = &[
    "alerts",
    "browser",
    "e-mail",
    "email",
    "javascript",
    "notifications",
    "subscriber",
    "subscribers",
];

/// Words that address the reader or speak for the site.
pub const ADDRESS_WORDS: &[&str] = &["you", "your", "we", "our", "us"];

/// Words that address the reader alone.
pub const READER_WORDS: &[&str] = &["you", "your"];

/// How a copyright line opens, lower-cased.
pub const COPYRIGHT_OPENERS: &[&str] = &["©", "(c)", "copyright", "all rights reserved"];

/// Separators of a line of links: footers, breadcrumbs, sharing bars.
pub const LINK_SEPARATORS: &[&str] = &[" | ", " · ", " • ", " › ", " » ", " > "];

/// The opener of a byline: `By Jane Doe`.
pub const BYLINE_OPENER: &str = "by";

/// Words of a date line besides dates, times and numbers: `Updated March 3, 2024 at 10:32 am`.
pub const DATE_LINE_WORDS: &[&str] = &[
    "a.m",
    "am",
    "at",
    "last",
    "modified",
    "on",
    "p.m",
    "pm",
    "posted",
    "published",
    "updated",
];

/// Endings of an ordinal number in a date: `3rd`, `21st`.
pub const ORDINAL_ENDINGS: &[&str] = &["st", "nd", "rd", "th"];
