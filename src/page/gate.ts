import type { BackgroundRequest } from "../protocol/messages";
import { SESSION_FLAG } from "../protocol/script-files";
import { extensionApi } from "./extension-api";
import { pageMentionsDprk } from "./prefilter";

// What every outlet page pays: the title check. Only a page whose title passes asks the
// background for the session script (entrypoints/content-main.ts); the background decides with
// the user's settings (a site turned off gets nothing) and the session starts paused on a
// paused site. An unrelated page never loads or parses extraction, highlighting or hover cards,
// never reads the settings and never touches the extension APIs, whose first use in a page costs
// more than the check itself (about 0.8 ms in Chromium, 5 ms in Firefox).

/** The gate on a live page, with the native extension APIs (no polyfill in content scripts). */
export function startGate(doc: Document): void {
  const slot = globalThis as unknown as Record<symbol, unknown>;
  if (slot[SESSION_FLAG] !== undefined || !pageMentionsDprk(doc)) return;
  const request: BackgroundRequest = { type: "page:inject" };
  extensionApi()
    .runtime.sendMessage(request)
    .then((reply: { error?: unknown } | undefined) => {
      if (reply?.error !== undefined) throw new Error(String(reply.error));
    })
    .catch((e: unknown) => console.warn("DiploMark:", e));
}
