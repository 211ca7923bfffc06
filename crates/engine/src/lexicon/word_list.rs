//! A sorted list of words kept as one text, an entry a line: the form `build.rs` generates
//! the lexicon's lists in. A list of `&str` would add a pointer and a length (8 bytes in the
//! WebAssembly) for every one of the thousands of entries the page downloads; one text adds a
//! line break, and each list where its entries of each first letter start, worked out when
//! the engine is compiled, so that a lookup searches only the entries of its first letter.

use std::cmp::Ordering;
use std::str::SplitTerminator;

/// The groups of entries by first byte: before `a`, each of `a` to `z`, after `z`.
const GROUPS: usize = 28;

/// The group of the entries that start with `byte`; groups follow byte order.
const fn group(byte: u8) -> usize {
    if byte < b'a' {
        0
    } else if byte <= b'z' {
        (byte - b'a') as usize + 1
    } else {
        GROUPS - 1
    }
}

/// A word list: its entries sorted byte-wise and unique, each followed by a line break;
/// `starts[g]` is the byte offset of the first entry of group `g` or a later one
/// (`starts[GROUPS]` is the text's length).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordList {
    text: &'static str,
    starts: [u16; GROUPS + 1],
}

impl WordList {
    /// The list whose entries are the lines of `lines`, each ended by `\n`, sorted byte-wise
    /// and unique (as `build.rs` writes them; [`WordList::is_well_formed`] checks it), at most
    /// 64 KiB long: a longer one does not compile.
    pub const fn new(lines: &'static str) -> Self {
        let bytes = lines.as_bytes();
        assert!(
            bytes.len() <= u16::MAX as usize,
            "a word list is at most 64 KiB long"
        );
        let mut starts = [0u16; GROUPS + 1];
        let mut next_group = 0;
        let mut at = 0;
        while at < bytes.len() {
            if at == 0 || bytes[at - 1] == b'\n' {
                while next_group <= group(bytes[at]) {
                    starts[next_group] = at as u16;
                    next_group += 1;
                }
            }
            at += 1;
        }
        while next_group <= GROUPS {
            starts[next_group] = bytes.len() as u16;
            next_group += 1;
        }
        Self { text: lines, starts }
    }

    /// The list without entries.
    pub const EMPTY: Self = Self::new("");

    /// True when `word` is an entry: a binary search over the text, which finds the line
    /// around each midpoint.
    pub fn contains(self, word: &str) -> bool {
        let text = self.text.as_bytes();
        let word = word.as_bytes();
        let Some(&first) = word.first() else {
            return false;
        };
        // The entries of the word's group; both ends are always at the start of a line (or
        // the end of the text).
        let group = group(first);
        let (mut low, mut high) = (
            usize::from(self.starts[group]),
            usize::from(self.starts[group + 1]),
        );
        while low < high {
            let middle = low + (high - low) / 2;
            let start = text[low..middle]
                .iter()
                .rposition(|&byte| byte == b'\n')
                .map_or(low, |at| low + at + 1);
            let end = text[start..high]
                .iter()
                .position(|&byte| byte == b'\n')
                .map_or(high, |at| start + at);
            match compare_bytes(&text[start..end], word) {
                Ordering::Equal => return true,
                Ordering::Less => low = end + 1,
                Ordering::Greater => high = start,
            }
        }
        false
    }

    /// The entries, in order.
    pub fn iter(self) -> SplitTerminator<'static, char> {
        self.text.split_terminator('\n')
    }

    /// True when the list has no entry.
    pub fn is_empty(self) -> bool {
        self.text.is_empty()
    }

    /// True when every entry is ended by a line break, not empty, and greater than the one
    /// before: what [`WordList::contains`] needs.
    pub fn is_well_formed(self) -> bool {
        let entries: Vec<&str> = self.iter().collect();
        (self.text.is_empty() || self.text.ends_with('\n'))
            && entries.iter().all(|entry| !entry.is_empty())
            && entries.windows(2).all(|pair| pair[0] < pair[1])
    }
}

