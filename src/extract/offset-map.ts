// Text offsets of the analysed string back to DOM positions. The analyser returns UTF-16
// spans into the text we built, so every character we emit either comes from one place in
// one Text node (a segment) or is a separator we invented ("\n\n" between blocks, "\n" for
// <br>), which maps to no node and is skipped when a span starts or ends on it.

export interface Segment {
  /** Offset in the built text. */
  start: number;
  length: number;
  node: Text;
  /** Offset of the first character inside node.data. */
  offset: number;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export class OffsetMap {
  constructor(
    readonly text: string,
    readonly segments: readonly Segment[],
  ) {}

  /**
   * Where a span boundary lies in the DOM. A start on an invented character moves forward to
   * the next real one; an end moves back to just after the previous real one.
   */
  point(at: number, edge: "start" | "end"): DomPoint | null {
    const segs = this.segments;
    if (segs.length === 0) return null;
    // Last segment whose start <= probe; the probe for an end is the character before it.
    const probe = edge === "start" ? at : at - 1;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.start <= probe) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (edge === "start") {
      const seg =
        found >= 0 && probe < segs[found]!.start + segs[found]!.length ? segs[found] : segs[found + 1];
      if (!seg) return null;
      const delta = Math.max(0, probe - seg.start);
      return { node: seg.node, offset: seg.offset + delta };
    }
    if (found < 0) return null;
    const seg = segs[found]!;
    const delta = Math.min(probe - seg.start, seg.length - 1) + 1;
    return { node: seg.node, offset: seg.offset + delta };
  }

  /** A live Range over text[start, end), or null when the span covers no page text. */
  range(start: number, end: number, doc: Document): Range | null {
    if (end <= start) return null;
    const a = this.point(start, "start");
    const b = this.point(end, "end");
    if (!a || !b) return null;
    return rangeBetween(doc, a, b);
  }
}

/** A live Range from one DOM point to another, or null when it is empty or the page moved the nodes. */
export function rangeBetween(doc: Document, from: DomPoint, to: DomPoint): Range | null {
  const r = doc.createRange();
  try {
    r.setStart(from.node, from.offset);
    r.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return r.collapsed ? null : r;
}

/** The nodes a block can hold whitespace in: collapsed like the browser renders it. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/**
 * Builds the text and its map in one pass. Blocks are joined by "\n\n"; runs of collapsible
 * whitespace become one space mapped to the run's first character; <br> becomes "\n".
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: Segment[] = [];
  private blockHasText = false;
  private pendingBreak: "" | "\n" | "\n\n" = "";
  private pendingSpace: DomPoint | null = null;

  /** A block boundary (start or end of a block element). */
  boundary(): void {
    if (this.length > 0) this.pendingBreak = "\n\n";
    this.blockHasText = false;
    this.pendingSpace = null;
  }

  lineBreak(): void {
    if (this.blockHasText && this.pendingBreak !== "\n\n") this.pendingBreak = "\n";
    this.pendingSpace = null;
  }

  addText(node: Text): void {
    // A hostile page may put megabytes in one text node: only its start is read (before any
    // regular expression sees it), so its cost is bounded whatever the page holds.
    const data = node.length > MAX_NODE_CHARS ? node.substringData(0, MAX_NODE_CHARS) : node.data;
    let pos = 0;
    COLLAPSIBLE.lastIndex = 0;
    for (let m = COLLAPSIBLE.exec(data); ; m = COLLAPSIBLE.exec(data)) {
      const wsStart = m ? m.index : data.length;
      if (wsStart > pos) this.addRun(node, pos, data.slice(pos, wsStart));
      if (!m) break;
      if (this.blockHasText && !this.pendingBreak && !this.pendingSpace) {
        this.pendingSpace = { node, offset: m.index };
      }
      pos = m.index + m[0].length;
    }
  }

  private addRun(node: Text, offset: number, run: string): void {
    if (this.pendingBreak) {
      this.emit(this.pendingBreak);
      this.pendingBreak = "";
      this.pendingSpace = null;
    } else if (this.pendingSpace) {
      const sp = this.pendingSpace;
      this.pendingSpace = null;
      this.push(" ", sp.node, sp.offset);
    }
    // No-break spaces (everywhere on Vietnamese news sites) become plain spaces one for one,
    // so names like "Tô&nbsp;Lâm" match and offsets stay aligned with the node's data.
    this.push(run.replace(/\u00a0/g, " "), node, offset);
    this.blockHasText = true;
  }

  private emit(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private push(s: string, node: Text, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.node === node &&
      last.offset + last.length === offset &&
      last.start + last.length === this.length
    ) {
      last.length += s.length;
    } else {
      this.segments.push({ start: this.length, length: s.length, node, offset });
    }
    this.emit(s);
  }

  finish(): OffsetMap {
    return new OffsetMap(this.parts.join(""), this.segments);
  }
}

/** Characters of one text node read at most (a paragraph is rarely a tenth of this). */
export const MAX_NODE_CHARS = 100_000;
