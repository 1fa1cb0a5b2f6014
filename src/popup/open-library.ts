import { browser } from "wxt/browser";
import { el } from "./dom";

// The popup's one string of the library work (for the UI-language work to pick up).
export const OPEN_LIBRARY_LABEL = "Library";

/** A button that opens the corpus library in a tab (the popup closes as the tab takes focus). */
export function openLibraryButton(): HTMLButtonElement {
  const button = el("button", { type: "button", "data-action": "open-library" }, OPEN_LIBRARY_LABEL);
  button.addEventListener("click", () => {
    void browser.tabs.create({ url: browser.runtime.getURL("/library.html") });
  });
  return button;
}
