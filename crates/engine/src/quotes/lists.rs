//! Membership in the detector's word lists. Every list is kept sorted, so a lookup is a
//! binary search; the test below checks the order of each.

use std::cmp::Ordering;

/// True when `word` is in the sorted `list`.
pub(crate) fn is_listed(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|probe| compare_bytes(probe.as_bytes(), word.as_bytes()))
        .is_ok()
}

/// The order of `str` (byte by byte), compared in a loop: for words of a few letters this is
/// several times cheaper than a call to `memcmp` for each probe.
fn compare_bytes(left: &[u8], right: &[u8]) -> Ordering {
    for (l, r) in left.iter().zip(right) {
        if l != r {
            return l.cmp(r);
        }
    }
    left.len().cmp(&right.len())
}

/// True when `word`, lower-cased, is in the sorted `list`; ASCII words are lower-cased
/// without allocating.
pub(crate) fn is_listed_lowercased(list: &[&str], word: &str) -> bool {
    let mut buffer = [0u8; 32];
    if word.is_ascii() && word.len() <= buffer.len() {
        let lowered = &mut buffer[..word.len()];
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        return std::str::from_utf8(lowered).is_ok_and(|lower| is_listed(list, lower));
    }
    is_listed(list, &word.to_lowercase())
}

/// True when `list` is strictly increasing, as [`is_listed`] needs.
#[cfg(test)]
pub(crate) fn is_sorted(list: &[&str]) -> bool {
    list.windows(2).all(|pair| pair[0] < pair[1])
}
