//! The real articles fuzzing starts from: the evaluation data in `../shared/data` and the
//! fixtures in `../shared/fixtures`, beside the repository on Nutgraf's own machines. They
//! are read where they lie and never copied into the repository.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The JSON-lines files whose objects carry an article in `text`.
pub const JSONL_FILES: [&str; 5] = [
    "cnndm-dev.jsonl",
    "writers-dev.jsonl",
    "ggt-dev.jsonl",
    "de-quotes-dev.jsonl",
    "orangesum-dev.jsonl",
];

/// The folders of plain-text articles under the data folder.
pub const TEXT_FOLDERS: [&str; 2] = ["polnear/dev/text", "polnear/train/text"];

/// `../shared` beside the repository: the folder holding `data/` and `fixtures/`.
pub fn shared_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// One article to start from, named after where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedArticle {
    /// The file and line (or file name) it was read from, e.g. `cnndm-dev.jsonl:12`.
    pub origin: String,
    /// The article's text.
    pub text: String,
}

/// Where the seed articles were looked for and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seeds {
    /// The articles, at most `per_source` from each file or folder, in file order.
    pub articles: Vec<SeedArticle>,
    /// A line for each source that is missing or unreadable, saying so plainly.
    pub missing: Vec<String>,
}

impl Seeds {
    /// Reads at most `per_source` articles from each JSON-lines file and text folder of
    /// `shared/data` and every `.txt` file of `shared/fixtures`.
    pub fn read(shared: &Path, per_source: usize) -> Self {
        let mut seeds = Seeds {
            articles: Vec::new(),
            missing: Vec::new(),
        };
        let data = shared.join("data");
        for name in JSONL_FILES {
            seeds.take(read_jsonl(&data.join(name), per_source));
        }
        for folder in TEXT_FOLDERS {
            seeds.take(read_text_folder(&data.join(folder), per_source));
        }
        seeds.take(read_text_folder(&shared.join("fixtures"), usize::MAX));
        seeds
    }

    /// Adds the articles of one source, or notes why it gave none.
    fn take(&mut self, source: Result<Vec<SeedArticle>, String>) {
        match source {
            Ok(articles) => self.articles.extend(articles),
            Err(missing) => self.missing.push(missing),
        }
    }
}

/// The `text` of each of the first `limit` objects of the JSON-lines file at `path`.
pub fn read_jsonl(path: &Path, limit: usize) -> Result<Vec<SeedArticle>, String> {
    let content = fs::read_to_string(path)
        .map_err(|error| format!("{} is absent or unreadable: {error}", path.display()))?;
    let name = path
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    let articles = content
        .lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let object: Value = serde_json::from_str(line).ok()?;
            let text = object.get("text")?.as_str()?.to_owned();
            Some(SeedArticle {
                origin: format!("{name}:{}", index + 1),
                text,
            })
        })
        .take(limit)
        .collect();
    Ok(articles)
}

/// The first `limit` `.txt` files of the folder at `path`, by name.
pub fn read_text_folder(path: &Path, limit: usize) -> Result<Vec<SeedArticle>, String> {
    let entries =
        fs::read_dir(path).map_err(|error| format!("{} is absent or unreadable: {error}", path.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|file| file.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    files.sort();
    Ok(files
        .into_iter()
        .take(limit)
        .filter_map(|file| {
            let text = fs::read_to_string(&file).ok()?;
            let origin = file.file_name()?.to_string_lossy().into_owned();
            Some(SeedArticle { origin, text })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::{read_jsonl, Seeds};
    use std::fs;

    #[test]
    fn reads_articles_from_json_lines_and_names_what_is_missing() {
        let folder = std::env::temp_dir().join(format!("nutgraf-seeds-{}", std::process::id()));
        let data = folder.join("data");
        fs::create_dir_all(&data).expect("a scratch folder");
        fs::write(
            data.join("cnndm-dev.jsonl"),
            "{\"id\": \"a\", \"text\": \"First story.\"}\nnot json\n{\"id\": \"b\", \"text\": \"Second.\"}\n",
        )
        .expect("a data file");
        let seeds = Seeds::read(&folder, 1);
        assert_eq!(seeds.articles.len(), 1);
        assert_eq!(seeds.articles[0].origin, "cnndm-dev.jsonl:1");
        assert_eq!(seeds.articles[0].text, "First story.");
        assert_eq!(seeds.missing.len(), 7, "{:?}", seeds.missing);
        assert!(seeds.missing[0].contains("writers-dev.jsonl is absent"));
        let both = read_jsonl(&data.join("cnndm-dev.jsonl"), 10).expect("readable");
        assert_eq!(both[1].origin, "cnndm-dev.jsonl:3");
        let _ = fs::remove_dir_all(&folder);
    }
}
