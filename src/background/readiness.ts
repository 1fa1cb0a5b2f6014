/**
 * Runs `task` once per background lifetime however many callers ask (install, startup and the
 * first message can all arrive together); a failed run is retried by the next caller. The task
 * itself must be idempotent: a restarted background runs it again.
 */
export function once<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    if (!running) {
      const run = task();
      run.catch(() => {
        if (running === run) running = null;
      });
      running = run;
    }
    return running;
  };
}
