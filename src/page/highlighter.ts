import { type DomPoint, rangeBetween } from "../extract/offset-map";
import { markOwn } from "../extract/own-nodes";
import {
  FLASH,
  type HighlightEngine,
  highlightCss,
  highlightRule,
  nativeDefaultCss,
  PREFIX,
} from "../settings/categories";
import { Slices } from "./yield";

// Paints ranges without touching the page's text: CSS Custom Highlight API, one Highlight
// per category. Where the API is missing, <mark data-diplomark> wrappers that clear()
// removes again, leaving the DOM exactly as it was (same nodes, same data).

export interface PaintItem {
  id: number;
  category: string;
  from: DomPoint;
  to: DomPoint;
}

export interface Highlighter {
  readonly native: boolean;
  /**
   * Makes the painted set equal to `items`. Ranges already painted stay as they are (a
   * re-analysis after the page grew repaints only the difference); ids are rebound to `items`.
   */
  sync(items: readonly PaintItem[]): Promise<void>;
  clear(): void;
  /** Ids of the painted items under the viewport point (x, y). */
  hitTest(x: number, y: number, target: EventTarget | null): number[];
  /** Scrolls item `id` into view and flashes it. */
  reveal(id: number, ms?: number): boolean;
  /** Repaints every category in the user's colours. */
  restyle(colours: Readonly<Record<string, string>>, dense?: boolean): void;
}

export type Colours = Readonly<Record<string, string>>;

/** Our one <style> per document, known by reference (own-nodes.ts): it carries no marker. */
const styles = new WeakMap<Document, HTMLStyleElement>();
/** Ranges created per slice before we check the frame budget. */
const SLICE = 64;
const FRAME_BUDGET_MS = 8;

/** Our style element out of the page, if it had one (the preset sheet styles the default look). */
function removeStyle(doc: Document): void {
  styles.get(doc)?.remove();
}

function injectStyle(doc: Document, css: string): void {
  const existing = styles.get(doc);
  if (existing?.isConnected) {
    if (existing.textContent !== css) existing.textContent = css;
    return;
  }
  const style = existing ?? doc.createElement("style");
  markOwn(style);
  styles.set(doc, style);
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
}

