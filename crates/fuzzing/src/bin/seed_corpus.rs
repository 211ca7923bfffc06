//! `seed-corpus DIR [PER_SOURCE] [MAX_BYTES]`: writes the seed articles (see
//! `nutgraf_fuzzing::seeds`) into DIR, one file an article named after its origin, cut to
//! MAX_BYTES (default 16384) at a char boundary, as a libFuzzer corpus. Run by
//! `cargo xtask fuzz`; DIR must lie outside the repository's tracked files, since the
//! articles are never committed. Says plainly which sources are absent.

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

use nutgraf_fuzzing::mutations::truncate_to;
use nutgraf_fuzzing::seeds::{shared_folder, Seeds};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let Some(folder) = args.first().map(PathBuf::from) else {
        eprintln!("usage: seed-corpus DIR [PER_SOURCE] [MAX_BYTES]");
        return ExitCode::from(2);
    };
    let per_source = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100);
    let max_bytes = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(16_384);
    let seeds = Seeds::read(&shared_folder(), per_source);
    for missing in &seeds.missing {
        println!("seed-corpus: skipped: {missing}");
    }
    if let Err(error) = fs::create_dir_all(&folder) {
        eprintln!("seed-corpus: cannot create {}: {error}", folder.display());
        return ExitCode::FAILURE;
    }
    for article in &seeds.articles {
        let name = format!("seed-{}", article.origin.replace([':', '/'], "-"));
        let text = truncate_to(&article.text, max_bytes);
        if let Err(error) = fs::write(folder.join(name), text) {
            eprintln!("seed-corpus: cannot write into {}: {error}", folder.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "seed-corpus: {} articles in {}",
        seeds.articles.len(),
        folder.display()
    );
    ExitCode::SUCCESS
}
