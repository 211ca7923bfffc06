// The JavaScript API of embed.js: the same JSON as `nutgraf summarize --json`.
import { summarize } from "../embed.js";

const text = document.querySelector("#post-body").textContent;
const output = document.querySelector("#api-output");
try {
  const summary = await summarize(text, { sentences: 2 });
  output.textContent = JSON.stringify(summary, null, 2);
  output.dataset.state = "ready";
} catch (error) {
  output.textContent = `summarize() failed: ${error.message}`;
  output.dataset.state = "error";
}
