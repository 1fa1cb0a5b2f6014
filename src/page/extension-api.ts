import type { Browser } from "wxt/browser";

/**
 * The extension API, looked up when first needed rather than when the script loads (wxt/browser
 * makes the same choice between `browser` and `chrome`, but at import). In Chromium a content
 * script's first touch of `chrome.runtime` builds the extension bindings for the page, about
 * 0.8 ms, which the gate must not pay on the unrelated pages it leaves alone.
 */
export function extensionApi(): typeof Browser {
  // Keys as strings: WXT auto-imports wxt/browser (evaluated at load) wherever `browser` is bare.
  const g = globalThis as unknown as Record<"browser" | "chrome", typeof Browser | undefined>;
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof Browser;
}
