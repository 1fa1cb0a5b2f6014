import { startGate } from "../src/page/gate";
import { OUTLET_HOSTS } from "../src/page/outlets";
import { record } from "../src/timeline";

// The content script declared for the known outlets (document_idle, `content_scripts` in
// wxt.config.ts) and registered for the sites the user turned on: only the settings check and
// the keyword gate. A page that passes gets the session (entrypoints/content-main.ts) injected by
// the background, so unrelated pages stay cheap. An unlisted script rather than a WXT content
// script: WXT's content-script context (about 3 kB) would double the size of what every page loads.
export default defineUnlistedScript(() => {
  // The start-up (settings requested) is on the page's timeline with the keyword test itself.
  const start = performance.now();
  startGate(document, OUTLET_HOSTS);
  record("task:gate", start);
});
