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
