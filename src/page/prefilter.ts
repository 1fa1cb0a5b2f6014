import { PREFILTER_FORMS } from "./prefilter-keywords";

// The gate runs on every outlet page, nearly all of them unrelated, in a content-script world the
// browser creates fresh for each page. There the first touch of `document` costs about 0.15 ms in
// Chromium, the first HTML element about 0.5 ms (the browser builds the element interfaces for
// that world), and each text node read from the body about a microsecond. So the gate reads what
// a reader reads first and no more: the title, the headline (og:title, the first h1) and the lead
// (the text that follows the headline, about 2,000 characters). Many dispatches name the DPRK
// only there ("Party chief wraps up state visit, five documents signed"). Each piece is cut to
// its bound before it is normalised, so a page that puts megabytes in a title or a paragraph
// costs no more than one that does not. prefilter-keywords.ts knows the names in nine languages.

/**
 * Cheap gate before any extraction: does the text name the DPRK at all? A hundred-odd
 * `includes` over a few kB cost less than compiling one regular expression of the same names.
 */
export function mentionsDprk(text: string): boolean {
  // Decomposed Vietnamese (rare on the web) is composed first, so one spelling per name does;
  // normalising text that is already NFC costs less than a first regular-expression test.
  const hay = text.normalize("NFC").toLowerCase().replaceAll("-", " ").replaceAll("’", "'");
  return PREFILTER_FORMS.some((k) => hay.includes(k));
}

/** Characters of a title or headline read at most: a page may put megabytes there. */
export const TITLE_CHARS = 2_000;
/** Characters of the lead read at most (headline included: it starts the walk). */
export const LEAD_CHARS = 2_000;
/** Text nodes visited at most for the lead: a page of empty spans must not make it a scan. */
const LEAD_NODES = 400;

/**
 * Where the article's own text starts: its headline, else the article, main or #content
 * element. Looked up by tag and id, not by selector: on a page of 100,000 elements a selector
 * that matches nothing walks them all (about 5 ms for the three this replaced, measured in
 * Chromium), a tag collection or the id map far less.
 */
function leadStart(doc: Document): Element | null {
  return (
    doc.getElementsByTagName("h1")[0] ??
    doc.getElementsByTagName("article")[0] ??
    doc.getElementsByTagName("main")[0] ??
    doc.getElementById("content")
  );
}

/** The gate on a live page: title first (no element touched), then headline and lead. */
export function pageMentionsDprk(doc: Document): boolean {
  if (mentionsDprk(doc.title.slice(0, TITLE_CHARS))) return true;
  // In the head only: a selector over the whole document costs a walk of every element.
  const og = doc.head?.querySelector('meta[property="og:title"]')?.getAttribute("content");
  if (og && mentionsDprk(og.slice(0, TITLE_CHARS))) return true;
  return mentionsDprk(leadText(doc));
}

/**
 * The headline and the text after it in document order, bounded in characters and nodes. Menus
 * before the headline ("Triều Tiên" as a section link) stay out; script and style text is skipped.
 */
export function leadText(doc: Document): string {
  const start = leadStart(doc);
  if (!start || !doc.body) return "";
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  let out = "";
  for (let n = 0; n < LEAD_NODES && out.length < LEAD_CHARS; n++) {
    const node = walker.nextNode();
    if (!node) break;
    const parent = node.parentNode?.nodeName;
    if (parent === "SCRIPT" || parent === "STYLE" || parent === "NOSCRIPT" || parent === "TEMPLATE") continue;
    const value = node.nodeValue ?? "";
    out += value.length > LEAD_CHARS ? value.slice(0, LEAD_CHARS) : value;
    out += " ";
  }
  return out.slice(0, LEAD_CHARS);
}
