//! The command line's grammar.

use std::path::PathBuf;

use nutgraf_engine::Length;

/// Printed with every usage error.
pub const USAGE: &str = "\
usage: nutgraf summarize [--sentences N | --words N | --ratio F | --length short|medium|long]
                         [--json | --jsonl] [FILE]
       nutgraf quotes [--json | --jsonl] [FILE]
       nutgraf sentences [--json | --jsonl] [FILE]

Reads FILE, or stdin when no FILE is given. --json prints one JSON object; --jsonl reads one
JSON object a line ({\"id\": ..., \"text\": ..., \"sentences\": N}) and prints one result a line.";

/// What to compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// An extractive summary.
    Summarize,
    /// The quotations with their speakers.
    Quotes,
    /// Every sentence, as the text layer reads it.
    Sentences,
}

/// A parsed command line.
#[derive(Debug, Clone, PartialEq)]
pub struct Invocation {
    pub command: Command,
    pub length: Length,
    pub json: bool,
    pub jsonl: bool,
    pub file: Option<PathBuf>,
}

impl Invocation {
    /// Parses the arguments after the program name.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut args = args.into_iter();
        let command = match args.next().as_deref() {
            Some("summarize") => Command::Summarize,
            Some("quotes") => Command::Quotes,
            Some("sentences") => Command::Sentences,
            Some(other) => return Err(format!("unknown command `{other}`")),
            None => return Err("no command given".to_owned()),
        };
        let mut invocation = Self {
            command,
            length: Length::SHORT,
            json: false,
            jsonl: false,
            file: None,
        };
        let mut length_given = false;
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
            let length = match arg.as_str() {
                "--json" => {
                    invocation.json = true;
                    None
                }
                "--jsonl" => {
                    invocation.jsonl = true;
                    None
                }
                "--sentences" => Some(Length::Sentences(positive(
                    &value("--sentences")?,
                    "--sentences",
                )?)),
                "--words" => Some(Length::Words(positive(&value("--words")?, "--words")?)),
                "--ratio" => Some(Length::Ratio(ratio(&value("--ratio")?)?)),
                "--length" => Some(preset(&value("--length")?)?),
                "-h" | "--help" => return Err("help requested".to_owned()),
                flag if flag.starts_with('-') && flag != "-" => {
                    return Err(format!("unknown option `{flag}`"))
                }
                path => {
                    if invocation.file.is_some() {
                        return Err(format!("only one input file may be given (extra: `{path}`)"));
                    }
                    invocation.file = (path != "-").then(|| PathBuf::from(path));
                    None
                }
            };
            if let Some(length) = length {
                if command != Command::Summarize {
                    return Err(format!("`{arg}` applies to summarize only"));
                }
                if length_given {
                    return Err("give only one of --sentences, --words, --ratio and --length".to_owned());
                }
                length_given = true;
                invocation.length = length;
            }
        }
        if invocation.json && invocation.jsonl {
            return Err("give --json or --jsonl, not both".to_owned());
        }
        Ok(invocation)
    }
}

fn positive(value: &str, name: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(number) if number > 0 => Ok(number),
        _ => Err(format!("{name} takes a whole number above 0, not `{value}`")),
    }
}

fn ratio(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(number) if number > 0.0 && number <= 1.0 => Ok(number),
        _ => Err(format!(
            "--ratio takes a number above 0 and at most 1, such as 0.2, not `{value}`"
        )),
    }
}

fn preset(value: &str) -> Result<Length, String> {
    match value {
        "short" => Ok(Length::SHORT),
        "medium" => Ok(Length::MEDIUM),
        "long" => Ok(Length::LONG),
        _ => Err(format!("--length is short, medium or long, not `{value}`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Invocation, String> {
        Invocation::parse(line.split_whitespace().map(str::to_owned))
    }

    #[test]
    fn reads_lengths_and_formats() {
        let invocation = parse("summarize --words 40 --json story.txt").unwrap();
        assert_eq!(invocation.length, Length::Words(40));
        assert!(invocation.json);
        assert_eq!(invocation.file, Some(PathBuf::from("story.txt")));
        assert_eq!(parse("summarize --ratio 0.5").unwrap().length, Length::Ratio(0.5));
        assert_eq!(parse("summarize --length medium").unwrap().length, Length::MEDIUM);
        assert_eq!(parse("quotes --jsonl -").unwrap().file, None);
        assert_eq!(parse("sentences --json").unwrap().command, Command::Sentences);
    }

    #[test]
    fn refuses_what_it_cannot_mean() {
        assert!(parse("").is_err());
        assert!(parse("translate").is_err());
        assert!(parse("summarize --sentences 0").is_err());
        assert!(parse("summarize --ratio 2").is_err());
        assert!(parse("summarize --sentences 2 --words 9").is_err());
        assert!(parse("quotes --sentences 2").is_err());
        assert!(parse("sentences --words 9").is_err());
        assert!(parse("summarize --json --jsonl").is_err());
        assert!(parse("summarize a.txt b.txt").is_err());
    }
}
