import { browser } from "wxt/browser";
import { analyse } from "../src/analysis";
import { clearBadge, showBadge } from "../src/background/badge";
import { createCorpusConnection } from "../src/background/connection";
import { createDispatcher } from "../src/background/dispatch";
import { once } from "../src/background/readiness";
import { highlightStoredVisit } from "../src/background/stored-visit";
import { listenForCommands, listenForSiteChanges } from "../src/background/wire-user-settings";
import { prepareCorpus } from "../src/corpus/prepare";
import { isStoredUrl } from "../src/corpus/store";
import { injectSession } from "../src/protocol/inject-session";
import { OUTLET_HOSTS } from "../src/settings/outlets";
import { DEFAULT_SETTINGS, loadSettings, siteEnabled } from "../src/settings/settings";
import { timedFn } from "../src/support/timeline";

export default defineBackground(() => {
  const connection = createCorpusConnection();
  // Seeding and re-analysis are idempotent and recorded in IndexedDB, so running them again in
  // a restarted service worker / event page only costs a few reads.
  const prepare = once(async () => {
    const prepared = await prepareCorpus(await connection.get(), { analyse });
    // Damaged records are skipped, not re-read; the library lists them with what to do.
    if (prepared.damaged.length > 0) {
      console.warn(
        `DiploMark: ${prepared.damaged.length} damaged record(s) skipped by re-analysis`,
        prepared.damaged,
      );
    }
    return prepared;
  });
  const corpus = async () => {
    await prepare();
    return connection.get();
  };
  // Pages' analyses are timed on the background's timeline (the bench reads "diplomark:analyse").
  // The gate passed in that frame: the outlets' host permissions (or the site's optional grant)
  // let the session script in.
  const inject = async (tabId: number, frameId: number) => {
    await injectSession({ tabId, frameIds: [frameId] });
  };
  // Unreadable settings read as the defaults (every outlet on), which is what the user had.
  const siteOn = async (url: string) => {
    const host = URL.canParse(url) ? new URL(url).hostname : "";
    const settings = await loadSettings(browser.storage.local).catch(() => DEFAULT_SETTINGS);
    return siteEnabled(settings, host, OUTLET_HOSTS);
  };
  // Pages' analyses are timed on the background's timeline (the bench reads "diplomark:analyse").
  const dispatch = createDispatcher({
    corpus,
    analyse: timedFn("analyse", analyse),
    badge: showBadge,
    inject,
    siteOn,
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as "/library.html") });
    },
  });
  const storedVisit = {
    isStored: async (url: string) => isStoredUrl(await corpus(), url),
    siteOn,
    inject,
  };

  // Listeners are registered synchronously so the events that woke the background reach them.
  browser.runtime.onInstalled.addListener(() => void prepare().catch(logError));
  browser.runtime.onStartup.addListener(() => void prepare().catch(logError));
  // Our own pages (popup, library, options) have our address; a content script has the page's.
  const ownOrigin = new URL(browser.runtime.getURL("/")).origin;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const extensionPage =
      sender.url !== undefined && URL.canParse(sender.url) && new URL(sender.url).origin === ownOrigin;
    return dispatch(
      message,
      sender.tab?.id === undefined
        ? { extensionPage }
        : {
            tabId: sender.tab.id,
            extensionPage,
            ...(sender.frameId === undefined ? {} : { frameId: sender.frameId }),
            ...(sender.url === undefined ? {} : { url: sender.url }),
          },
    );
  });
  listenForCommands();
  listenForSiteChanges();
  // A tab's badge belongs to the page it was set for; Chrome would keep it across navigation.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // (changeInfo.url is hidden without host permission, so a new load is the signal.)
    if (change.status === "loading") void clearBadge(tabId);
    // A stored article is read again whatever its headline (see stored-visit.ts).
    if (change.status === "complete")
      void highlightStoredVisit(tabId, tab.url, storedVisit).catch((e: unknown) =>
        console.warn("DiploMark:", e),
      );
  });
});

function logError(e: unknown) {
  console.error("DiploMark: preparing the corpus failed", e);
}
