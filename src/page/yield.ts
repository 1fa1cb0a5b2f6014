import { record } from "../support/timeline";

// Gives the page's own work a turn. A MessageChannel task is not throttled like setTimeout in
// background tabs, and scheduler.yield (where it exists) keeps our place in the task queue.

type SchedulerLike = { yield?: () => Promise<void> };

let channel: MessageChannel | null = null;
const waiting: Array<() => void> = [];

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel !== "function") return new Promise((r) => setTimeout(r, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(0);
  });
}

/** A slice of work that stops when its frame budget is spent. */
export function budget(ms: number): () => boolean {
  const until = performance.now() + ms;
  return () => performance.now() < until;
}

/**
 * The slices of one long loop: every `every` steps, once `ms` of the slice are spent, the page
 * gets a turn. Each slice goes on the timeline as a task named `task` (the bench reads them).
 */
export class Slices {
  private more: () => boolean;
  private steps = 0;

  constructor(
    private readonly task: string,
    private readonly every: number,
    private readonly ms: number,
    /** When the first slice began (work before the loop counts as its own). */
    private start = performance.now(),
  ) {
    this.more = budget(ms);
  }

  /** Call before each step: whether the page gets a turn first (then `await pause()`). */
  due(): boolean {
    return ++this.steps % this.every === 0 && !this.more();
  }

  /** Ends this slice, gives the page a turn, and starts the next slice. */
  async pause(): Promise<void> {
    this.end();
    await yieldToPage();
    this.more = budget(this.ms);
    this.start = performance.now();
  }

  /** Records the slice running now (call once the loop is done). */
  end(): void {
    record(this.task, this.start);
  }
}
