import { browser } from "wxt/browser";
import type { BackgroundRequest, ErrorReply, PageReplies, PageRequest, ReplyTo } from "../protocol/messages";
import { errorText } from "../support/error-text";
import type { Background } from "./session";

// The content script's two message channels: requests to the background, and the popup's
// requests to this tab.

async function send<R extends BackgroundRequest>(req: R): Promise<ReplyTo<R>> {
  const reply = (await browser.runtime.sendMessage(req)) as ReplyTo<R> | ErrorReply | undefined;
  if (reply === undefined || reply === null) throw new Error(`DiploMark: no answer to ${req.type}`);
  if (typeof reply === "object" && "error" in reply && typeof reply.error === "string") {
    throw new Error(`DiploMark: ${req.type}: ${reply.error}`);
  }
  return reply as ReplyTo<R>;
}

/** False once the extension was reloaded or removed: this script is then an orphan. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export const background: Background = {
  read(req) {
    return send({ type: "page:read", ...req });
  },
  async openActor(id) {
    await send({ type: "page:openActor", id });
  },
};

export type PageHandler = (req: PageRequest) => Promise<PageReplies[PageRequest["type"]]>;

const PAGE_TYPES: ReadonlySet<string> = new Set<PageRequest["type"]>([
  "page:state",
  "page:reveal",
  "page:analyse",
  "page:step",
  "page:card",
]);

function isPageRequest(m: unknown): m is PageRequest {
  return typeof m === "object" && m !== null && PAGE_TYPES.has(String((m as { type?: unknown }).type));
}

/**
 * Answers the popup. The reply goes through sendResponse (with `return true` to keep the
 * channel open), which every Chrome and Firefox version supports without the polyfill;
 * messages that are not ours get no answer from us, so other listeners may give one.
 */
export function listenForPage(handle: PageHandler): () => void {
  const listener = (
    message: unknown,
    _sender: unknown,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (!isPageRequest(message)) return undefined;
    handle(message).then(sendResponse, (e: unknown) => sendResponse({ error: errorText(e) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
