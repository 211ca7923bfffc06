//! `nutgraf`: summaries and quotes of news articles, from a file or stdin.

mod args;
mod eval;
mod input;
mod output;

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use args::{Cli, CliCommand, Command, IoArgs, ReadingArgs};
use clap::Parser;
use nutgraf_engine::text::Language;
use nutgraf_engine::{Document, Length};

/// A parsed request for a result: what to compute, how long, from where, printed how.
struct Invocation<'a> {
    command: Command,
    length: Length,
    json: bool,
    jsonl: bool,
    file: Option<&'a Path>,
    /// The language to read the text in, or `None` to detect it.
    language: Option<Language>,
}

impl<'a> Invocation<'a> {
    fn new(command: Command, length: Length, reading: ReadingArgs, io: &'a IoArgs) -> Self {
        Self {
            command,
            length,
            language: reading.language.language(),
            json: io.json,
            jsonl: io.jsonl,
            file: io.file(),
        }
    }
}

fn main() -> ExitCode {
    // Usage errors print clap's message and exit with 2; --help and --version exit with 0.
    let cli = Cli::parse();
    let outcome = match &cli.command {
        CliCommand::Summarize { length, reading, io } => run(&Invocation::new(
            Command::Summarize,
            length.length(),
            *reading,
            io,
        )),
        CliCommand::Quotes { reading, io } => {
            run(&Invocation::new(Command::Quotes, Length::SHORT, *reading, io))
        }
        CliCommand::Sentences { reading, io } => {
            run(&Invocation::new(Command::Sentences, Length::SHORT, *reading, io))
        }
        CliCommand::Eval(options) => eval::run(options),
        CliCommand::Completions { shell } => {
            let mut out = io::stdout().lock();
            out.write_all(&args::completions(*shell))
                .and_then(|()| out.flush())
                .map_err(write_error)
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("nutgraf: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(invocation: &Invocation<'_>) -> Result<(), String> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if invocation.jsonl {
        let reader = input::open(invocation.file)?;
        for (number, line) in reader.lines().enumerate() {
            let line = line.map_err(|error| format!("cannot read line {}: {error}", number + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let record =
                input::Record::parse(&line).map_err(|error| format!("line {}: {error}", number + 1))?;
            let length = record
                .length()
                .map_err(|error| format!("line {}: \"sentences\": {error}", number + 1))?
                .unwrap_or(invocation.length);
            let document = Document::try_with_language(&record.text, invocation.language)
                .map_err(|error| format!("line {}: {error}", number + 1))?;
            let result = output::json(invocation.command, &document, length, Some(record.id.clone()));
            writeln!(out, "{result}").map_err(write_error)?;
        }
    } else {
        let text = input::read_text(invocation.file)?;
        let document =
            Document::try_with_language(&text, invocation.language).map_err(|error| error.to_string())?;
        if invocation.json {
            output::write_json(&mut out, invocation.command, &document, invocation.length)
                .and_then(|()| writeln!(out))
                .map_err(write_error)?;
        } else {
            let rendered = output::plain(invocation.command, &document, invocation.length);
            writeln!(out, "{rendered}").map_err(write_error)?;
            out.flush().map_err(write_error)?;
            // On stderr, after the result: stdout stays one item a line for scripts.
            let note = output::language_note(document.language(), invocation.language.is_some());
            let _ = writeln!(io::stderr(), "{note}");
        }
    }
    out.flush().map_err(write_error)
}

fn write_error(error: io::Error) -> String {
    format!("cannot write the output: {error}")
}
