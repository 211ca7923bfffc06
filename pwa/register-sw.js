// Registers the service worker that keeps Nutgraf working offline (sw.js, written by
// `cargo xtask post-build`), and offers "New version — reload" when a newer release has
// been downloaded and waits to take over.

const UPDATE_MESSAGE = "A new version of Nutgraf is ready.";

/** Shows the banner that lets the reader switch to the waiting release. */
function offerUpdate(waiting) {
  if (document.querySelector(".update-banner")) return;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "New version — reload";
  button.dataset.testid = "update-reload";
  button.addEventListener("click", () => {
    button.disabled = true;
    accepted = true;
    waiting.postMessage("skipWaiting");
  });
  const text = document.createElement("span");
  text.textContent = UPDATE_MESSAGE;
  const banner = document.createElement("div");
  banner.className = "update-banner";
  banner.setAttribute("role", "status");
  banner.dataset.testid = "update-banner";
  banner.append(text, button);
  document.body.append(banner);
}

let accepted = false;

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // Only the reader's choice reloads: the first install also takes control of the page.
    if (accepted) location.reload();
  });
  // After the page has loaded, so that precaching never competes with the app's start.
  const register = () =>
    navigator.serviceWorker
      .register("./sw.js")
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        registration.addEventListener("updatefound", () => {
          const installing = registration.installing;
          installing?.addEventListener("statechange", () => {
            if (installing.state === "installed" && navigator.serviceWorker.controller) offerUpdate(installing);
          });
        });
      })
      .catch((error) => console.warn("Nutgraf cannot work offline here:", error));
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
