import { browser } from "wxt/browser";
import { t } from "../i18n/t";
import type { BackgroundRequest, ReplyTo } from "../protocol/messages";

/** Asks the background; its `{ error }` replies become rejections. */
export async function ask<R extends BackgroundRequest>(req: R): Promise<ReplyTo<R>> {
  const reply: unknown = await browser.runtime.sendMessage(req);
  if (reply === undefined) throw new Error(t("errNoBackground"));
  if (typeof reply === "object" && reply !== null && "error" in reply && typeof reply.error === "string") {
    throw new Error(reply.error);
  }
  return reply as ReplyTo<R>;
}
