// The engine's web worker: the app's own WebAssembly module, compiled by the page (src/boot.js)
// and handed over in the first message. Instantiated here, its `main` sees a worker scope and
// runs the engine's side (src/worker.rs), which takes over this worker's messages.
self.onmessage = async (event) => {
  const start = event.data && event.data.nutgrafEngine;
  if (!start) return;
  self.onmessage = null;
  const { default: init } = await import(start.glue);
  await init({ module_or_path: start.module });
};
