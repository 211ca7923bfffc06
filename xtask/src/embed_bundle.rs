//! The embeddable bundle: Trunk builds the engine as `nutgraf-embed.js` and
//! `nutgraf-embed_bg.wasm` (never hashed, like every worker); this names them by their
//! content and writes `embed.js`, whose name stays the same from release to release, from
//! the template `embed/embed.js`, and its types `embed.d.ts` from `embed/embed.d.ts`.

use std::fs;
use std::path::Path;

use crate::content_hash::ContentHash;
use crate::process::Outcome;
use crate::template::fill_placeholders;

const GLUE: &str = "nutgraf-embed.js";
const WASM: &str = "nutgraf-embed_bg.wasm";
/// The stable name a page loads.
pub const EMBED: &str = "embed.js";
/// Its TypeScript declarations, beside it.
pub const TYPES: &str = "embed.d.ts";

/// Renames the engine in `dir` by content and writes `dir/embed.js` from the template
/// `sources/embed.js`, and `dir/embed.d.ts` from `sources/embed.d.ts`. A build already
/// bundled (the engine renamed, `embed.js` written) keeps its engine and `embed.js`.
pub fn bundle(dir: &Path, sources: &Path) -> Outcome {
    let types = sources.join(TYPES);
    fs::copy(&types, dir.join(TYPES))
        .map_err(|error| format!("cannot copy {} into {}: {error}", types.display(), dir.display()))?;
    let template = &sources.join(EMBED);
    let (glue, wasm) = (dir.join(GLUE), dir.join(WASM));
    if !glue.exists() && !wasm.exists() && dir.join(EMBED).exists() {
        println!("embed: {EMBED} already bundled in {}", dir.display());
        return Ok(());
    }
    let read = |path: &Path| {
        fs::read(path).map_err(|error| {
            format!(
                "cannot read {}: {error}\nindex.html must build the `nutgraf-embed` binary \
                 (a `<link data-trunk rel=\"rust\" data-bin=\"nutgraf-embed\" ...>`).",
                path.display()
            )
        })
    };
    let (glue_bytes, wasm_bytes) = (read(&glue)?, read(&wasm)?);
    let hash = ContentHash::default().add(&glue_bytes).add(&wasm_bytes).hex();
    let glue_name = format!("nutgraf-embed-{hash}.js");
    let wasm_name = format!("nutgraf-embed-{hash}_bg.wasm");
    let template_text = fs::read_to_string(template)
        .map_err(|error| format!("cannot read the embed template {}: {error}", template.display()))?;
    let embed = fill(&template_text, &glue_name, &wasm_name)?;
    for (from, to) in [(&glue, &glue_name), (&wasm, &wasm_name)] {
        fs::rename(from, dir.join(to))
            .map_err(|error| format!("cannot rename {} to {to}: {error}", from.display()))?;
    }
    fs::write(dir.join(EMBED), embed).map_err(|error| format!("cannot write {EMBED}: {error}"))?;
    println!(
        "embed: {EMBED} loads {glue_name} ({} bytes) and {wasm_name} ({} bytes)",
        glue_bytes.len(),
        wasm_bytes.len()
    );
    Ok(())
}

/// The template with the engine's hashed names in place of its placeholders.
fn fill(template: &str, glue_name: &str, wasm_name: &str) -> Outcome<String> {
    fill_placeholders(
        template,
        &[
            ("__NUTGRAF_ENGINE_JS__", glue_name),
            ("__NUTGRAF_ENGINE_WASM__", wasm_name),
        ],
        "embed",
        "embed/embed.js",
    )
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn the_template_gets_the_hashed_names() {
        let filled = fill(
            "import('./__NUTGRAF_ENGINE_JS__'); fetch('./__NUTGRAF_ENGINE_WASM__');",
            "nutgraf-embed-1.js",
            "nutgraf-embed-1_bg.wasm",
        );
        assert_eq!(
            filled.as_deref(),
            Ok("import('./nutgraf-embed-1.js'); fetch('./nutgraf-embed-1_bg.wasm');")
        );
        assert!(fill("no placeholders", "a", "b").is_err());
    }

    #[test]
    fn a_build_gets_embed_js_with_its_types_beside_it() {
        let scratch = std::env::temp_dir().join(format!("nutgraf-xtask-bundle-{}", std::process::id()));
        let (dir, sources) = (scratch.join("dist"), scratch.join("embed"));
        let _ = fs::remove_dir_all(&scratch);
        for folder in [&dir, &sources] {
            fs::create_dir_all(folder).expect("a folder");
        }
        let write = |path: PathBuf, text: &str| fs::write(path, text).expect("written");
        write(dir.join(GLUE), "glue");
        write(dir.join(WASM), "wasm");
        write(
            sources.join(EMBED),
            "import('./__NUTGRAF_ENGINE_JS__', './__NUTGRAF_ENGINE_WASM__');",
        );
        write(
            sources.join(TYPES),
            "export function quotes(text: string): Promise<unknown>;\n",
        );
        assert_eq!(bundle(&dir, &sources), Ok(()));
        let read = |name: &str| fs::read_to_string(dir.join(name)).expect("written");
        assert_eq!(
            read(TYPES),
            "export function quotes(text: string): Promise<unknown>;\n"
        );
        let embed = read(EMBED);
        assert!(
            embed.starts_with("import('./nutgraf-embed-") && embed.ends_with("_bg.wasm');"),
            "{embed}"
        );
        assert!(
            !dir.join(GLUE).exists() && !dir.join(WASM).exists(),
            "the engine is renamed"
        );
        // Bundling again keeps the engine, and writes the types again.
        write(dir.join(TYPES), "stale");
        assert_eq!(bundle(&dir, &sources), Ok(()));
        assert_eq!(read(EMBED), embed);
        assert_eq!(
            read(TYPES),
            "export function quotes(text: string): Promise<unknown>;\n"
        );
        let _ = fs::remove_dir_all(&scratch);
    }
}
