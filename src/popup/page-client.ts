import { browser } from "wxt/browser";
import { t } from "../i18n/t";
import { injectSession } from "../protocol/inject-session";
import type { PageReplies, PageRequest, PageState } from "../protocol/messages";
import type { RevealTarget } from "./actions";

/** Marks a tab where no content script answered (none declared for the site, or not injected). */
export const NO_SCRIPT = Symbol("no content script");

async function send<R extends PageRequest>(
  tabId: number,
  req: R,
): Promise<PageReplies[R["type"]] | typeof NO_SCRIPT> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, req)) as PageReplies[R["type"]] | undefined;
    return reply === undefined ? NO_SCRIPT : reply;
  } catch {
    return NO_SCRIPT;
  }
}

/** The page's analysis: its current state, or a fresh one when the script has none yet. */
export async function pageState(tabId: number): Promise<PageState | null | typeof NO_SCRIPT> {
  const state = await send(tabId, { type: "page:state" });
  if (state !== null) return state;
  const fresh = await send(tabId, { type: "page:analyse" });
  return fresh === NO_SCRIPT ? null : fresh;
}

/** Injects the session script on the user's click, then asks it to analyse the page. */
export async function injectAndAnalyse(tabId: number): Promise<PageState | null> {
  await injectSession({ tabId });
  // The script registers its listener as it starts; a few tries cover a slow start.
  for (let attempt = 0; attempt < 5; attempt++) {
    const state = await send(tabId, { type: "page:analyse" });
    if (state !== NO_SCRIPT) return state;
    await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
  }
  throw new Error(t("errNoPage"));
}

/**
 * The page's session reads its article again (after a Save: the hover card's stored-article
 * counts come with each reading). Nothing to do where no session runs.
 */
export async function refresh(tabId: number): Promise<void> {
  await send(tabId, { type: "page:analyse" });
}

export async function reveal(tabId: number, target: RevealTarget): Promise<boolean> {
  const reply = await send(tabId, { type: "page:reveal", target });
  return reply !== NO_SCRIPT && reply.found;
}
