//! The one classification of quotation marks, for every convention the engine reads:
//! English “…” ‘…’, typewriter "…" '…' ''…'' ``…'', German „…“ ‚…‘ »…« ›…‹, French «…» ‹…›,
//! Swedish ”…”, and the corner brackets 「…」 『…』 of Chinese and Japanese.
//!
//! A character is classified on its own: what it can open, what it can close, how heavy it is,
//! and which role it usually plays. Whether one occurrence does open or close depends on its
//! neighbours; that is the pairing's business (`quotations`), not this table's.

/// Double or single: the outer quotation or the one nested in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// “ ” " „ « » 「 」, and the typewriter pairs `''` and ``` `` ```.
    Double,
    /// ‘ ’ ' ‚ ‹ › 『 』.
    Single,
}

/// The role a mark usually plays: the one it has in English and French text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// It usually opens a quotation (“ ‘ „ ‚ « ‹ 「 『 and the backtick).
    Opening,
    /// It usually closes one (” ’ » › 」 』).
    Closing,
    /// It opens and closes alike (the straight marks " and ').
    Either,
}

/// A convention of paired marks: an opening mark expects a closing mark of its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// “…”, "…", ''…'' and ``…''.
    Double,
    /// „…“ (German, Polish, Czech), also closed by ” or ".
    LowDouble,
    /// ”…” (Swedish, Finnish).
    RightDouble,
    /// ‘…’ and '…'.
    Single,
    /// ‚…‘ (German), also closed by ’.
    LowSingle,
    /// «…» (French, Spanish, Russian).
    Guillemets,
    /// »…« (German, Danish).
    ReversedGuillemets,
    /// ‹…›.
    SingleGuillemets,
    /// ›…‹.
    ReversedSingleGuillemets,
    /// 「…」.
    Corner,
    /// 『…』.
    WhiteCorner,
}

/// What one character can be as a quotation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteMark {
    /// Double or single.
    pub weight: Weight,
    /// The role it usually plays.
    pub usual: Side,
    /// The family it opens, when it can open one.
    pub opens: Option<Family>,
    /// The families it can close; empty for a mark that only opens.
    pub closes: &'static [Family],
}

impl QuoteMark {
    /// True when the mark can open a quotation in some convention.
    pub fn can_open(self) -> bool {
        self.opens.is_some()
    }

    /// True when the mark can close a quotation in some convention.
    pub fn can_close(self) -> bool {
        !self.closes.is_empty()
    }

    /// True when the mark usually opens: an opening mark or a straight one.
    pub fn usually_opens(self) -> bool {
        self.usual != Side::Closing
    }

    /// True when the mark usually closes: a closing mark or a straight one.
    pub fn usually_closes(self) -> bool {
        self.usual != Side::Opening
    }

    /// True when the mark closes quotations of `family`.
    pub fn closes_family(self, family: Family) -> bool {
        self.closes.contains(&family)
    }
}

const fn mark(weight: Weight, usual: Side, opens: Option<Family>, closes: &'static [Family]) -> QuoteMark {
    QuoteMark {
        weight,
        usual,
        opens,
        closes,
    }
}

/// What `c` can be as a quotation mark, or `None` when it is none. A backtick is listed
/// because two of them open a typewriter double quotation (see [`doubles_as_double`]); alone
/// it opens and closes nothing.
pub fn quote_mark(c: char) -> Option<QuoteMark> {
    use Family::*;
    use Side::{Closing, Either, Opening};
    use Weight::Double as Two;
    use Weight::Single as One;
    let found = match c {
        '“' => mark(Two, Opening, Some(Double), &[LowDouble]),
        '”' => mark(Two, Closing, Some(RightDouble), &[Double, LowDouble, RightDouble]),
        '"' => mark(Two, Either, Some(Double), &[Double, LowDouble]),
        '„' => mark(Two, Opening, Some(LowDouble), &[]),
        '`' => mark(Two, Opening, None, &[]),
        '‘' => mark(One, Opening, Some(Single), &[LowSingle]),
        '’' => mark(One, Closing, None, &[Single, LowSingle]),
        '\'' => mark(One, Either, Some(Single), &[Single]),
        '‚' => mark(One, Opening, Some(LowSingle), &[]),
        '«' => mark(Two, Opening, Some(Guillemets), &[ReversedGuillemets]),
        '»' => mark(Two, Closing, Some(ReversedGuillemets), &[Guillemets]),
        '‹' => mark(One, Opening, Some(SingleGuillemets), &[ReversedSingleGuillemets]),
        '›' => mark(One, Closing, Some(ReversedSingleGuillemets), &[SingleGuillemets]),
        '「' => mark(Two, Opening, Some(Corner), &[]),
        '」' => mark(Two, Closing, None, &[Corner]),
        '『' => mark(One, Opening, Some(WhiteCorner), &[]),
        '』' => mark(One, Closing, None, &[WhiteCorner]),
        _ => return None,
    };
    Some(found)
}

