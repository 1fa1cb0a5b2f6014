import { browser } from "wxt/browser";
import { t } from "../i18n/t";
import { el } from "../ui/dom";
import { articleHref } from "../ui/library-links";
import { savedDay } from "./render-changes";

export interface StoredCopy {
  id: string;
  title: string;
  savedAt: string;
}

/**
 * A stored address that now answers an error or shows no article: the stored copy is the record,
 * one click away in the library's reader.
 */
export function renderGone(copy: StoredCopy): HTMLElement {
  const read = el("button", { type: "button", "data-action": "read-stored" }, t("goneRead"));
  read.addEventListener("click", () => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/${articleHref(copy.id)}`) });
  });
  return el(
    "section",
    { "data-section": "gone", "data-gone": "", "data-stored-id": copy.id, role: "status" },
    el("p", { class: "gone" }, t("goneNotice", savedDay(copy.savedAt))),
    el("p", { class: "page-title" }, copy.title),
    read,
  );
}
