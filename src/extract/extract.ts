import { record, timed } from "../support/timeline";
import { type OffsetMap, TextBuilder } from "./offset-map";
import { isOwn } from "./own-nodes";
import { adaptersFor, COMMON_EXCLUDE, type SiteAdapter } from "./site-adapters";

// The article's own text (headline, lead, body) as one string with "\n\n" between blocks,
// plus the map back to the DOM. Menus, related stories, comments and footers stay out.

export interface ArticleLocation {
  /** Headline, lead and body, in reading order; never nested in one another. */
  roots: Element[];
  /** The body element: later additions inside it are article text too (see watch.ts). */
  body: Element;
  /** Selector for subtrees inside the roots that are not article text. */
  exclude: string;
  source: "site" | "generic" | "density" | "page";
}

export interface Extraction {
  map: OffsetMap;
  location: ArticleLocation;
  title: string;
  published?: string;
}

const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "SVG",
  "CANVAS",
  "BUTTON",
  "INPUT",
  "TEXTAREA",
  "SELECT",
  "OPTION",
  "OBJECT",
  "EMBED",
  "VIDEO",
  "AUDIO",
  "MATH",
]);

const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "TD",
  "TH",
  "THEAD",
  "TR",
  "UL",
]);

/** Text the user cannot edit and that belongs to the page (not to us). */
export function isSkipped(el: Element, exclude: string): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const ce = el.getAttribute("contenteditable");
  if (ce !== null && ce !== "false") return true;
  // Our own card host, by reference: an attribute a page could copy would hide its article.
  if (isOwn(el)) return true;
  return exclude !== "" && el.matches(exclude);
}

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

export function insideEditable(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc && doc.designMode === "on") return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(EDITABLE);
}

/** A resumable walk: runs until `more()` says stop, so long pages can yield between frames. */
export class BlockWalker {
  private stack: Array<Node | null> = [];

  constructor(
    roots: readonly Node[],
    private readonly builder: TextBuilder,
    private readonly exclude: string,
  ) {
    for (let i = roots.length - 1; i >= 0; i--) {
      const root = roots[i]!;
      // Never read (and so never paint) what the user is typing, nor a page in design mode.
      if (insideEditable(root)) continue;
      this.stack.push(null, root);
    }
  }

  /** Returns true when the walk is complete. */
  run(more: () => boolean = () => true): boolean {
    let n = 0;
    while (this.stack.length > 0) {
      // Checking the clock every node would cost more than the walk itself.
      if ((++n & 255) === 0 && !more()) return false;
      const node = this.stack.pop();
      if (node === null || node === undefined) {
        this.builder.boundary();
        continue;
      }
      if (node.nodeType === 3) {
        this.builder.addText(node as Text);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (isSkipped(el, this.exclude)) continue;
      if (el.tagName === "BR") {
        this.builder.lineBreak();
        continue;
      }
      const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
      if (block) {
        this.builder.boundary();
        this.stack.push(null);
      }
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) this.stack.push(kids[i]!);
    }
    return true;
  }
}

function textLength(el: Element): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

function linkDensity(el: Element): number {
  const total = textLength(el) || 1;
  let links = 0;
  for (const a of el.querySelectorAll("a")) links += textLength(a);
  return links / total;
}

/** Paragraph-density scoring in the spirit of Readability, without its weight. */
export function densestElement(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const boiler = `${COMMON_EXCLUDE},header`;
  for (const p of doc.body?.querySelectorAll("p, pre, blockquote") ?? []) {
    if (p.closest(boiler)) continue;
    const text = (p.textContent ?? "").trim();
    if (text.length < 40) continue;
    const s = 1 + Math.min(text.length / 100, 3) + (text.match(/[,،，]/g)?.length ?? 0) * 0.25;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + s);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + s / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const score = s * (1 - linkDensity(el));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : null;
}

function largest(doc: Document, selector: string): Element | null {
  let best: Element | null = null;
  let len = 0;
  for (const el of doc.querySelectorAll(selector)) {
    const l = textLength(el);
    if (l > len) {
      best = el;
      len = l;
    }
  }
  return best;
}

