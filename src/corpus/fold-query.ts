import { foldText } from "../analysis/tokens";

/** Folded (case, diacritics, đ) with runs of white space made one space, so line breaks match too. */
export function foldQuery(text: string): string {
  return foldText(text).replace(/\s+/g, " ").trim();
}
