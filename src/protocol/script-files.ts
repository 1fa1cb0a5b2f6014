// The two built content scripts (WXT's output paths): the gate declared for the outlets (and
// registered for the sites the user turned on), and the session the gate asks the background
// to inject only on pages that pass it, or that the popup injects on the user's click.

/** entrypoints/content-gate.ts: settings check and keyword gate, a few kB on every outlet page. */
export const GATE_SCRIPT = "content-gate.js";
/** entrypoints/content-main.ts: extraction, highlighter, hover cards, watch, keyboard steps. */
export const MAIN_SCRIPT = "/content-main.js";
/**
 * The default look of the highlights, per engine (src/settings/categories.ts nativeDefaultCss):
 * Chromium's manifest declares its file on the outlets' pages; Firefox's is inserted with the
 * session (inject-session.ts).
 */
export const PRESET_CSS_FILES = {
  chromium: "highlights-chromium.css",
  firefox: "highlights-firefox.css",
} as const;
/**
 * Set on the content scripts' global while a session runs: one session per page. A symbol, not a
 * name: a page element `<div id="__diplomarkSession">` is reachable as `window.__diplomarkSession`
 * even in Chromium's isolated world (named access on window), and would switch us off. Symbol
 * keys are never named properties, and the content scripts' global is their own world's
 * (Symbol.for: the gate and the session are separate bundles and must share the key).
 */
export const SESSION_FLAG: unique symbol = Symbol.for("diplomark.session") as never;
