//! The command line's grammar, declared with clap's derive: `nutgraf --help` is generated from
//! the doc comments below, and every value is checked here, before any input is read.

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use nutgraf_engine::text::Language;
use nutgraf_engine::{Length, LengthError, LengthUnit};

/// Summaries and quotes of news articles, from a file or stdin.
#[derive(Debug, Parser)]
#[command(name = "nutgraf", version, arg_required_else_help = true)]
#[command(after_help = "\
Reads FILE, or stdin when FILE is absent or `-`.
Exit codes: 0 done; 1 the input could not be read (the message says why); 2 a usage error.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: CliCommand,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// An extractive summary: the article's most telling sentences, in their order
    Summarize {
        #[command(flatten)]
        length: LengthArgs,
        #[command(flatten)]
        reading: ReadingArgs,
        #[command(flatten)]
        io: IoArgs,
    },
    /// The quotations, with their speakers
    Quotes {
        #[command(flatten)]
        reading: ReadingArgs,
        #[command(flatten)]
        io: IoArgs,
    },
    /// Every sentence, as the engine reads it
    Sentences {
        #[command(flatten)]
        reading: ReadingArgs,
        #[command(flatten)]
        io: IoArgs,
    },
    /// Scores the engine against the annotated data (../shared/data)
    Eval(EvalArgs),
    /// Prints a shell completion script on stdout
    Completions {
        /// The shell to complete in
        shell: CompletionShell,
    },
}

/// How long a summary may be; at most one of these (the default is `--length short`). Every
/// value is read by the engine's one reader of lengths ([`LengthUnit`], `str::parse::<Length>`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Args)]
#[group(multiple = false)]
pub struct LengthArgs {
    /// At most N sentences
    #[arg(long, value_name = "N", value_parser = sentences, allow_negative_numbers = true)]
    pub sentences: Option<Length>,
    /// The best summary of at most N words
    #[arg(long, value_name = "N", value_parser = words, allow_negative_numbers = true)]
    pub words: Option<Length>,
    /// This share of the article's sentences, above 0 and at most 1
    #[arg(long, value_name = "F", value_parser = ratio, allow_negative_numbers = true)]
    pub ratio: Option<Length>,
    /// short (3 sentences), medium (5) or long (a quarter), or an amount with its unit:
    /// "3 sentences", "60 words", "20%"
    #[arg(long, value_name = "LENGTH", value_parser = str::parse::<Length>)]
    pub length: Option<Length>,
}

impl LengthArgs {
    /// The length asked for.
    pub fn length(&self) -> Length {
        self.sentences
            .or(self.words)
            .or(self.ratio)
            .or(self.length)
            .unwrap_or(Length::SHORT)
    }
}

/// How the article is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Args)]
pub struct ReadingArgs {
    /// The article's language; auto detects it from its first words
    #[arg(long, value_name = "LANGUAGE", value_enum, default_value_t)]
    pub language: LanguageChoice,
}

/// The languages `--language` names, by ISO 639-1 code, or `auto`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum LanguageChoice {
    /// Detect it from the article's first words
    #[default]
    Auto,
    /// English
    En,
    /// German
    De,
    /// French
    Fr,
    /// Spanish
    Es,
    /// Italian
    It,
    /// Portuguese
    Pt,
    /// Dutch
    Nl,
}

impl LanguageChoice {
    /// The language given, or `None` to detect it.
    pub fn language(self) -> Option<Language> {
        match self {
            Self::Auto => None,
            Self::En => Some(Language::English),
            Self::De => Some(Language::German),
            Self::Fr => Some(Language::French),
            Self::Es => Some(Language::Spanish),
            Self::It => Some(Language::Italian),
            Self::Pt => Some(Language::Portuguese),
            Self::Nl => Some(Language::Dutch),
        }
    }
}

/// Where the article comes from and how the result is printed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Args)]
pub struct IoArgs {
    /// Print one JSON object
    #[arg(long, conflicts_with = "jsonl")]
    pub json: bool,
    /// Read one JSON object a line ({"id": ..., "text": ..., "sentences": N}); print one result a line
    #[arg(long)]
    pub jsonl: bool,
    /// The article; stdin when absent or `-`
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

impl IoArgs {
    /// The file to read, or `None` for stdin.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref().filter(|path| *path != Path::new("-"))
    }
}

/// `nutgraf eval`'s arguments.
#[derive(Debug, Clone, PartialEq, Eq, Args)]
pub struct EvalArgs {
    /// What to evaluate
    pub what: EvalTarget,
    /// The evaluation data [default: ../shared/data beside the repository]
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Where the scores are written as JSON
    #[arg(long, value_name = "DIR", default_value = "target/eval")]
    pub out: PathBuf,
    /// Fail when a score is below its floor in crates/cli/eval-floors.json
    #[arg(long)]
    pub check: bool,
}

/// What `nutgraf eval` scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalTarget {
    /// Summaries, against reference summaries
    Summaries,
    /// Quotes and their speakers, against annotated attributions
    Quotes,
}

