import { browser } from "wxt/browser";
import { loadSettings, SETTINGS_KEY } from "../settings/settings";
import { forwardCommand } from "./commands";
import { syncSiteScripts } from "./site-scripts";

// The background's listeners for the user's keyboard commands and the sites they turned on.
// Registered synchronously with the others, so the event that woke the background reaches them.

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab?.id, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    });
  });
}

const scriptingApis = {
  contains: (origins: string[]) => browser.permissions.contains({ origins }),
  registered: async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
  unregister: (ids: string[]) => browser.scripting.unregisterContentScripts({ ids }),
  register: (script: Parameters<typeof browser.scripting.registerContentScripts>[0][number]) =>
    browser.scripting.registerContentScripts([script]),
};

async function resync(): Promise<void> {
  try {
    await syncSiteScripts(scriptingApis, (await loadSettings(browser.storage.local)).sites);
  } catch (e) {
    console.error("DiploMark: registering the content script for your sites failed", e);
  }
}

export function listenForSiteChanges(): void {
  browser.runtime.onInstalled.addListener(() => void resync());
  browser.runtime.onStartup.addListener(() => void resync());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && changes[SETTINGS_KEY]) void resync();
  });
  // The user may take a site's permission back in the browser's own UI.
  browser.permissions.onRemoved.addListener(() => void resync());
  browser.permissions.onAdded.addListener(() => void resync());
}