function toRange(doc: Document, item: PaintItem): Range | null {
  return rangeBetween(doc, item.from, item.to);
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function scrollTo(node: Node): void {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** Identity of a node for keys; a WeakMap so removed nodes can still be collected. */
class NodeIds {
  private ids = new WeakMap<Node, number>();
  private next = 1;
  of(node: Node): number {
    let id = this.ids.get(node);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(node, id);
    }
    return id;
  }
}

interface Painted {
  category: string;
  range: Range;
}

class NativeHighlighter implements Highlighter {
  readonly native = true;
  private groups = new Map<string, Highlight>();
  private painted = new Map<number, Painted>();
  /** Ranges by the text node they start in: hit tests look at a handful, not all of them. */
  private byNode = new Map<Node, number[]>();
  private nodeIds = new NodeIds();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    colours: Colours = {},
    dense = false,
    /** The manifest already styles the default look on this page (an outlet's). */
    private readonly preset = false,
    private readonly engine: HighlightEngine = "chromium",
  ) {
    this.restyle(colours, dense);
  }

  restyle(colours: Colours, dense = false): void {
    const css = highlightCss(highlightRule(this.engine), colours, dense);
    if (this.preset && css === nativeDefaultCss(this.engine)) removeStyle(this.doc);
    else injectStyle(this.doc, css);
  }

  private key(category: string, a: Node, ao: number, b: Node, bo: number): string {
    return `${category}|${this.nodeIds.of(a)}:${ao}|${this.nodeIds.of(b)}:${bo}`;
  }

  private group(category: string): Highlight {
    let hl = this.groups.get(category);
    if (!hl) {
      hl = new Highlight();
      // Actors paint over the commitment sentence that contains them.
      hl.priority = category.includes("-actor-") ? 2 : 1;
      this.groups.set(category, hl);
      CSS.highlights.set(category, hl);
    }
    return hl;
  }

  async sync(items: readonly PaintItem[]): Promise<void> {
    const sliceStart = performance.now();
    // Live ranges follow the page's edits, so the key of what is painted is read afresh.
    const current = new Map<string, Painted>();
    for (const p of this.painted.values()) {
      const r = p.range;
      current.set(this.key(p.category, r.startContainer, r.startOffset, r.endContainer, r.endOffset), p);
    }
    const next = new Map<number, Painted>();
    const kept = new Set<Painted>();
    const missing: PaintItem[] = [];
    for (const item of items) {
      const k = this.key(item.category, item.from.node, item.from.offset, item.to.node, item.to.offset);
      const p = current.get(k);
      if (p) {
        next.set(item.id, p);
        kept.add(p);
      } else missing.push(item);
    }
    for (const p of this.painted.values()) {
      if (!kept.has(p)) this.groups.get(p.category)?.delete(p.range);
    }
    this.painted = next;
    const slices = new Slices("task:paint", SLICE, FRAME_BUDGET_MS, sliceStart);
    for (const item of missing) {
      if (slices.due()) await slices.pause();
      const range = toRange(this.doc, item);
      if (!range) continue;
      this.group(item.category).add(range);
      this.painted.set(item.id, { category: item.category, range });
    }
    for (const [name, hl] of this.groups) {
      if (hl.size === 0) {
        CSS.highlights.delete(name);
        this.groups.delete(name);
      }
    }
    this.index();
    slices.end();
  }

  private index(): void {
    this.byNode.clear();
    for (const [id, p] of this.painted) {
      const list = this.byNode.get(p.range.startContainer);
      if (list) list.push(id);
      else this.byNode.set(p.range.startContainer, [id]);
    }
  }

  clear(): void {
    for (const name of this.groups.keys()) CSS.highlights.delete(name);
    CSS.highlights.delete(FLASH);
    this.groups.clear();
    this.painted.clear();
    this.byNode.clear();
  }

  hitTest(x: number, y: number): number[] {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return [];
    const hits: number[] = [];
    // A range under the caret starts in the caret's node or before it; walk back through
    // the preceding text nodes of the block, which is where multi-node ranges start.
    let node: Node | null = caret.node;
    for (let steps = 0; node && steps < 32; steps++) {
      for (const id of this.byNode.get(node) ?? []) {
        const r = this.painted.get(id)?.range;
        if (r?.isPointInRange(caret.node, caret.offset) && rectsContain(r, x, y)) hits.push(id);
      }
      node = previousText(node);
    }
    return hits;
  }

  reveal(id: number, ms = 1600): boolean {
    const range = this.painted.get(id)?.range;
    if (!range || range.collapsed) return false;
    scrollTo(range.startContainer);
    const hl = new Highlight(range);
    hl.priority = 3;
    CSS.highlights.set(FLASH, hl);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (CSS.highlights.get(FLASH) === hl) CSS.highlights.delete(FLASH);
    }, ms);
    return true;
  }
}

function previousText(node: Node): Node | null {
  let n: Node | null = node;
  while (n) {
    if (n.previousSibling) {
      n = n.previousSibling;
      while (n.lastChild) n = n.lastChild;
      if (n.nodeType === 3) return n;
      continue;
    }
    n = n.parentNode;
    if (n && n.nodeType === 1 && isBlockTag(n as Element)) return null;
  }
  return null;
}

/** Tag-based, so no style recalculation on mousemove. */
function isBlockTag(el: Element): boolean {
  return /^(P|DIV|LI|H[1-6]|ARTICLE|SECTION|BLOCKQUOTE|TD|TH|BODY|FIGCAPTION)$/.test(el.tagName);
}

interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** The fallback: wraps text in marks and records how to undo it. */
export class MarkHighlighter implements Highlighter {
  readonly native = false;
  private items: PaintItem[] = [];
  /** Split text nodes: the original (kept as the first piece) and the pieces split off it. */
  private splits: Array<{ original: Text; pieces: Text[] }> = [];
  private marks: HTMLElement[] = [];

  constructor(
    private readonly doc: Document,
    colours: Colours = {},
    dense = false,
  ) {
    this.restyle(colours, dense);
  }

  restyle(colours: Colours, dense = false): void {
    injectStyle(
      this.doc,
      highlightCss((c) => `mark[data-diplomark~="${c}"]`, colours, dense),
    );
  }

