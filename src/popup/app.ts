import { browser } from "wxt/browser";
import { textSignature } from "../corpus/fingerprint";
import { t } from "../i18n/t";
import type { PageState } from "../protocol/messages";
import { errorText } from "../support/error-text";
import { ask } from "../ui/background-client";
import type { PopupActions } from "./actions";
import { injectAndAnalyse, NO_SCRIPT, pageState, refresh, reveal } from "./page-client";
import {
  renderGonePage,
  renderMessage,
  renderNoText,
  renderPage,
  renderPrompt,
  setState,
  showRevealMissed,
} from "./render-view";
import { findTabId, isScriptable, whenLoaded } from "./tab";
import { whyNotRead } from "./why-not-read";

/**
 * The popup from start to finish: find the tab, get its analysis from the content script (or
 * offer to inject one), ask the background for the cross-reference and the corpus size, render.
 * Resolves when the popup shows something final (or the analyse prompt).
 */
export async function runPopup(root: HTMLElement, search: string): Promise<void> {
  try {
    await start(root, search);
  } catch (e) {
    fail(root, e);
  }
}

async function start(root: HTMLElement, search: string): Promise<void> {
  setState("loading");
  renderMessage(root, t("popupReading"));
  const tabId = await findTabId(search);
  if (tabId === undefined) return unsupported(root, t("popupNoTab"));
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!isScriptable(tab?.url)) return unsupported(root, t("popupUnsupported"));
  const title = tab?.title ?? "";

  await whenLoaded(tabId);
  const state = await pageState(tabId);
  if (state !== NO_SCRIPT) return show(root, tabId, state, title, tab?.url ?? "");

  const why = await whyNotRead(tab?.url);
  renderPrompt(root, why, async () => {
    setState("loading");
    renderMessage(root, t("popupAnalysing"));
    try {
      await show(root, tabId, await injectAndAnalyse(tabId), title, tab?.url ?? "");
    } catch (e) {
      fail(root, e);
    }
  });
  setState("ready");
}

async function show(
  root: HTMLElement,
  tabId: number,
  page: PageState | null,
  fallbackTitle: string,
  tabUrl: string,
) {
  // An error page or an empty one at a stored address: the article is gone, the stored copy stays.
  if (!page || (page.status ?? 0) >= 400) {
    const copy = await ask({ type: "storedCopy", url: page?.url ?? tabUrl }).catch(() => null);
    if (copy) {
      renderGonePage(root, fallbackTitle, copy);
      setState("ready");
      return;
    }
  }
  if (!page) {
    renderNoText(root, fallbackTitle);
    setState("ready");
    return;
  }
  const published = page.published ? { published: page.published } : {};
  // The text's fingerprint, not the text: enough for the background to recognise a stored copy.
  const signature = textSignature(page.text);
  const xref = await ask({
    type: "crossReference",
    analysis: page.analysis,
    url: page.url,
    ...published,
    ...(signature.length > 0 ? { signature } : {}),
  });
  // The cross-reference carries the corpus size already (a count() of its own reads every key).
  const count = xref.corpusSize;
  const actions: PopupActions = {
    reveal(target) {
      reveal(tabId, target).then(
        (found) => found || showRevealMissed(root),
        () => showRevealMissed(root),
      );
    },
    async save() {
      const reply = await ask({
        type: "save",
        url: page.url,
        title: page.title,
        text: page.text,
        analysis: page.analysis,
        ...published,
      });
      // The page's hover cards count stored articles: they now include this one.
      void refresh(tabId);
      return reply;
    },
  };
  renderPage(root, { page, xref, count }, actions);
  setState("ready");
}

function unsupported(root: HTMLElement, text: string): void {
  renderMessage(root, text);
  setState("unsupported");
}

function fail(root: HTMLElement, e: unknown): void {
  renderMessage(root, t("popupError", errorText(e)));
  setState("error");
}
