//! Running commands: every command is printed before it runs, and a failure says what to do.

use std::ffi::OsStr;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;
use std::{env, thread};

/// An error a person can act on: what failed and what to do next.
pub type Outcome<T = ()> = Result<T, String>;

/// Runs `command` with inherited output, failing with `advice` when it exits unsuccessfully.
pub fn run(command: &mut Command, advice: &str) -> Outcome {
    println!("$ {}", describe(command));
    let status = command
        .status()
        .map_err(|error| format!("could not start `{}`: {error}\n{advice}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})\n{advice}", describe(command)))
    }
}

/// Runs `command` with its output in the file `log` (installs run side by side, and their
/// output would interleave); a failure shows the log's last lines and says where it is.
pub fn run_logged(command: &mut Command, log: &Path, advice: &str) -> Outcome {
    if let Some(folder) = log.parent() {
        fs::create_dir_all(folder).map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
    }
    let file = File::create(log).map_err(|error| format!("cannot write {}: {error}", log.display()))?;
    let error_file = file
        .try_clone()
        .map_err(|error| format!("cannot write {}: {error}", log.display()))?;
    println!("$ {}   (output in {})", describe(command), log.display());
    let started = Instant::now();
    let status = command
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(error_file)
        .status()
        .map_err(|error| format!("could not start `{}`: {error}\n{advice}", describe(command)))?;
    if status.success() {
        println!("done in {:.0?}: {}", started.elapsed(), describe(command));
        return Ok(());
    }
    let text = fs::read_to_string(log).unwrap_or_default();
    let tail: Vec<&str> = text.lines().rev().take(30).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    Err(format!(
        "`{}` failed ({status}); the end of {}:\n{}\n{advice}",
        describe(command),
        log.display(),
        tail.join("\n")
    ))
}

/// Runs `program args` quietly and returns its first line of output, or `None` if it cannot run.
pub fn first_line_of(program: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.lines().next().map(str::to_owned)
}

/// True when `program --version` runs and its first line has `version` as a word.
pub fn reports_version(program: &Path, version: &str) -> bool {
    first_line_of(program, &["--version"]).is_some_and(|line| {
        line.split_whitespace()
            .any(|word| word.trim_matches(['(', ')', ',']) == version)
    })
}

/// The first `name` on `path` (a PATH value), as a shell would run it.
pub fn find_on_path(name: &str, path: &OsStr) -> Option<PathBuf> {
    env::split_paths(path)
        .map(|folder| folder.join(name))
        .find(|candidate| candidate.is_file())
}

/// The failures of jobs run side by side, each reported (not only the first).
pub fn failures<I: IntoIterator<Item = Option<String>>>(failures: I) -> String {
    failures.into_iter().flatten().collect::<Vec<_>>().join("\n\n")
}

/// The outcome of a job run on a scoped thread; a panic is a failure.
pub fn joined<T>(handle: thread::ScopedJoinHandle<'_, Outcome<T>>) -> Outcome<T> {
    handle
        .join()
        .unwrap_or_else(|_| Err("an install job panicked: its message is above".to_owned()))
}

/// The command line as a person would type it.
fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(command.get_args().map(|arg| arg.to_string_lossy().into_owned()));
    words.join(" ")
}
