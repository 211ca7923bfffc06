//! Build templates: files kept in the repository with `__NUTGRAF_…__` placeholders that a
//! build fills in (the embed's `embed/embed.js`, the service worker's `pwa/sw.js`).

use crate::process::Outcome;

/// `template` with each placeholder replaced by its value; an error naming the placeholder
/// when the `what` template (kept at `source` in the repository) lacks one.
pub fn fill_placeholders(
    template: &str,
    values: &[(&str, &str)],
    what: &str,
    source: &str,
) -> Outcome<String> {
    let mut text = template.to_owned();
    for &(placeholder, value) in values {
        if !text.contains(placeholder) {
            return Err(format!(
                "the {what} template lacks {placeholder}: restore it in {source}"
            ));
        }
        text = text.replace(placeholder, value);
    }
    Ok(text)
}
