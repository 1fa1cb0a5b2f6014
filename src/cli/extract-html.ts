import { Readability } from "@mozilla/readability";
import { BlockWalker, publishedDate } from "../page/extract";
import { TextBuilder } from "../page/offset-map";
import { COMMON_EXCLUDE } from "../page/site-adapters";

// The article's own text out of a whole page: headline and body blocks joined by "\n\n",
// built by the same walker the extension uses, so the CLI and the content script agree on
// what "the text" is. Readability chooses the body; the page's exclusion list then drops
// whatever share/comment/related residue Readability kept. Works on any DOM Document
// (linkedom here, the browser's in principle).

export interface ExtractedArticle {
  title: string;
  text: string;
  /** YYYY-MM-DD from the page's metadata, when it has any. */
  published?: string;
}

const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();

/** The page's headline element, outside navigation and headers of the site itself. */
function headline(doc: Document): Element | null {
  for (const h of doc.querySelectorAll("h1")) {
    if (h.closest(COMMON_EXCLUDE)) continue;
    if (squash(h.textContent) !== "") return h;
  }
  return null;
}

function textOf(roots: readonly Node[]): string {
  const builder = new TextBuilder();
  new BlockWalker(roots, builder, COMMON_EXCLUDE).run();
  return builder.finish().text;
}

/** Mutates `doc` (Readability rewrites it): parse a fresh document for every call. */
export function extractArticleText(doc: Document): ExtractedArticle {
  const published = publishedDate(doc);
  const h1 = headline(doc);
  const body = new Readability<Node>(doc, { keepClasses: true, serializer: (n) => n }).parse();
  const content = body?.content ?? null;
  const main = content ?? doc.body ?? doc.documentElement;
  const title = squash(h1?.textContent) || squash(body?.title);
  // Readability often leaves the headline out of its body, sometimes keeps it: never twice.
  const separate = h1 && !main.contains(h1) && !squash(main.textContent).startsWith(squash(h1.textContent));
  const roots: Node[] = separate ? [h1, main] : [main];
  const out: ExtractedArticle = { title, text: textOf(roots) };
  if (published) out.published = published;
  return out;
}