function outside(el: Element | null, ...others: Element[]): el is Element {
  return !!el && others.every((o) => !o.contains(el) && !el.contains(o));
}

function locateWith(doc: Document, adapter: SiteAdapter): ArticleLocation | null {
  const generic = adapter.hosts.length === 0;
  const body = generic ? largest(doc, adapter.body) : doc.querySelector(adapter.body);
  if (!body || textLength(body) < 80) return null;
  const exclude = adapter.exclude ? `${COMMON_EXCLUDE},${adapter.exclude}` : COMMON_EXCLUDE;
  const roots: Element[] = [];
  const title = adapter.title ? doc.querySelector(adapter.title) : null;
  if (outside(title, body)) roots.push(title);
  const lead = adapter.lead ? doc.querySelector(adapter.lead) : null;
  if (outside(lead, body, ...roots)) roots.push(lead);
  roots.push(body);
  return { roots, body, exclude, source: generic ? "generic" : "site" };
}

export function locateArticle(doc: Document, hostname: string): ArticleLocation {
  for (const adapter of adaptersFor(hostname)) {
    const loc = locateWith(doc, adapter);
    if (loc) return loc;
  }
  const dense = densestElement(doc);
  const body = dense ?? doc.body ?? doc.documentElement;
  const title = doc.querySelector("h1");
  const roots = outside(title, body) ? [title, body] : [body];
  return {
    roots,
    body,
    exclude: `${COMMON_EXCLUDE},header`,
    source: dense ? "density" : "page",
  };
}

export function publishedDate(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute("content"),
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute("content"),
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute("datetime"),
    doc.querySelector("time[datetime]")?.getAttribute("datetime"),
  ];
  for (const c of candidates) {
    const m = c?.match(/^\d{4}-\d{2}-\d{2}/);
    if (m) return m[0];
  }
  return undefined;
}

/** Characters of a headline or <title> read at most: a page may put megabytes there. */
export const MAX_TITLE_CHARS = 2_000;

/**
 * The first `max` characters of the text under `el`, read node by node: neither textContent nor
 * document.title (both build the whole string, and the latter collapses its whitespace first).
 */
export function boundedText(el: Node, max = MAX_TITLE_CHARS): string {
  let out = "";
  const walker = (el.ownerDocument ?? (el as Document)).createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    const text = n as Text;
    out += text.substringData(0, max - out.length);
  }
  return out;
}

function pageTitle(doc: Document): string {
  const el = doc.getElementsByTagName("title")[0];
  return el ? boundedText(el) : "";
}

function finish(doc: Document, location: ArticleLocation, builder: TextBuilder): Extraction {
  const first = location.roots[0];
  const raw = first?.tagName === "H1" ? boundedText(first) : pageTitle(doc);
  const published = publishedDate(doc);
  const out: Extraction = { map: builder.finish(), location, title: raw.replace(/\s+/g, " ").trim() };
  if (published) out.published = published;
  return out;
}

/** Whole extraction in one go (tests, small pages). */
export function extractArticle(doc: Document, hostname: string): Extraction {
  const location = locateArticle(doc, hostname);
  const builder = new TextBuilder();
  new BlockWalker(location.roots, builder, location.exclude).run();
  return finish(doc, location, builder);
}

/** The same, yielding to the page whenever a slice exceeds its budget. */
export async function extractArticleChunked(
  doc: Document,
  hostname: string,
  budgetMs = 8,
): Promise<Extraction> {
  const location = timed("task:locate", () => locateArticle(doc, hostname));
  const builder = new TextBuilder();
  const walker = new BlockWalker(location.roots, builder, location.exclude);
  for (;;) {
    const start = performance.now();
    const until = start + budgetMs;
    const done = walker.run(() => performance.now() < until);
    record("task:walk", start);
    if (done) break;
    await new Promise((r) => setTimeout(r, 0));
  }
  return timed("task:finish", () => finish(doc, location, builder));
}
