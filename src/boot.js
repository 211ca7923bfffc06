// Starts the Nutgraf app. Trunk's release build names its files by content hash and writes
// them into this script tag's data attributes (see `pattern_script` in Trunk.toml), so the
// page needs no inline script and can keep a strict Content-Security-Policy.
//
// A classic script at the top of the page's body, so that it runs as soon as it arrives: the
// page and the engine's web worker run one WebAssembly module, which starts compiling at once,
// while streaming; the worker starts at once and gets the compiled module,
// so that the engine is ready about when the page is (see src/engine-worker.js); and the
// saved text's database opens meanwhile.
(() => {
  const boot = document.currentScript;
  const glue = new URL(boot.dataset.nutgrafJs, document.baseURI).href;
  const wasm = new URL(boot.dataset.nutgrafWasm, document.baseURI).href;
  // The head's preload of the module is taken over by asking for it as it did.
  const preload = [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].find((link) => link.href === wasm);
  const integrity = preload ? preload.integrity : "";
  // A host that serves the module without its `application/wasm` type defeats streaming:
  // the module is then compiled from its bytes.
  const compiled = WebAssembly.compileStreaming(fetch(wasm, { integrity })).catch(() =>
    fetch(wasm, { integrity })
      .then((response) => response.arrayBuffer())
      .then((bytes) => WebAssembly.compile(bytes)),
  );
  const workerScript = new URL("engine-worker.js", boot.src);

  // The app takes this request (src/text_store.rs, which names the same database, version and
  // store).
  try {
    const opening = indexedDB.open("nutgraf", 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore("texts");
    window.nutgrafStoreOpening = opening;
  } catch {
    // Storage refused: the app finds out again, and says so.
  }

  /** Starts an engine worker: its glue loads at once, the module follows once compiled. */
  function startEngine() {
    const worker = new Worker(workerScript, { type: "module" });
    worker.postMessage({ nutgrafGlue: glue });
    compiled.then((module) => worker.postMessage({ nutgrafModule: module }));
    return worker;
  }

  // The first worker is started now; the app takes it (and asks for a fresh one should the
  // engine fail) through `nutgrafStartEngine`. What the first worker says before the app
  // listens ("ready", or an error) is held, and handed on just after the app has taken it.
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

  // The app mounts on the page's body, once it is parsed.
  const parsed = new Promise((resolve) => {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resolve, { once: true });
    else resolve();
  });
  Promise.all([import(glue), compiled, parsed])
    .then(([{ default: init }, module]) => init({ module_or_path: module }))
    .catch((error) => {
      // Without its module the page cannot start: it says so rather than stay blank (in
      // English: the interface's words are in the module that failed).
      const notice = document.createElement("p");
      notice.setAttribute("role", "alert");
      notice.textContent = `Nutgraf could not start in this browser (${error?.message ?? error}). Reload the page to try again.`;
      document.body.prepend(notice);
    });
})();
