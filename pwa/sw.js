// Nutgraf's service worker: keeps the app, the embed and the example page working offline.
//
// This file is a template: `cargo xtask post-build` writes it to the root of the build with
// the list of every built file and a version derived from their contents, so a new release
// (any changed file) is a new worker with a new cache, and the old cache is deleted when it
// takes over. The page offers "New version — reload" while the new worker waits.

const VERSION = "__NUTGRAF_VERSION__";
const PRECACHE = __NUTGRAF_PRECACHE__;
const CACHE = `nutgraf-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: straight from the server, never from an older copy in the HTTP cache.
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith("nutgraf-") && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over when the reader chooses to reload.
self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") self.skipWaiting();
});

// Cache first for every built file (the query is ignored: `./?text=…` from the share
// target is the app's page); anything else goes to the network.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached ?? fetch(request)),
  );
});
