import { browser } from "wxt/browser";
import { t } from "../i18n/t";
import type { BackgroundRequest, ReplyTo, StorageFailure } from "../protocol/messages";

/** A storage failure in the UI's language, saying what the user can do about it. */
export function storageFailureText(code: StorageFailure): string {
  return code === "quota" ? t("errStorageFull") : t("errStorageBlocked");
}

/** Asks the background; its `{ error }` replies become rejections. */
export async function ask<R extends BackgroundRequest>(req: R): Promise<ReplyTo<R>> {
  const reply: unknown = await browser.runtime.sendMessage(req);
  if (reply === undefined) throw new Error(t("errNoBackground"));
  if (typeof reply === "object" && reply !== null && "error" in reply && typeof reply.error === "string") {
    const code = (reply as { code?: unknown }).code;
    throw new Error(code === "quota" || code === "blocked" ? storageFailureText(code) : reply.error);
  }
  return reply as ReplyTo<R>;
}
