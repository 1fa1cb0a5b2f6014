import { record } from "../timeline";
import { fold } from "./fold";
import { PREFILTER_KEYWORDS } from "./prefilter-keywords";
import { yieldToPage } from "./yield";

// Pages are long and unrelated pages are the common case: look at a bounded prefix only. An
// article names the DPRK in its headline or lead, well inside the first 100,000 characters of
// even a portal page's text (menus included); a 100k-node page is read in a quarter of the time.
export const MAX_CHARS = 100_000;

let defaultPattern: RegExp | undefined;

/**
 * One regular expression over the lower-cased NFC text: every keyword as written and without
 * its marks ("trieu tien"), with either apostrophe. A literal alternation runs several times
 * faster than folding the page's text first, which is what an unrelated page would otherwise
 * pay for its whole length; few alternatives keep its compilation, paid on every page, small.
 */
function keywordPattern(keywords: readonly string[]): RegExp {
  if (keywords === PREFILTER_KEYWORDS && defaultPattern) return defaultPattern;
  const forms = new Set<string>();
  for (const k of keywords) {
    for (const f of [k.toLowerCase().normalize("NFC"), fold(k)]) {
      forms.add(f);
      if (f.includes("'")) forms.add(f.replace(/'/g, "’"));
    }
  }
  const pattern = new RegExp([...forms].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
  if (keywords === PREFILTER_KEYWORDS) defaultPattern = pattern;
  return pattern;
}

/** Cheap gate before any extraction: does the text mention the DPRK at all? */
export function mentionsDprk(text: string, keywords: readonly string[] = PREFILTER_KEYWORDS): boolean {
  let hay = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).toLowerCase();
  // Decomposed Vietnamese (rare on the web) is composed first, so one spelling per keyword does.
  if (/[\u0300-\u036f]/.test(hay)) hay = hay.normalize("NFC");
  return keywordPattern(keywords).test(hay);
}

/** Text read per slice: a slice's text nodes are joined and tested between two yields. */
const CHUNK = 32_768;
/** Kept from the previous slice, so a keyword split across two slices is still found. */
const OVERLAP = 64;

/**
 * The gate on a live page: the title, then the body's text nodes in slices (a 5 MB page's
 * textContent alone would hold the thread for tens of milliseconds), yielding between
 * slices and stopping at the first keyword or after MAX_CHARS.
 */
export async function pageMentionsDprk(
  doc: Document,
  keywords: readonly string[] = PREFILTER_KEYWORDS,
): Promise<boolean> {
  const first = performance.now();
  const inTitle = mentionsDprk(doc.title, keywords);
  record("task:gate", first);
  if (inTitle) return true;
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  let carry = "";
  for (;;) {
    const start = performance.now();
    let chunk = carry;
    let node: Node | null = walker.currentNode;
    while (chunk.length < CHUNK) {
      node = walker.nextNode();
      if (!node) break;
      chunk += (node as Text).data;
    }
    seen += chunk.length - carry.length;
    const hit = mentionsDprk(chunk, keywords);
    record("task:gate", start);
    if (hit) return true;
    if (!node || seen >= MAX_CHARS) return false;
    carry = chunk.slice(-OVERLAP);
    await yieldToPage();
  }
}
