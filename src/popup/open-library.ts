import { browser } from "wxt/browser";
import { t } from "../i18n/t";
import { el } from "../ui/dom";

/** A button that opens the corpus library in a tab (the popup closes as the tab takes focus). */
export function openLibraryButton(): HTMLButtonElement {
  const button = el("button", { type: "button", "data-action": "open-library" }, t("popupLibrary"));
  button.addEventListener("click", () => {
    void browser.tabs.create({ url: browser.runtime.getURL("/library.html") });
  });
  return button;
}
