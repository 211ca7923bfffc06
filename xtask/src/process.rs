//! Running commands: every command is printed before it runs, and a failure says what to do.

use std::path::Path;
use std::process::{Command, Stdio};

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

/// The command line as a person would type it.
fn describe(command: &Command) -> String {
    let mut words = vec![command.get_program().to_string_lossy().into_owned()];
    words.extend(command.get_args().map(|arg| arg.to_string_lossy().into_owned()));
    words.join(" ")
}
