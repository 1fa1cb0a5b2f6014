import { browser } from "wxt/browser";
import { MAIN_SCRIPT, PRESET_CSS_FILES } from "./script-files";

/**
 * Puts the page session into a frame: the background when a gate passed or a stored article is
 * read again, the popup on the user's click. In Firefox the highlights' stylesheet comes with
 * it, inserted by the browser (not a `<style>` the page can see): a manifest stylesheet would
 * make Firefox resolve highlight styles for every element of every outlet page while it is parsed
 * (src/settings/categories.ts), related or not.
 */
export async function injectSession(target: { tabId: number; frameIds?: number[] }): Promise<void> {
  if (import.meta.env.FIREFOX)
    await browser.scripting.insertCSS({ target, files: [`/${PRESET_CSS_FILES.firefox}`] });
  await browser.scripting.executeScript({ target, files: [MAIN_SCRIPT] });
}
