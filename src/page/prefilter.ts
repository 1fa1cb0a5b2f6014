import { PREFILTER_FORMS } from "./prefilter-keywords";

// The gate runs on every outlet page, nearly all of them unrelated, in a content-script world the
// browser creates fresh for each page. There the first touch of `document` costs about 0.15 ms in
// Chromium, XPath's first use about as much, the first HTML element about 0.5 ms (the browser
// builds the element interfaces for that world), and each text node read from the body about a
// microsecond. So the gate reads the page's title alone: on a news site it is the headline, and
// an article about Vietnam–DPRK relations names the DPRK, its capital, party, agencies or one of
// its officials there (prefilter-keywords.ts knows them in nine languages). A page that names
// them only further down is analysed when the user asks, from the popup.

/**
 * Cheap gate before any extraction: does the text name the DPRK at all? A hundred-odd
 * `includes` over a title cost less than compiling one regular expression of the same names.
 */
export function mentionsDprk(text: string): boolean {
  // Decomposed Vietnamese (rare on the web) is composed first, so one spelling per name does;
  // normalising text that is already NFC costs less than a first regular-expression test.
  const hay = text.normalize("NFC").toLowerCase().replaceAll("-", " ").replaceAll("’", "'");
  return PREFILTER_FORMS.some((k) => hay.includes(k));
}

/** Characters of a title read at most: a page may put megabytes there. */
const TITLE_CHARS = 2_000;

/** The gate on a live page: its title (see above). */
export function pageMentionsDprk(doc: Document): boolean {
  return mentionsDprk(doc.title.slice(0, TITLE_CHARS));
}