impl Default for WordList {
    fn default() -> Self {
        Self::EMPTY
    }
}

impl IntoIterator for WordList {
    type Item = &'static str;
    type IntoIter = SplitTerminator<'static, char>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The order of `str` (byte by byte), compared in a loop: for words of a few letters this is
/// several times cheaper than a call to `memcmp`.
pub(crate) fn compare_bytes(left: &[u8], right: &[u8]) -> Ordering {
    for (l, r) in left.iter().zip(right) {
        if l != r {
            return l.cmp(r);
        }
    }
    left.len().cmp(&right.len())
}

#[cfg(test)]
mod tests {
    use super::WordList;

    const VERBS: WordList = WordList::new("add\nsaid\nsay\nstate\ntell\n");

    #[test]
    fn finds_every_entry_and_nothing_else() {
        for word in ["add", "said", "say", "state", "tell"] {
            assert!(VERBS.contains(word), "{word}");
        }
        for word in [
            "", "a", "ad", "adds", "sa", "sai", "saidx", "sax", "tel", "tells", "zzz", "\n",
        ] {
            assert!(!VERBS.contains(word), "{word:?}");
        }
    }

    #[test]
    fn a_list_of_one_entry_and_the_empty_list() {
        let one = WordList::new("laut\n");
        assert!(one.contains("laut"));
        assert!(!one.contains("lau") && !one.contains("lauter"));
        assert!(!WordList::EMPTY.contains("") && !WordList::EMPTY.contains("x"));
        assert!(WordList::EMPTY.is_empty() && !one.is_empty());
    }

    #[test]
    fn words_of_every_group_are_found_in_their_own() {
        let list = WordList::new("12\nAbc\n_x\nab\nzz\n{\nälter\névolué\n");
        assert!(list.is_well_formed());
        for word in ["12", "Abc", "_x", "ab", "zz", "{", "älter", "évolué"] {
            assert!(list.contains(word), "{word}");
        }
        for word in ["1", "Ab", "a", "b", "z", "zzz", "ä", "é", "ö"] {
            assert!(!list.contains(word), "{word}");
        }
    }

    #[test]
    fn entries_of_any_script_are_found() {
        let list = WordList::new("déclaré\nerklärte\nselon\n„so\n");
        assert!(list.is_well_formed());
        for word in ["déclaré", "erklärte", "selon", "„so"] {
            assert!(list.contains(word), "{word}");
        }
        assert!(!list.contains("declare"));
    }

    #[test]
    fn iterates_the_entries_in_order() {
        assert_eq!(
            VERBS.iter().collect::<Vec<_>>(),
            ["add", "said", "say", "state", "tell"]
        );
        assert_eq!(WordList::EMPTY.iter().count(), 0);
    }

    #[test]
    fn tells_a_malformed_text() {
        assert!(VERBS.is_well_formed() && WordList::EMPTY.is_well_formed());
        assert!(!WordList::new("say\nadd\n").is_well_formed());
        assert!(!WordList::new("add\nadd\n").is_well_formed());
        assert!(!WordList::new("add\nsay").is_well_formed());
        assert!(!WordList::new("\nadd\n").is_well_formed());
    }

    #[test]
    fn agrees_with_a_plain_search_on_every_prefix_of_every_entry() {
        let entries = ["a", "ab", "abc", "b", "ba", "bab", "c", "ca", "cab", "zz"];
        let text: String = entries.iter().map(|entry| format!("{entry}\n")).collect();
        let list = WordList::new(Box::leak(text.into_boxed_str()));
        for entry in entries {
            for end in 0..=entry.len() + 1 {
                let probe = format!("{entry}x")[..end].to_owned();
                assert_eq!(
                    list.contains(&probe),
                    entries.contains(&probe.as_str()),
                    "{probe:?}"
                );
            }
        }
    }
}
