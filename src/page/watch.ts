import { insideEditable, isSkipped } from "../extract/extract";

// Text the page adds to the article after load (live blogs, "load more") is article text
// too. One MutationObserver on the article body; a change counts only when it brings text
// that extraction would read. Bursts are debounced (with a ceiling, so a page that never
// stops mutating is still served), re-runs are capped, and our own DOM changes (the <mark>
// fallback) are taken out of the record queue before they can trigger anything.

export interface WatchOptions {
  debounceMs: number;
  maxWaitMs: number;
  maxRuns: number;
}

export const WATCH_DEFAULTS: WatchOptions = { debounceMs: 300, maxWaitMs: 2000, maxRuns: 25 };

export class ArticleWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstChangeAt = 0;
  private runs = 0;
  private readonly opts: WatchOptions;

  constructor(
    readonly target: Element,
    private readonly exclude: string,
    private readonly onChange: () => void,
    opts: Partial<WatchOptions> = {},
  ) {
    this.opts = { ...WATCH_DEFAULTS, ...opts };
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.take(records));
    this.observer.observe(this.target, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  get exhausted(): boolean {
    return this.runs >= this.opts.maxRuns;
  }

  /** Runs our own DOM change without it counting as the page's. */
  quiet(change: () => void): void {
    const obs = this.observer;
    if (obs) this.take(obs.takeRecords());
    try {
      change();
    } finally {
      obs?.takeRecords();
    }
  }

  private take(records: MutationRecord[]): void {
    if (this.exhausted || !records.some((r) => this.bringsText(r))) return;
    const now = performance.now();
    if (this.timer === undefined) this.firstChangeAt = now;
    const ceiling = this.firstChangeAt + this.opts.maxWaitMs;
    const due = Math.min(now + this.opts.debounceMs, ceiling);
    // At the ceiling the armed timer stays: re-arming it at every change would let a page that
    // mutates faster than a timer fires (every 4 ms, as browsers clamp nested timers) put the
    // re-run off forever.
    if (this.timer !== undefined && due >= ceiling) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), Math.max(0, due - now));
  }

  private fire(): void {
    this.timer = undefined;
    if (this.exhausted) return;
    this.runs++;
    this.onChange();
    if (this.exhausted) this.stop();
  }

  private bringsText(r: MutationRecord): boolean {
    if (r.type === "characterData") return this.counts(r.target, true);
    for (const n of r.addedNodes) if (this.counts(n, false)) return true;
    return false;
  }

  /** Would extraction read text from this node? */
  private counts(node: Node, isChange: boolean): boolean {
    if (node.nodeType === 3) {
      if (!isChange && !(node as Text).data.trim()) return false;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkipped(el, this.exclude) || !el.textContent?.trim()) return false;
    } else return false;
    const parent = node.parentElement;
    if (!parent || !this.target.contains(parent)) return false;
    for (let el: Element | null = parent; el && el !== this.target; el = el.parentElement) {
      if (isSkipped(el, this.exclude)) return false;
    }
    return !insideEditable(parent);
  }
}
