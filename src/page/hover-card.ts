import { markOwn } from "../extract/own-nodes";
import type { Highlighter } from "./highlighter";

// A small card under the pointer for the highlight it rests on. It lives in a closed shadow root
// on <html>, outside <body>, so the page's CSS cannot reach it, ours cannot leak out, and the
// article's DOM stays untouched. Text goes in through textContent only.
//
// The card says how many stored articles name an actor: corpus facts a page must not learn. So
// the root is closed (the page's scripts get no shadowRoot to read or rewrite), only the user's
// own pointer (trusted events) opens a card, never events a page dispatches, and the host carries
// no attribute naming us.

export interface CardContent {
  title: string;
  rows: Array<[label: string, value: string]>;
}

/** What the card shows for these highlights: at hand in the session (counts come with its analysis). */
export type CardLookup = (ids: number[]) => CardContent | null;

/** The card's own colours, whatever the page's (the contrast test reads them from here). */
export const CARD_COLOURS = { background: "#111827", text: "#f9fafb", label: "#9ca3af" } as const;

const CARD_CSS = `
:host{all:initial}
.card{position:fixed;z-index:2147483647;max-width:320px;padding:8px 10px;border-radius:8px;
font:13px/1.4 system-ui,sans-serif;background:${CARD_COLOURS.background};color:${CARD_COLOURS.text};
box-shadow:0 4px 16px rgba(0,0,0,.35);pointer-events:none}
.card[hidden]{display:none}
h2{font-size:13px;margin:0 0 4px;font-weight:600}
dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 8px}
dt{color:${CARD_COLOURS.label}}dd{margin:0}`;

export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private frame = 0;
  private last: { x: number; y: number; target: EventTarget | null } | null = null;
  private shownKey = "";

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly lookup: CardLookup,
    /** The user's Alt+click on highlights (an actor's opens their page). */
    private readonly activate?: (ids: number[]) => void,
  ) {}

  start(): void {
    this.doc.addEventListener("mousemove", this.onMove, { passive: true });
    this.doc.addEventListener("scroll", this.hide, { passive: true, capture: true });
    this.doc.addEventListener("click", this.onClick, { passive: true });
  }

  stop(): void {
    this.doc.removeEventListener("mousemove", this.onMove);
    this.doc.removeEventListener("scroll", this.hide, { capture: true });
    this.doc.removeEventListener("click", this.onClick);
    cancelAnimationFrame(this.frame);
    this.host?.remove();
    this.host = null;
    this.card = null;
    this.root = null;
  }

  /** One hit test per frame at most, whatever the mouse does. */
  private onMove = (e: MouseEvent): void => {
    // A page's synthetic mousemove (dispatchEvent) would otherwise probe the corpus.
    if (!e.isTrusted) return;
    this.last = { x: e.clientX, y: e.clientY, target: e.target };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.last) this.update(this.last.x, this.last.y, this.last.target);
    });
  };

  /** Alt+click: a plain click stays the page's (links, selection); a page's synthetic click opens nothing. */
  private onClick = (e: MouseEvent): void => {
    if (!e.isTrusted || !e.altKey || !this.activate) return;
    const ids = this.highlighter.hitTest(e.clientX, e.clientY, e.target);
    if (ids.length > 0) this.activate(ids);
  };

  private hide = (): void => {
    this.shownKey = "";
    this.card?.setAttribute("hidden", "");
  };

  private update(x: number, y: number, target: EventTarget | null): void {
    const ids = this.highlighter.hitTest(x, y, target);
    if (ids.length === 0) {
      this.hide();
      return;
    }
    const key = ids.join(",");
    if (key !== this.shownKey) {
      const content = this.lookup(ids);
      if (!content) {
        this.hide();
        return;
      }
      this.render(content);
      this.shownKey = key;
    }
    this.place(x, y);
  }

  private ensureCard(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const host = this.doc.createElement("div");
    markOwn(host);
    const root = host.attachShadow({ mode: "closed" });
    this.root = root;
    const style = this.doc.createElement("style");
    style.textContent = CARD_CSS;
    const card = this.doc.createElement("div");
    card.className = "card";
    card.setAttribute("role", "tooltip");
    root.append(style, card);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.card = card;
    return card;
  }

  /**
   * What the card shows now ("" when hidden), and how many elements that are not ours' text it
   * holds: for the extension's own checks (page:card), since the page cannot read a closed root.
   */
  shown(): { text: string; elements: number } {
    const card = this.card;
    if (!card || !this.host?.isConnected || card.hasAttribute("hidden")) return { text: "", elements: 0 };
    const unexpected = this.root?.querySelectorAll("img, script, iframe, a, [onerror]").length ?? 0;
    return { text: card.textContent ?? "", elements: unexpected };
  }

  private render(content: CardContent): void {
    const card = this.ensureCard();
    const h = this.doc.createElement("h2");
    h.textContent = content.title;
    const dl = this.doc.createElement("dl");
    for (const [label, value] of content.rows) {
      const dt = this.doc.createElement("dt");
      dt.textContent = label;
      const dd = this.doc.createElement("dd");
      dd.textContent = value;
      dl.append(dt, dd);
    }
    card.replaceChildren(h, dl);
    card.removeAttribute("hidden");
  }

  private place(x: number, y: number): void {
    const card = this.card;
    if (!card) return;
    const view = this.doc.documentElement;
    const size = { w: card.offsetWidth || 240, h: card.offsetHeight || 80 };
    const line = lineBox(this.doc, x, y) ?? { top: y - 10, bottom: y + 10 };
    const { left, top } = placeCard(x, line, size, { w: view.clientWidth, h: view.clientHeight });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }
}

/** The box of the text line under the point, where the browser can tell. */
function lineBox(doc: Document, x: number, y: number): { top: number; bottom: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { getClientRect(): DOMRect | null } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const rect =
    d.caretPositionFromPoint?.(x, y)?.getClientRect() ??
    d.caretRangeFromPoint?.(x, y)?.getBoundingClientRect();
  return rect && rect.height > 0 ? rect : null;
}

/**
 * Where the card goes: above the line under the pointer (text already read), or below that line
 * when there is no room above; never over the line itself, and inside the viewport.
 */
export function placeCard(
  x: number,
  line: { top: number; bottom: number },
  card: { w: number; h: number },
  view: { w: number; h: number },
): { left: number; top: number } {
  const left = Math.max(4, Math.min(x + 12, view.w - card.w - 4));
  const above = line.top - card.h - 6;
  const top = above >= 4 ? above : Math.max(4, Math.min(line.bottom + 6, view.h - card.h - 4));
  return { left, top };
}
