//! One fuzz target over an engine area: each input (read as UTF-8, invalid bytes replaced)
//! must keep every promise `nutgraf_fuzzing::invariants::check_area` checks for the area, or
//! it is a crash; inputs are mutated like pasted articles (`nutgraf_fuzzing::libfuzzer`),
//! with libFuzzer's own mutation one time in four, and crossed over by splicing a paragraph.

/// Defines the fuzz target, mutator and cross-over for `nutgraf_fuzzing::invariants::Area::$area`.
#[macro_export]
macro_rules! article_target {
    ($area:ident) => {
        use libfuzzer_sys::{fuzz_crossover, fuzz_mutator, fuzz_target, fuzzer_mutate};
        use nutgraf_fuzzing::invariants::{check_area, Area};
        use nutgraf_fuzzing::libfuzzer::{crossover_bytes, mutate_bytes};

        fuzz_target!(|data: &[u8]| {
            let text = String::from_utf8_lossy(data);
            if let Err(broken) = check_area(Area::$area, &text) {
                panic!("{broken}");
            }
        });

        fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
            mutate_bytes(data, size, max_size, seed, fuzzer_mutate)
        });

        fuzz_crossover!(|data1: &[u8], data2: &[u8], out: &mut [u8], seed: u32| {
            crossover_bytes(data1, data2, out, seed)
        });
    };
}
