// Starts the Nutgraf app. Trunk's release build names its files by content hash and writes
// them into this script tag's data attributes (see `pattern_script` in Trunk.toml), so the
// page needs no inline script and can keep a strict Content-Security-Policy.
const boot = document.querySelector("script[data-nutgraf-js]");
const { default: init } = await import(boot.dataset.nutgrafJs);
await init({ module_or_path: boot.dataset.nutgrafWasm });
