import type { Analysis } from "../contract/analysis";
import { type Extraction, extractArticleChunked, insideEditable } from "../extract/extract";
import type { PageState } from "../protocol/messages";
import { type HighlightEngine, marksOf, type Target } from "../settings/categories";
import { isOutletHost } from "../settings/outlets";
import { record } from "../support/timeline";
import { cardFor } from "./card-content";
import { type Colours, createHighlighter, type Highlighter, type PaintItem } from "./highlighter";
import { HoverCard } from "./hover-card";
import { ArticleWatcher, type WatchOptions } from "./watch";
import { Slices } from "./yield";

/** Marks mapped to DOM points per slice before the frame budget is checked (see paint). */
const MAP_SLICE = 256;
const MAP_BUDGET_MS = 8;

// One page's life with DiploMark once the gate (src/page/gate.ts, a separate script) or the
// user's click let the session in: extract, ask the background, paint, watch for more.
// Everything the popup asks for is answered from here.

export interface Background {
  /** The analysis of the page's text, with how many stored articles name each of its actors. */
  read(req: {
    text: string;
    url: string;
    title: string;
    published?: string;
    status?: number;
  }): Promise<{ analysis: Analysis; actorCounts: Record<string, number> }>;
  /** Opens the actor's page in the library (a new tab). */
  openActor(id: string): Promise<void>;
}

export interface SessionOptions {
  watch?: Partial<WatchOptions>;
  /** Tests force the <mark> fallback. */
  nativeHighlights?: boolean;
  /** How this browser cascades highlight styles (categories.ts); Chromium's unless told. */
  highlightEngine?: HighlightEngine;
  /** A re-analysis nobody awaits failed (the extension may be gone: reloaded or removed). */
  onBackgroundError?: (error: unknown) => void;
  /** Whether the page's own start may analyse on this host (the user's settings); outlets by default. */
  siteOn?: (host: string) => boolean;
}

/** How the user wants highlights to look: categories left out, colours per category. */
export interface Look {
  hidden: ReadonlySet<string>;
  colours: Colours;
  /** The denser style: commitments washed, not only underlined. */
  dense?: boolean;
}

/** Where keyboard navigation stands after a step. */
export interface StepResult {
  found: boolean;
  /** 1-based position of the revealed highlight in document order; 0 when none. */
  index: number;
  total: number;
}

