//! What a libFuzzer run left behind: its final statistics (`-print_final_stats=1`) and the
//! inputs it saved as crashes, timeouts or out-of-memory cases.

use std::fs;
use std::path::{Path, PathBuf};

/// The prefixes of the files libFuzzer writes into its artifact folder for a failure.
pub const FAILURE_PREFIXES: [&str; 4] = ["crash-", "timeout-", "oom-", "leak-"];

/// The final statistics of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FinalStats {
    /// `stat::number_of_executed_units`: inputs executed.
    pub executions: u64,
    /// `stat::average_exec_per_sec`.
    pub per_second: u64,
    /// `stat::new_units_added`: inputs added to the corpus.
    pub new_units: u64,
    /// `stat::peak_rss_mb`.
    pub peak_rss_mb: u64,
}

impl FinalStats {
    /// The statistics in libFuzzer's output `log`, or `None` when it printed none (it
    /// stopped before the end, or was not asked to print them).
    pub fn parse(log: &str) -> Option<Self> {
        let value = |name: &str| -> Option<u64> {
            log.lines().rev().find_map(|line| {
                line.strip_prefix(name)?
                    .trim()
                    .strip_prefix(':')?
                    .trim()
                    .parse()
                    .ok()
            })
        };
        Some(Self {
            executions: value("stat::number_of_executed_units")?,
            per_second: value("stat::average_exec_per_sec").unwrap_or(0),
            new_units: value("stat::new_units_added").unwrap_or(0),
            peak_rss_mb: value("stat::peak_rss_mb").unwrap_or(0),
        })
    }
}

/// The failure inputs in `folder` (crashes, timeouts, out-of-memory and leak cases), by name.
pub fn failures_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| FAILURE_PREFIXES.iter().any(|prefix| name.starts_with(prefix)))
        })
        .collect();
    found.sort();
    found
}

/// How many files `folder` holds and their bytes in all.
pub fn folder_size(folder: &Path) -> (usize, u64) {
    fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| entry.metadata().ok())
                .filter(|metadata| metadata.is_file())
                .fold((0, 0), |(files, bytes), metadata| {
                    (files + 1, bytes + metadata.len())
                })
        })
        .unwrap_or((0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_final_statistics() {
        let log = "#1024\tpulse  cov: 10 exec/s: 99\n\
                   Done 5230 runs in 61 second(s)\n\
                   stat::number_of_executed_units: 5230\n\
                   stat::average_exec_per_sec:     85\n\
                   stat::new_units_added:          311\n\
                   stat::slowest_unit_time_sec:    0\n\
                   stat::peak_rss_mb:              51\n";
        assert_eq!(
            FinalStats::parse(log),
            Some(FinalStats {
                executions: 5230,
                per_second: 85,
                new_units: 311,
                peak_rss_mb: 51
            })
        );
        assert_eq!(FinalStats::parse("==1== ERROR: libFuzzer: deadly signal\n"), None);
    }

    #[test]
    fn finds_failure_inputs_and_counts_a_folder() {
        let folder = std::env::temp_dir().join(format!("nutgraf-xtask-artifacts-{}", std::process::id()));
        let _ = fs::remove_dir_all(&folder);
        fs::create_dir_all(&folder).expect("a scratch folder");
        for (name, text) in [("crash-ab12", "x"), ("timeout-cd34", "yy"), ("notes.txt", "zzz")] {
            fs::write(folder.join(name), text).expect("a file");
        }
        let found: Vec<String> = failures_in(&folder)
            .iter()
            .filter_map(|path| path.file_name()?.to_str().map(str::to_owned))
            .collect();
        assert_eq!(found, ["crash-ab12", "timeout-cd34"]);
        assert_eq!(folder_size(&folder), (3, 6));
        assert!(failures_in(&folder.join("absent")).is_empty());
        let _ = fs::remove_dir_all(&folder);
    }
}
