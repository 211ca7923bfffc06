// The engine's web worker: the app's own WebAssembly module, compiled by the page (src/boot.js).
// The page first names the module's JavaScript glue, which loads at once, then hands over the
// compiled module; instantiated here, its `main` sees a worker scope and runs the engine's side
// (src/worker.rs), which takes over this worker's messages.
let glue = null;
self.onmessage = (event) => {
  const message = event.data || {};
  if (message.nutgrafGlue && !glue) glue = import(message.nutgrafGlue);
  if (message.nutgrafModule && glue) {
    self.onmessage = null;
    glue.then(({ default: init }) => init({ module_or_path: message.nutgrafModule }));
  }
};
