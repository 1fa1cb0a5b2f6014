// Code run in the page's own (main) world, as source text: the same string works in
// Playwright and Puppeteer and no transpiler helper can sneak into it.

export interface HighlightReading {
  /** Highlight name → highlighted texts in document order (the flash highlight left out). */
  byName: Record<string, string[]>;
  /** Highlighted texts that lie outside the article element. */
  outside: string[];
  /** Elements the extension inserted into the body (the fallback's marks would show here). */
  marks: number;
}

/** Reads CSS.highlights as the page has them: StaticRange or Range, made into Ranges. */
export function readHighlightsScript(articleSelector: string): string {
  return `(() => {
    const article = document.querySelector(${JSON.stringify(articleSelector)});
    const byName = {};
    const outside = [];
    const entries = [];
    if (typeof CSS !== "undefined" && CSS.highlights) {
      for (const [name, hl] of CSS.highlights) {
        if (name === "diplomark-flash") continue;
        for (const r of hl) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          entries.push({ name, range });
        }
      }
    }
    entries.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    for (const { name, range } of entries) {
      const text = range.toString();
      (byName[name] = byName[name] || []).push(text);
      if (!article || !article.contains(range.commonAncestorContainer)) outside.push(text);
    }
    return { byName, outside, marks: document.querySelectorAll("mark[data-diplomark]").length };
  })()`;
}

/**
 * Our nodes carry no marker a page could copy or look for: the highlight style is known by what
 * it styles, the card host as an element of <html> that is neither <head> nor <body>.
 */
export const IS_OUR_STYLE = `((n) => n.nodeType === 1 && n.tagName === "STYLE" && /::highlight\\(diplomark-|mark\\[data-diplomark/.test(n.textContent || ""))`;

/** Whether the page has the highlight style and the card host only where they belong. */
export const PAGE_INTEGRITY_SCRIPT = `(() => ({
  styles: [...document.querySelectorAll("head style")].filter(${IS_OUR_STYLE}).length,
  bodyInserted: [...document.body.querySelectorAll("style, mark[data-diplomark]")].filter((n) => n.tagName === "MARK" || ${IS_OUR_STYLE}(n)).length,
}))()`;

/** Elements of <html> besides <head> and <body>: our card host is the only one we add. */
export const CARD_HOSTS_SCRIPT = `[...document.documentElement.children].filter((e) => e.tagName !== "HEAD" && e.tagName !== "BODY").length`;
