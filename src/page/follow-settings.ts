import { browser } from "wxt/browser";
import { DEFAULT_SETTINGS, loadSettings, pausedOn, type Settings, siteEnabled } from "../settings/settings";
import { watchSettings } from "../settings/watch";
import type { PageSession } from "./session";

// The content script's side of the settings: read once at start, then follow storage.onChanged.
// Colours and hidden categories apply at once; the pause switch too. Turning a built-in outlet
// off applies from the next page load (the declared script still starts, then stays idle).

export function followSettings(
  session: PageSession,
  host: string,
  builtIn: readonly string[],
  onError: (e: unknown) => void,
): { enabled: () => boolean } {
  let current: Settings = DEFAULT_SETTINGS;
  const lookOf = (s: Settings) => ({
    hidden: new Set(s.hidden),
    colours: s.colours,
    dense: s.denseHighlights,
  });
  const apply = async (s: Settings) => {
    current = s;
    await session.setLook(lookOf(s));
    await session.setPaused(pausedOn(s, host));
  };
  const start = async () => {
    try {
      current = await loadSettings(browser.storage.local);
    } catch (e) {
      onError(e);
    }
    await session.setLook(lookOf(current));
    if (pausedOn(current, host)) await session.setPaused(true);
    else await session.auto();
  };
  watchSettings((s) => {
    apply(s).catch(onError);
  });
  start().catch(onError);
  return { enabled: () => siteEnabled(current, host, builtIn) };
}
