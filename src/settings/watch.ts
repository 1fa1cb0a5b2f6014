import { browser } from "wxt/browser";
import { parseSettings, SETTINGS_KEY, type Settings } from "./settings";

/** Calls `listener` with the new settings whenever they change in storage.local; returns how to stop. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === "local" && change) listener(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
