import { browser } from "wxt/browser";
import { loadSettings, type Settings, updateSettings } from "../settings/settings";

// The options page's one way to change settings: every change is a read-modify-write of
// storage.local, announced in the page's status line.

export interface SettingsStore {
  load(): Promise<Settings>;
  update(change: (s: Settings) => Settings): Promise<Settings>;
}

export function createStore(announce: (ok: boolean, error?: unknown) => void): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    load: () => loadSettings(browser.storage.local),
    update(change) {
      // One write at a time, so quick clicks do not overwrite each other.
      const next = queue.then(() => updateSettings(browser.storage.local, change));
      queue = next.then(
        () => announce(true),
        (e: unknown) => announce(false, e),
      );
      return next;
    },
  };
}
