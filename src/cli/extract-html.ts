import { extractArticle } from "../extract/extract";

// The article's own text out of a whole page, by the extractor the content script runs (site
// adapters, then the density heuristic) over linkedom's DOM: one extractor, one text, so an
// analysis in the CLI is the analysis on the page.

export interface ExtractedArticle {
  title: string;
  text: string;
  /** YYYY-MM-DD from the page's metadata, when it has any. */
  published?: string;
}

/**
 * The host whose site adapter applies: from `url` when the caller knows where the page was
 * served, else from the address the page gives itself (canonical link, og:url).
 */
export function pageHost(doc: Document, url?: string): string {
  const candidates = [
    url,
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content"),
  ];
  for (const c of candidates) {
    if (c && URL.canParse(c)) return new URL(c).hostname;
  }
  return "";
}

export function extractArticleText(doc: Document, url?: string): ExtractedArticle {
  const { map, title, published } = extractArticle(doc, pageHost(doc, url));
  const out: ExtractedArticle = { title, text: map.text };
  if (published) out.published = published;
  return out;
}
