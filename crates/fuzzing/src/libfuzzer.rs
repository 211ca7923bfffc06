//! The glue between libFuzzer's byte buffers and the article mutator, kept here (on stable,
//! tested) so that each fuzz target's `fuzz_mutator!` and `fuzz_crossover!` is one call.

use crate::mutations::{mutate, paragraphs, truncate_to};
use crate::rng::SplitMix64;

/// One time in this many the structure-aware mutator leaves the input to libFuzzer's own
/// byte-level mutation, so that inputs no paste would give are explored too.
pub const FALLBACK_ONE_IN: usize = 4;

/// libFuzzer's custom mutator: `data[..size]` (read as UTF-8, invalid bytes replaced) changed
/// by [`mutate`] with a seed drawn from `seed`, written back into `data`, cut to `max_size`
/// bytes at a char boundary; returns the new size. One time in [`FALLBACK_ONE_IN`], or when
/// the article mutator changes nothing, `fallback` (libFuzzer's `fuzzer_mutate`) does it.
pub fn mutate_bytes(
    data: &mut [u8],
    size: usize,
    max_size: usize,
    seed: u32,
    fallback: impl FnOnce(&mut [u8], usize, usize) -> usize,
) -> usize {
    let mut rng = SplitMix64::new(u64::from(seed));
    let size = size.min(data.len());
    let max_size = max_size.min(data.len());
    if rng.one_in(FALLBACK_ONE_IN) {
        return fallback(data, size, max_size);
    }
    let text = String::from_utf8_lossy(&data[..size]).into_owned();
    let mutated = mutate(&text, &text, rng.next_u64());
    let out = truncate_to(&mutated, max_size);
    if out == text {
        return fallback(data, size, max_size);
    }
    data[..out.len()].copy_from_slice(out.as_bytes());
    out.len()
}

/// libFuzzer's custom cross-over: a paragraph of `second` spliced into `first` (both read as
/// UTF-8), then one more article mutation, written into `out` cut to its length at a char
/// boundary; returns the size written.
pub fn crossover_bytes(first: &[u8], second: &[u8], out: &mut [u8], seed: u32) -> usize {
    let mut rng = SplitMix64::new(u64::from(seed));
    let first = String::from_utf8_lossy(first);
    let second = String::from_utf8_lossy(second);
    let spliced = paragraphs::splice_paragraph(&first, &second, rng.below(1 << 16), rng.below(1 << 16));
    let mutated = mutate(&spliced, &second, rng.next_u64());
    let written = truncate_to(&mutated, out.len());
    out[..written.len()].copy_from_slice(written.as_bytes());
    written.len()
}

#[cfg(test)]
mod tests {
    use super::{crossover_bytes, mutate_bytes};

    /// A stand-in for libFuzzer's mutator that marks that it ran.
    fn marking(data: &mut [u8], size: usize, _max: usize) -> usize {
        data[0] = b'#';
        size
    }

    #[test]
    fn mutates_in_place_within_max_size() {
        let article = "“We will rebuild,” the mayor said.\n\nThe storm hit on Friday.\n\nIt rained.";
        let mut fell_back = 0;
        for seed in 0..200 {
            let mut data = vec![0u8; 64];
            data.copy_from_slice(&article.as_bytes()[..64]);
            let size = mutate_bytes(&mut data, 64, 48, seed, marking);
            if data[0] == b'#' {
                fell_back += 1;
                continue;
            }
            assert!(size <= 48, "seed {seed}: {size} bytes");
            assert!(std::str::from_utf8(&data[..size]).is_ok(), "seed {seed}");
        }
        assert!(
            (20..=120).contains(&fell_back),
            "fell back {fell_back} times of 200"
        );
    }

    #[test]
    fn crossover_splices_a_paragraph_of_the_second_input() {
        let mut out = vec![0u8; 4096];
        let spliced = (0..20).filter(|&seed| {
            let size = crossover_bytes(b"One.\n\nTwo.", b"Other paragraph.", &mut out, seed);
            String::from_utf8_lossy(&out[..size])
                .to_lowercase()
                .contains("other paragraph")
        });
        assert!(spliced.count() >= 10);
        let mut small = vec![0u8; 5];
        let size = crossover_bytes("é".repeat(10).as_bytes(), b"x", &mut small, 1);
        assert!(size <= 5 && std::str::from_utf8(&small[..size]).is_ok());
    }
}
