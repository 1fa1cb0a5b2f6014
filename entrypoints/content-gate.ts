import { startGate } from "../src/page/gate";
import { record } from "../src/support/timeline";

// The content script declared for the known outlets (document_idle, `content_scripts` in
// wxt.config.ts) and registered for the sites the user turned on: the title check alone. A page
// that passes gets the session (entrypoints/content-main.ts) injected by the background, so
// unrelated pages stay cheap. An unlisted script rather than a WXT content script: WXT's
// content-script context (about 3 kB) would double what every page loads.
export default defineUnlistedScript(() => {
  // Only the bench's build (`wxt build --mode bench`) puts the gate on the page's timeline: a
  // page's first User Timing entry costs about 0.2 ms, more than the check it would time.
  if (import.meta.env.MODE !== "bench") return startGate(document);
  const start = performance.now();
  startGate(document);
  record("task:gate", start);
});