impl EvalTarget {
    /// The name, as typed and as written in file names and `eval-floors.json`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Summaries => "summaries",
            Self::Quotes => "quotes",
        }
    }
}

/// The shells `nutgraf completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

/// The completion script for `shell`.
pub fn completions(shell: CompletionShell) -> Vec<u8> {
    let shell = match shell {
        CompletionShell::Bash => clap_complete::Shell::Bash,
        CompletionShell::Zsh => clap_complete::Shell::Zsh,
        CompletionShell::Fish => clap_complete::Shell::Fish,
    };
    // Into memory first: clap_complete panics when its writer fails (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "nutgraf", &mut script);
    script
}

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

// The values' readers: the engine's, for one unit each. clap prefixes their messages with
// "invalid value '<value>' for '<option>': ".

fn sentences(value: &str) -> Result<Length, LengthError> {
    LengthUnit::Sentences.amount(value)
}

fn words(value: &str) -> Result<Length, LengthError> {
    LengthUnit::Words.amount(value)
}

fn ratio(value: &str) -> Result<Length, LengthError> {
    LengthUnit::Ratio.amount(value)
}

#[cfg(test)]
mod tests {
    use clap::error::ErrorKind;

    use super::*;

    fn parse(line: &str) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("nutgraf").chain(line.split_whitespace()))
    }

    fn kind(line: &str) -> ErrorKind {
        parse(line).expect_err(line).kind()
    }

    fn summarize(line: &str) -> (LengthArgs, IoArgs) {
        match parse(line).unwrap().command {
            CliCommand::Summarize { length, io, .. } => (length, io),
            other => panic!("{line}: parsed as {other:?}"),
        }
    }

    #[test]
    fn the_grammar_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn summarize_reads_lengths_formats_and_a_file() {
        let (length, io) = summarize("summarize --words 40 --json story.txt");
        assert_eq!(length.length(), Length::Words(40));
        assert_eq!(
            io,
            IoArgs {
                json: true,
                jsonl: false,
                file: Some(PathBuf::from("story.txt")),
            }
        );
        assert_eq!(io.file(), Some(Path::new("story.txt")));
        assert_eq!(
            summarize("summarize --sentences 2").0.length(),
            Length::Sentences(2)
        );
        assert_eq!(summarize("summarize --ratio 0.5").0.length(), Length::Ratio(0.5));
        assert_eq!(summarize("summarize --ratio 1").0.length(), Length::Ratio(1.0));
        assert_eq!(
            summarize("summarize --length medium").0.length(),
            Length::Sentences(5)
        );
        assert_eq!(
            summarize("summarize --length long").0.length(),
            Length::Ratio(0.25)
        );
        assert_eq!(summarize("summarize --length=20%").0.length(), Length::Ratio(0.2));
        let (length, io) = summarize("summarize");
        assert_eq!(length.length(), Length::Sentences(3));
        assert_eq!(io, IoArgs::default());
        assert_eq!(io.file(), None);
        let (_, io) = summarize("summarize --jsonl -");
        assert!(io.jsonl);
        assert_eq!(io.file(), None);
    }

    #[test]
    fn quotes_and_sentences_read_formats_and_a_file() {
        match parse("quotes --jsonl -").unwrap().command {
            CliCommand::Quotes { io, .. } => {
                assert!(io.jsonl && !io.json);
                assert_eq!(io.file(), None);
            }
            other => panic!("{other:?}"),
        }
        match parse("sentences --json a.txt").unwrap().command {
            CliCommand::Sentences { io, .. } => {
                assert!(io.json && !io.jsonl);
                assert_eq!(io.file(), Some(Path::new("a.txt")));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn language_is_auto_unless_given() {
        let language = |line: &str| match parse(line).unwrap().command {
            CliCommand::Summarize { reading, .. }
            | CliCommand::Quotes { reading, .. }
            | CliCommand::Sentences { reading, .. } => reading.language.language(),
            other => panic!("{other:?}"),
        };
        assert_eq!(language("summarize a.txt"), None);
        assert_eq!(language("summarize --language auto"), None);
        assert_eq!(
            language("summarize --language fr --sentences 1"),
            Some(Language::French)
        );
        assert_eq!(language("quotes --language=de --json"), Some(Language::German));
        assert_eq!(language("sentences --language nl -"), Some(Language::Dutch));
        for (choice, code) in [
            ("en", "en"),
            ("de", "de"),
            ("fr", "fr"),
            ("es", "es"),
            ("it", "it"),
            ("pt", "pt"),
            ("nl", "nl"),
        ] {
            let given = language(&format!("summarize --language {choice}"));
            assert_eq!(given.map(Language::code), Some(code));
        }
        assert_eq!(kind("summarize --language french"), ErrorKind::InvalidValue);
        assert_eq!(kind("summarize --language"), ErrorKind::InvalidValue);
        assert_eq!(kind("eval summaries --language fr"), ErrorKind::UnknownArgument);
    }

    #[test]
    fn eval_keeps_the_invocation_xtask_uses() {
        match parse("eval summaries --check").unwrap().command {
            CliCommand::Eval(args) => assert_eq!(
                args,
                EvalArgs {
                    what: EvalTarget::Summaries,
                    data: None,
                    out: PathBuf::from("target/eval"),
                    check: true,
                }
            ),
            other => panic!("{other:?}"),
        }
        match parse("eval quotes --data d --out o").unwrap().command {
            CliCommand::Eval(args) => assert_eq!(
                args,
                EvalArgs {
                    what: EvalTarget::Quotes,
                    data: Some(PathBuf::from("d")),
                    out: PathBuf::from("o"),
                    check: false,
                }
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(kind("eval"), ErrorKind::MissingRequiredArgument);
        assert_eq!(kind("eval translations"), ErrorKind::InvalidValue);
    }

    #[test]
    fn refuses_what_it_cannot_mean() {
        assert_eq!(kind("translate"), ErrorKind::InvalidSubcommand);
        assert_eq!(kind("summarize --sentences 0"), ErrorKind::ValueValidation);
        assert_eq!(kind("summarize --words 0"), ErrorKind::ValueValidation);
        assert_eq!(kind("summarize --words many"), ErrorKind::ValueValidation);
        assert_eq!(kind("summarize --ratio 2"), ErrorKind::ValueValidation);
        assert_eq!(kind("summarize --ratio 0"), ErrorKind::ValueValidation);
        assert_eq!(kind("summarize --length tiny"), ErrorKind::ValueValidation);
        assert_eq!(kind("summarize --sentences"), ErrorKind::InvalidValue);
        assert_eq!(
            kind("summarize --sentences 2 --words 9"),
            ErrorKind::ArgumentConflict
        );
        assert_eq!(
            kind("summarize --ratio 0.2 --length long"),
            ErrorKind::ArgumentConflict
        );
        assert_eq!(kind("summarize --json --jsonl"), ErrorKind::ArgumentConflict);
        assert_eq!(kind("quotes --jsonl --json"), ErrorKind::ArgumentConflict);
        assert_eq!(kind("quotes --sentences 2"), ErrorKind::UnknownArgument);
        assert_eq!(kind("sentences --words 9"), ErrorKind::UnknownArgument);
        assert_eq!(kind("summarize a.txt b.txt"), ErrorKind::UnknownArgument);
        assert_eq!(kind("completions tcsh"), ErrorKind::InvalidValue);
    }

    #[test]
    fn value_errors_say_what_is_wanted() {
        let table = [
            (
                "summarize --sentences 0",
                "error: invalid value '0' for '--sentences <N>': give a whole number of sentences above 0, such as 3\n",
            ),
            (
                "summarize --words -1",
                "error: invalid value '-1' for '--words <N>': give a whole number of words above 0, such as 60\n",
            ),
            (
                "summarize --ratio 2",
                "error: invalid value '2' for '--ratio <F>': give a share of the sentences above 0 and at most 1, such as 0.2\n",
            ),
            (
                "summarize --length tiny",
                "error: invalid value 'tiny' for '--length <LENGTH>': give short, medium or long, or an amount with its unit, such as 3 sentences, 60 words or 20%\n",
            ),
        ];
        for (line, expected) in table {
            let message = parse(line).unwrap_err().to_string();
            assert!(message.starts_with(expected), "{message}");
        }
    }

    #[test]
    fn help_and_version_are_not_errors_of_use() {
        assert_eq!(kind("--help"), ErrorKind::DisplayHelp);
        assert_eq!(kind("summarize --help"), ErrorKind::DisplayHelp);
        assert_eq!(kind("help summarize"), ErrorKind::DisplayHelp);
        assert_eq!(kind("--version"), ErrorKind::DisplayVersion);
        assert_eq!(kind(""), ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand);
        let version = parse("--version").unwrap_err().to_string();
        assert_eq!(version, format!("nutgraf {}\n", env!("CARGO_PKG_VERSION")));
        let help = parse("--help").unwrap_err().to_string();
        for name in [
            "summarize",
            "quotes",
            "sentences",
            "eval",
            "completions",
            "Exit codes",
        ] {
            assert!(help.contains(name), "{name} missing from:\n{help}");
        }
    }

    #[test]
    fn completions_name_the_program() {
        match parse("completions bash").unwrap().command {
            CliCommand::Completions { shell } => assert_eq!(shell, CompletionShell::Bash),
            other => panic!("{other:?}"),
        }
        for shell in [CompletionShell::Bash, CompletionShell::Zsh, CompletionShell::Fish] {
            let script = String::from_utf8(completions(shell)).unwrap();
            assert!(script.contains("nutgraf"), "{shell:?}");
            assert!(script.contains("summarize"), "{shell:?}");
            assert!(script.contains("sentences"), "{shell:?}");
        }
    }
}
