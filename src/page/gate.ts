import { browser } from "wxt/browser";
import type { BackgroundRequest } from "../messages";
import { DEFAULT_SETTINGS, loadSettings, pausedOn, type Settings, siteEnabled } from "../settings/settings";
import { watchSettings } from "../settings/watch";
import { pageMentionsDprk } from "./prefilter";
import { SESSION_FLAG } from "./script-files";

// What every outlet page pays: the user's settings, then the keyword gate. Only a page that
// passes asks the background for the session script (entrypoints/content-main.ts), so an
// unrelated page never loads or parses extraction, highlighting or hover cards.

export interface GateDeps {
  settings(): Promise<Settings>;
  /** Follows the settings while the site is paused; returns how to stop. */
  onSettingsChange(listener: (s: Settings) => void): () => void;
  mentionsDprk(): Promise<boolean>;
  inject(): Promise<unknown>;
  sessionRunning(): boolean;
}

/** Resolves true when the session script was asked for. */
export async function runGate(host: string, builtIn: readonly string[], deps: GateDeps): Promise<boolean> {
  if (deps.sessionRunning()) return false;
  let settings = DEFAULT_SETTINGS;
  try {
    settings = await deps.settings();
  } catch {
    // Unreadable settings: the defaults (every outlet on, nothing paused) are what the user had.
  }
  // A built-in outlet turned off stays off until the next page load, as before the split.
  if (!siteEnabled(settings, host, builtIn)) return false;
  if (pausedOn(settings, host)) await unpaused(host, builtIn, deps);
  if (deps.sessionRunning() || !(await deps.mentionsDprk())) return false;
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
  runGate(doc.location?.hostname ?? "", builtIn, {
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
