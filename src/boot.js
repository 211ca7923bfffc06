// Starts the Nutgraf app. Trunk's release build names its files by content hash and writes
// them into this script tag's data attributes (see `pattern_script` in Trunk.toml), so the
// page needs no inline script and can keep a strict Content-Security-Policy.
//
// The page and the engine's web worker run one WebAssembly module: it is downloaded and
// compiled once, while streaming, and the worker starts at once and gets the compiled module,
// so that the engine is ready about when the page is (see src/engine-worker.js).
const boot = document.querySelector("script[data-nutgraf-js]");
const glue = new URL(boot.dataset.nutgrafJs, document.baseURI).href;
const compiled = WebAssembly.compileStreaming(fetch(new URL(boot.dataset.nutgrafWasm, document.baseURI)));

/** Starts an engine worker on the compiled module. */
function startEngine() {
  const worker = new Worker(new URL("engine-worker.js", import.meta.url), { type: "module" });
  compiled.then((module) => worker.postMessage({ nutgrafEngine: { module, glue } }));
  return worker;
}

// The first worker is started now; the app takes it (and asks for a fresh one should the
// engine fail) through `nutgrafStartEngine`. What the first worker says before the app listens
// ("ready", or an error) is held, and handed on just after the app has taken it.
let first = startEngine();
const held = [];
const hold = (event) => held.push(event);
first.addEventListener("message", hold);
first.addEventListener("error", hold);
window.nutgrafStartEngine = () => {
  if (!first) return startEngine();
  const worker = first;
  first = null;
  queueMicrotask(() => {
    worker.removeEventListener("message", hold);
    worker.removeEventListener("error", hold);
    for (const event of held.splice(0)) {
      worker.dispatchEvent(
        event.type === "message"
          ? new MessageEvent("message", { data: event.data })
          : new ErrorEvent("error", { message: event.message }),
      );
    }
  });
  return worker;
};

const { default: init } = await import(glue);
await init({ module_or_path: await compiled });
