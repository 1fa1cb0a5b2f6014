import { fold } from "./fold";
import { PREFILTER_KEYWORDS } from "./prefilter-keywords";

// Pages are long and unrelated pages are the common case: look at a bounded prefix only.
const MAX_CHARS = 400_000;

let folded: string[] | undefined;

/** Cheap gate before any extraction: does the text mention the DPRK at all? */
export function mentionsDprk(text: string, keywords: readonly string[] = PREFILTER_KEYWORDS): boolean {
  const words = keywords === PREFILTER_KEYWORDS ? (folded ??= keywords.map(fold)) : keywords.map(fold);
  const hay = fold(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  return words.some((w) => hay.includes(w));
}

/** The page's raw text without layout (textContent does not force a reflow, innerText would). */
export function pageTextForPrefilter(doc: Document): string {
  return `${doc.title}\n${doc.body?.textContent ?? ""}`;
}