  /** Wrapping is rare (old browsers) and must be undone whole: restore, then wrap all. */
  async sync(items: readonly PaintItem[]): Promise<void> {
    this.restore();
    this.items = [...items];
    this.apply();
  }

  clear(): void {
    this.restore();
    this.items = [];
  }

  private piecesOf(item: PaintItem): Piece[] {
    const range = toRange(this.doc, item);
    if (!range) return [];
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) return [{ node: root as Text, start: range.startOffset, end: range.endOffset }];
    const out: Piece[] = [];
    const walker = this.doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!range.intersectsNode(n)) continue;
      const t = n as Text;
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : t.data.length;
      if (end > start) out.push({ node: t, start, end });
    }
    return out;
  }

  private apply(): void {
    // Cut every node once at all boundaries, so overlapping items never nest marks.
    const perNode = new Map<Text, Array<{ start: number; end: number; category: string; id: number }>>();
    for (const item of this.items) {
      for (const p of this.piecesOf(item)) {
        const list = perNode.get(p.node) ?? [];
        list.push({ start: p.start, end: p.end, category: item.category, id: item.id });
        perNode.set(p.node, list);
      }
    }
    for (const [node, spans] of perNode) {
      const cuts = [...new Set(spans.flatMap((s) => [s.start, s.end]).concat(0, node.data.length))].sort(
        (a, b) => a - b,
      );
      const pieces: Text[] = [node];
      let current = node;
      for (let i = 1; i < cuts.length - 1; i++) {
        current = current.splitText(cuts[i]! - cuts[i - 1]!);
        pieces.push(current);
      }
      this.splits.push({ original: node, pieces });
      pieces.forEach((piece, i) => {
        const a = cuts[i]!;
        const b = cuts[i + 1]!;
        const covering = spans.filter((s) => s.start <= a && s.end >= b);
        if (covering.length === 0) return;
        const mark = this.doc.createElement("mark");
        mark.setAttribute("data-diplomark", [...new Set(covering.map((s) => s.category))].join(" "));
        mark.setAttribute("data-diplomark-ids", covering.map((s) => s.id).join(" "));
        piece.replaceWith(mark);
        mark.appendChild(piece);
        this.marks.push(mark);
      });
    }
  }

  private restore(): void {
    for (const mark of this.marks) {
      const piece = mark.firstChild;
      if (piece) mark.replaceWith(piece);
      else mark.remove();
    }
    this.marks = [];
    // Undo the splits newest first, so a node split twice is whole again before its parent.
    for (const { original, pieces } of this.splits.reverse()) {
      original.data = pieces.map((p) => p.data).join("");
      for (const p of pieces.slice(1)) p.remove();
    }
    this.splits = [];
  }

  private marksOf(id: number): HTMLElement[] {
    return this.marks.filter((m) =>
      (m.getAttribute("data-diplomark-ids") ?? "").split(" ").includes(String(id)),
    );
  }

  hitTest(_x: number, _y: number, target: EventTarget | null): number[] {
    const el =
      target && (target as Node).nodeType === 1 ? (target as Element).closest(`mark[data-${PREFIX}]`) : null;
    return el ? (el.getAttribute("data-diplomark-ids") ?? "").split(" ").map(Number) : [];
  }

  reveal(id: number, ms = 1600): boolean {
    const marks = this.marksOf(id);
    if (marks.length === 0) return false;
    scrollTo(marks[0]!);
    for (const m of marks) m.setAttribute("data-diplomark", `${m.getAttribute("data-diplomark")} ${FLASH}`);
    setTimeout(() => {
      for (const m of marks) {
        m.setAttribute("data-diplomark", (m.getAttribute("data-diplomark") ?? "").replace(` ${FLASH}`, ""));
      }
    }, ms);
    return true;
  }
}

export function supportsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

export function createHighlighter(
  doc: Document,
  preferNative = supportsHighlights(),
  colours: Colours = {},
  dense = false,
  preset = false,
  engine: HighlightEngine = "chromium",
): Highlighter {
  return preferNative
    ? new NativeHighlighter(doc, colours, dense, preset, engine)
    : new MarkHighlighter(doc, colours, dense);
}
