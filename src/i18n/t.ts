import { browser } from "wxt/browser";
import type en from "../../public/_locales/en/messages.json";

// Every string of the UI goes through here: the browser picks the messages of its UI language
// from public/_locales (English, Vietnamese), English where a language is missing.

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  // (WXT types getMessage from the locales it last prepared; MessageKey is checked here instead.)
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const text = getMessage.call(browser.i18n, key, subs.length > 0 ? subs.map(String) : undefined);
  // An empty answer means a missing key: the key itself is easier to spot than a blank.
  return text || key;
}

/**
 * The language the UI is shown in ("en", "vi"), for <html lang> and Intl: the messages say it
 * themselves (Chromium started with --lang=vi shows Vietnamese messages while getUILanguage
 * still answers en-US).
 */
export function uiLanguage(): string {
  const lang = t("uiLang");
  return lang === "uiLang" ? "en" : lang;
}
