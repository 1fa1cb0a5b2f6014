import { browser } from "wxt/browser";
import type { BackgroundRequest } from "../messages";
import { DEFAULT_SETTINGS, loadSettings, pausedOn, type Settings, siteEnabled } from "../settings/settings";
import { watchSettings } from "../settings/watch";
import { pageMentionsDprk } from "./prefilter";
import { SESSION_FLAG } from "./script-files";

// What every outlet page pays: the keyword gate, then (only on a page that passes) the user's
// settings. Only then does the page ask the background for the session script
// (entrypoints/content-main.ts), so an unrelated page never loads or parses extraction,
// highlighting or hover cards. The keyword test comes first because the first use of the
// extension APIs in a page costs more than the test itself (about 0.5 ms in Chromium, 5 ms in
// Firefox, which builds the API objects for the page's content-script world): an unrelated
// page never pays it. On an outlet the user turned off, the gate has then read the title and
// lead in memory before it stops; nothing is kept or sent.

export interface GateDeps {
  /** The page's host, read only once the page has passed. */
  host(): string;
  settings(): Promise<Settings>;
  /** Follows the settings while the site is paused; returns how to stop. */
  onSettingsChange(listener: (s: Settings) => void): () => void;
  mentionsDprk(): boolean;
  inject(): Promise<unknown>;
  sessionRunning(): boolean;
}

/** Resolves true when the session script was asked for. */
export async function runGate(builtIn: readonly string[], deps: GateDeps): Promise<boolean> {
  if (deps.sessionRunning() || !deps.mentionsDprk()) return false;
  const host = deps.host();
  let settings = DEFAULT_SETTINGS;
  try {
    settings = await deps.settings();
  } catch {
    // Unreadable settings: the defaults (every outlet on, nothing paused) are what the user had.
  }
  // A built-in outlet turned off stays off until the next page load, as before the split.
  if (!siteEnabled(settings, host, builtIn)) return false;
  if (pausedOn(settings, host)) await unpaused(host, builtIn, deps);
  if (deps.sessionRunning()) return false;
  await deps.inject();
  return true;
}

function unpaused(host: string, builtIn: readonly string[], deps: GateDeps): Promise<void> {
  return new Promise((resolve) => {
    const stop = deps.onSettingsChange((s) => {
      if (pausedOn(s, host) || !siteEnabled(s, host, builtIn)) return;
      stop();
      resolve();
    });
  });
}

/** The gate on a live page, with the native extension APIs (no polyfill in content scripts). */
export function startGate(doc: Document, builtIn: readonly string[]): void {
  const slot = window as unknown as Record<string, unknown>;
  const request: BackgroundRequest = { type: "page:inject" };
  runGate(builtIn, {
    host: () => doc.location?.hostname ?? "",
    settings: () => loadSettings(browser.storage.local),
    onSettingsChange: watchSettings,
    mentionsDprk: () => pageMentionsDprk(doc),
    inject: async () => {
      const reply = (await browser.runtime.sendMessage(request)) as { error?: unknown } | undefined;
      if (reply?.error !== undefined) throw new Error(String(reply.error));
    },
    sessionRunning: () => slot[SESSION_FLAG] !== undefined,
  }).catch((e: unknown) => console.warn("DiploMark:", e));
}
