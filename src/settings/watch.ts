import type { Browser } from "wxt/browser";
import { parseSettings, SETTINGS_KEY, type Settings } from "./settings";

/**
 * Calls `listener` with the new settings whenever they change in storage.local; returns how to
 * stop. The storage API is passed in, as to loadSettings: the gate looks it up only when needed.
 * (Not named `storage`: WXT would auto-import its own storage module, and with it wxt/browser.)
 */
export function watchSettings(
  api: Pick<typeof Browser.storage, "onChanged">,
  listener: (s: Settings) => void,
): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === "local" && change) listener(parseSettings(change.newValue));
  };
  api.onChanged.addListener(onChanged);
  return () => api.onChanged.removeListener(onChanged);
}
