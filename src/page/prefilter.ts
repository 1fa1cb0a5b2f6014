import { fold } from "./fold";
import { PREFILTER_KEYWORDS } from "./prefilter-keywords";

// Pages are long and unrelated pages are the common case: look at a bounded prefix only.
const MAX_CHARS = 400_000;

let foldedDefaults: string[] | undefined;

function foldedKeywords(keywords: readonly string[]): string[] {
  if (keywords !== PREFILTER_KEYWORDS) return keywords.map(fold);
  foldedDefaults ??= keywords.map(fold);
  return foldedDefaults;
}

/** Cheap gate before any extraction: does the text mention the DPRK at all? */
export function mentionsDprk(text: string, keywords: readonly string[] = PREFILTER_KEYWORDS): boolean {
  const words = foldedKeywords(keywords);
  const hay = fold(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  return words.some((w) => hay.includes(w));
}

/** The page's raw text without layout (textContent does not force a reflow, innerText would). */
export function pageTextForPrefilter(doc: Document): string {
  return `${doc.title}\n${doc.body?.textContent ?? ""}`;
}
