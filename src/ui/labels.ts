import { uiLanguage } from "../i18n/t";

export { SIDES } from "../contract/analysis";
export { areaLabel, kindLabel, sideLabel } from "../i18n/labels";

/** "Malay" for "ms" in the UI language; the code itself where the browser has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage(), "en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
