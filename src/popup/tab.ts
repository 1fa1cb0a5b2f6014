import { browser } from "wxt/browser";

/**
 * The tab the popup is about: `?tab=ID` when the popup is opened as a page for a given tab
 * (the end-to-end tests do this), else the active tab of the current window.
 */
export async function findTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get("tab");
  // An explicit tab that cannot exist names no tab; falling back to the active one would
  // report on a page nobody asked about.
  if (param !== null) return /^\d+$/.test(param) ? Number(param) : undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Pages no extension may script (browser pages, stores, other extensions). */
export function isScriptable(url: string | undefined): boolean {
  if (url === undefined) return true; // unknown without the tabs permission: try, and report failures
  return /^(https?|file):/i.test(url);
}

/**
 * Resolves once the tab has finished loading (declared content scripts have run by then), or
 * after `limitMs` whatever happens: a popup opened on a loading page would otherwise find no
 * content script yet and offer to inject one.
 */
export async function whenLoaded(tabId: number, limitMs = 10_000): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.status !== "loading") return;
  await new Promise<void>((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === "complete") done();
    };
    const timer = setTimeout(done, limitMs);
    browser.tabs.onUpdated.addListener(listener);
  });
}