/// True when `c` is a quotation mark of some convention (or a backtick).
pub fn is_quote_mark(c: char) -> bool {
    quote_mark(c).is_some()
}

/// The quotation mark `token` consists of, when it is exactly one mark (or a backtick).
pub fn mark_char(token: &str) -> Option<char> {
    let mut chars = token.chars();
    let c = chars.next().filter(|&c| is_quote_mark(c))?;
    chars.next().is_none().then_some(c)
}

/// True when `c` doubled (`''`, ``` `` ```) stands for a typewriter double quotation mark.
pub fn doubles_as_double(c: char) -> bool {
    matches!(c, '\'' | '`')
}

/// True when `c` may close a quotation where a closing mark is expected (after a sentence's
/// full stop, at the end of a statement): a mark that usually closes, or a double mark that
/// closes some convention (the “ of „…“, the « of »…«). The single ‘ and ‹ close only the
/// rare ‚…‘ and ›…‹ and are left to open what follows.
pub fn may_close(c: char) -> bool {
    quote_mark(c)
        .is_some_and(|mark| mark.usually_closes() || mark.weight == Weight::Double && mark.can_close())
}

/// True when `c` may open a quotation in front of a sentence's first letter: a mark that
/// usually opens, or a double mark that opens some convention (the ” of ”…”, the » of »…«).
/// The single › opens only the rare ›…‹.
pub fn may_open(c: char) -> bool {
    quote_mark(c).is_some_and(|mark| mark.usually_opens() || mark.weight == Weight::Double && mark.can_open())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mark with what it opens, whether it closes, its weight and usual side.
    #[test]
    fn classifies_every_convention() {
        use Family::*;
        let table: [(char, Option<Family>, bool, Weight, Side); 17] = [
            ('“', Some(Double), true, Weight::Double, Side::Opening),
            ('”', Some(RightDouble), true, Weight::Double, Side::Closing),
            ('"', Some(Double), true, Weight::Double, Side::Either),
            ('„', Some(LowDouble), false, Weight::Double, Side::Opening),
            ('`', None, false, Weight::Double, Side::Opening),
            ('‘', Some(Single), true, Weight::Single, Side::Opening),
            ('’', None, true, Weight::Single, Side::Closing),
            ('\'', Some(Single), true, Weight::Single, Side::Either),
            ('‚', Some(LowSingle), false, Weight::Single, Side::Opening),
            ('«', Some(Guillemets), true, Weight::Double, Side::Opening),
            ('»', Some(ReversedGuillemets), true, Weight::Double, Side::Closing),
            ('‹', Some(SingleGuillemets), true, Weight::Single, Side::Opening),
            (
                '›',
                Some(ReversedSingleGuillemets),
                true,
                Weight::Single,
                Side::Closing,
            ),
            ('「', Some(Corner), false, Weight::Double, Side::Opening),
            ('」', None, true, Weight::Double, Side::Closing),
            ('『', Some(WhiteCorner), false, Weight::Single, Side::Opening),
            ('』', None, true, Weight::Single, Side::Closing),
        ];
        for (c, opens, closes, weight, usual) in table {
            let mark = quote_mark(c).unwrap_or_else(|| panic!("{c} is a quote mark"));
            assert_eq!(
                (mark.opens, mark.can_close(), mark.weight, mark.usual),
                (opens, closes, weight, usual),
                "{c}"
            );
        }
    }

    /// Every opening mark is closed by some mark of its family.
    #[test]
    fn every_family_opened_is_closed() {
        let all = "“”\"„`‘’'‚«»‹›「」『』";
        for opener in all.chars() {
            let Some(family) = quote_mark(opener).and_then(|mark| mark.opens) else {
                continue;
            };
            let closed = all
                .chars()
                .any(|c| quote_mark(c).is_some_and(|mark| mark.closes_family(family)));
            assert!(closed, "{opener} opens {family:?}, which nothing closes");
        }
    }

    #[test]
    fn letters_brackets_and_dashes_are_no_marks() {
        for c in ['a', '(', ')', '[', '—', '-', '.', ',', '´', '′', '″'] {
            assert!(!is_quote_mark(c), "{c}");
        }
        assert_eq!(mark_char("”"), Some('”'));
        assert_eq!(
            (mark_char("”."), mark_char(""), mark_char("a")),
            (None, None, None)
        );
    }

    #[test]
    fn may_open_and_may_close() {
        let all = "“”\"„`‘’'‚«»‹›「」『』";
        let closing: String = all.chars().filter(|&c| may_close(c)).collect();
        assert_eq!(closing, "“”\"’'«»›」』");
        let opening: String = all.chars().filter(|&c| may_open(c)).collect();
        assert_eq!(opening, "“”\"„`‘'‚«»‹「『");
    }
}