export class PageSession {
  private state: PageState | null = null;
  private extraction: Extraction | null = null;
  private highlighter: Highlighter | null = null;
  private targets = new Map<number, Target>();
  /** Where each painted item starts in the text: reveal goes to the first one. */
  private starts = new Map<number, number>();
  private ends = new Map<number, number>();
  private watcher: ArticleWatcher | null = null;
  private card: HoverCard | null = null;
  private counts = new Map<string, number>();
  private running: Promise<PageState | null> | null = null;
  private again = false;
  private disposed = false;
  private paused = false;
  private look: Look = { hidden: new Set(), colours: {} };
  /** The last highlight stepped to, by its place in the text: survives repaints. */
  private cursor: { start: number; end: number } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly background: Background,
    private readonly options: SessionOptions = {},
  ) {}

  /**
   * The session script's own start: the gate (src/page/gate.ts) already found the keywords
   * before asking for this script, so only the site switch is checked again here.
   */
  async auto(): Promise<PageState | null> {
    const host = this.doc.location?.hostname ?? "";
    return (this.options.siteOn ?? isOutletHost)(host) ? this.analyse() : null;
  }

  /**
   * Analyses now, whatever the gate says. `changed`: the page changed since any analysis under
   * way began, so that one must be followed by another; otherwise its result is good enough.
   */
  analyse(changed = false): Promise<PageState | null> {
    if (this.running) {
      if (changed) this.again = true;
      return this.running;
    }
    const run = this.run().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  /** The latest state, after any analysis under way. */
  async current(): Promise<PageState | null> {
    while (this.running) await this.running;
    return this.state;
  }

  /** What the hover card shows now (for the extension's own checks; the page cannot read it). */
  cardShown(): { text: string; elements: number } {
    return this.card?.shown() ?? { text: "", elements: 0 };
  }

  reveal(target: Target): boolean {
    if (!this.highlighter) return false;
    let best: { id: number; start: number } | null = null;
    for (const [id, t] of this.targets) {
      const same =
        "actor" in t
          ? "actor" in target && t.actor === target.actor
          : "commitment" in target && t.commitment === target.commitment;
      if (!same) continue;
      const start = this.startOf(id);
      if (!best || start < best.start) best = { id, start };
    }
    return best ? this.highlighter.reveal(best.id) : false;
  }

  /** New categories or colours: restyle, and repaint what is shown. */
  async setLook(look: Look): Promise<void> {
    this.look = look;
    this.highlighter?.restyle(look.colours, look.dense);
    await this.repaint();
  }

  /** Paused: nothing painted, nothing watched; the analysis stays for the popup. */
  async setPaused(paused: boolean): Promise<void> {
    if (paused === this.paused) return;
    this.paused = paused;
    if (paused) {
      this.watcher?.stop();
      this.watcher = null;
      this.unpaint();
    } else if (this.state) await this.repaint();
    else await this.auto();
  }

  /** Reveals the next (1) or previous (-1) highlight in document order, wrapping around. */
  step(direction: 1 | -1): StepResult {
    const order = [...this.starts.keys()]
      .map((id) => ({ id, start: this.startOf(id), end: this.ends.get(id) ?? 0 }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    if (!this.highlighter || order.length === 0) return { found: false, index: 0, total: 0 };
    const c = this.cursor;
    const after = (x: { start: number; end: number }) =>
      !c || x.start > c.start || (x.start === c.start && x.end < c.end);
    let i: number;
    if (direction === 1) {
      i = order.findIndex(after);
      if (i < 0) i = 0;
    } else {
      i = c ? order.findLastIndex((x) => !after(x) && (x.start !== c.start || x.end !== c.end)) : -1;
      if (i < 0) i = order.length - 1;
    }
    const pick = order[i]!;
    this.cursor = { start: pick.start, end: pick.end };
    return { found: this.highlighter.reveal(pick.id), index: i + 1, total: order.length };
  }

  dispose(): void {
    this.disposed = true;
    this.watcher?.stop();
    this.card?.stop();
    this.highlighter?.clear();
  }

  private startOf(id: number): number {
    return this.starts.get(id) ?? Number.POSITIVE_INFINITY;
  }

  private async run(): Promise<PageState | null> {
    let state: PageState | null = null;
    do {
      this.again = false;
      state = await this.once();
    } while (this.again && !this.disposed);
    return state;
  }

  private async once(): Promise<PageState | null> {
    if (this.disposed) return this.state;
    // The fallback's marks split text nodes: read the page as its own DOM has it.
    if (this.highlighter && !this.highlighter.native) this.quietly(() => this.highlighter?.clear());
    const extractStart = performance.now();
    const extraction = await extractArticleChunked(this.doc, this.doc.location?.hostname ?? "");
    record("stage:extract", extractStart);
    const text = extraction.map.text;
    if (text.trim() === "") {
      this.unpaint();
      this.state = null;
      return null;
    }
    const url = this.doc.location?.href ?? "";
    const published = extraction.published;
    const status = httpStatus();
    const messageStart = performance.now();
    const { analysis, actorCounts } = await this.background.read({
      text,
      url,
      title: extraction.title,
      ...(published ? { published } : {}),
      ...(status ? { status } : {}),
    });
    record("stage:message", messageStart);
    if (this.disposed) return this.state;
    this.extraction = extraction;
    this.counts = new Map(Object.entries(actorCounts));
    const pub = published ?? analysis.published;
    this.state = {
      url,
      title: extraction.title,
      text,
      analysis,
      ...(pub ? { published: pub } : {}),
      ...(status ? { status } : {}),
    };
    if (this.paused) return this.state;
    const paintStart = performance.now();
    if (analysis.relevance.relevant) await this.paint(analysis, extraction);
    else this.unpaint();
    record("stage:paint", paintStart);
    this.watch(extraction);
    return this.state;
  }

  private async repaint(): Promise<void> {
    const analysis = this.state?.analysis;
    if (this.paused || this.disposed || !analysis || !this.extraction) return;
    if (analysis.relevance.relevant) await this.paint(analysis, this.extraction);
    this.watch(this.extraction);
  }

  private async paint(analysis: Analysis, extraction: Extraction): Promise<void> {
    const items: PaintItem[] = [];
    const targets = new Map<number, Target>();
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    const { map } = extraction;
    // A long page has tens of thousands of marks: give the page a turn between slices, as
    // painting does, so no task of ours blocks it longer than a frame.
    const slices = new Slices("task:map", MAP_SLICE, MAP_BUDGET_MS);
    let id = 0;
    for (const mark of marksOf(analysis)) {
      if (slices.due()) {
        await slices.pause();
        if (this.disposed) return;
      }
      if (this.look.hidden.has(mark.category)) continue;
      const from = map.point(mark.start, "start");
      const to = map.point(mark.end, "end");
      if (!from || !to || insideEditable(from.node) || insideEditable(to.node)) continue;
      items.push({ id, category: mark.category, from, to });
      targets.set(id, mark.target);
      starts.set(id, mark.start);
      ends.set(id, mark.end);
      id++;
    }
    slices.end();
    this.highlighter ??= createHighlighter(
      this.doc,
      this.options.nativeHighlights,
      this.look.colours,
      this.look.dense,
      // The default look is already there: in Firefox inserted with this session wherever it
      // came (protocol/inject-session.ts), in Chromium by the manifest on the outlets' pages.
      this.options.highlightEngine === "firefox" || isOutletHost(this.doc.location?.hostname ?? ""),
      this.options.highlightEngine,
    );
    const hl = this.highlighter;
    if (hl.native) await hl.sync(items);
    else this.quietly(() => void hl.sync(items));
    this.targets = targets;
    this.starts = starts;
    this.ends = ends;
    if (!this.card) {
      this.card = new HoverCard(
        this.doc,
        hl,
        (ids) => this.cardContent(ids),
        (ids) => this.openActorAt(ids),
      );
      this.card.start();
    }
  }

  private unpaint(): void {
    if (this.highlighter) {
      const hl = this.highlighter;
      this.quietly(() => hl.clear());
    }
    this.targets.clear();
    this.starts.clear();
    this.ends.clear();
  }

  private quietly(change: () => void): void {
    if (this.watcher) this.watcher.quiet(change);
    else change();
  }

  private watch(extraction: Extraction): void {
    const body = extraction.location.body;
    if (this.watcher?.target === body) return;
    const exhausted = this.watcher?.exhausted ?? false;
    this.watcher?.stop();
    this.watcher = null;
    if (exhausted || !body.isConnected) return;
    const rerun = () => {
      this.analyse(true).catch((e: unknown) => this.options.onBackgroundError?.(e));
    };
    this.watcher = new ArticleWatcher(body, extraction.location.exclude, rerun, this.options.watch);
    this.watcher.start();
  }

  /** The user's Alt+click on an actor's highlight: their page in the library. */
  private openActorAt(ids: number[]): void {
    const actor = ids
      .map((i) => this.targets.get(i))
      .find((t): t is { actor: string } => !!t && "actor" in t);
    if (!actor) return;
    this.background.openActor(actor.actor).catch((e: unknown) => this.options.onBackgroundError?.(e));
  }

  private cardContent(ids: number[]) {
    const analysis = this.state?.analysis;
    if (!analysis) return null;
    const targets = ids.map((i) => this.targets.get(i)).filter((t): t is Target => t !== undefined);
    return cardFor(targets, analysis, this.counts);
  }
}

/**
 * The document's HTTP status, when the browser tells it (Navigation Timing level 3: Chromium 109+,
 * Firefox 133+); 0 or absent otherwise. A 404 of a stored address is a page that is gone.
 */
function httpStatus(): number | undefined {
  try {
    const nav = performance.getEntriesByType("navigation")[0] as
      | (PerformanceEntry & { responseStatus?: number })
      | undefined;
    return nav?.responseStatus || undefined;
  } catch {
    return undefined;
  }
}
