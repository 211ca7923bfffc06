//! Fuzzes the summarizer at every length option with article-shaped inputs: any input breaking one of the engine's invariants
//! (see `nutgraf_fuzzing::invariants`) is a crash.

#![no_main]

use libfuzzer_sys::{fuzz_crossover, fuzz_mutator, fuzz_target, fuzzer_mutate};
use nutgraf_fuzzing::invariants::{check_area, Area};
use nutgraf_fuzzing::libfuzzer::{crossover_bytes, mutate_bytes};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(broken) = check_area(Area::Summarize, &text) {
        panic!("{broken}");
    }
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    mutate_bytes(data, size, max_size, seed, fuzzer_mutate)
});

fuzz_crossover!(|data1: &[u8], data2: &[u8], out: &mut [u8], seed: u32| {
    crossover_bytes(data1, data2, out, seed)
});
