//! `nutgraf`: summaries and quotes of news articles, from a file or stdin.

mod args;
mod eval;
mod input;
mod output;

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use args::Invocation;
use nutgraf_engine::Length;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("eval") {
        return match eval::run(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("nutgraf: {message}");
                ExitCode::FAILURE
            }
        };
    }
    let invocation = match Invocation::parse(args) {
        Ok(invocation) => invocation,
        Err(message) => {
            eprintln!("nutgraf: {message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match run(&invocation) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("nutgraf: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(invocation: &Invocation) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if invocation.jsonl {
        let reader = input::open(invocation.file.as_deref())?;
        for (number, line) in reader.lines().enumerate() {
            let line = line.map_err(|error| format!("cannot read line {}: {error}", number + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let record =
                input::Record::parse(&line).map_err(|error| format!("line {}: {error}", number + 1))?;
            let length = record.sentences.map_or(invocation.length, Length::Sentences);
            let result = output::json(invocation.command, &record.text, length, Some(record.id));
            writeln!(out, "{result}").map_err(write_error)?;
        }
    } else {
        let text = input::read_text(invocation.file.as_deref())?;
        let rendered = if invocation.json {
            output::json(invocation.command, &text, invocation.length, None).to_string()
        } else {
            output::plain(invocation.command, &text, invocation.length)
        };
        writeln!(out, "{rendered}").map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

fn write_error(error: io::Error) -> String {
    format!("cannot write the output: {error}")
}
