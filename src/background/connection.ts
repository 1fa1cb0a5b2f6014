import { type CorpusDB, DB_NAME, type Migration, openCorpus } from "../corpus/db";
import { BLOCKED_MESSAGE, StorageBlocked } from "../corpus/storage-errors";

export interface CorpusConnection {
  /** The open database; reopened after the browser or a newer version closed it. */
  get(): Promise<CorpusDB>;
}

/**
 * One connection per background lifetime. It is only a handle: everything it reaches is in
 * IndexedDB, so a background stopped and restarted (service worker, event page) loses nothing.
 */
export function createCorpusConnection(name = DB_NAME, migrations?: readonly Migration[]): CorpusConnection {
  let open: Promise<CorpusDB> | null = null;
  // While an upgrade waits for another tab, requests are answered at once with StorageBlocked
  // (the page that asked says which tabs to close) instead of hanging; the open carries on and
  // the next request after the other tab closed gets the database.
  let blocked: Promise<never> | null = null;
  let unblock: ((e: StorageBlocked) => void) | null = null;
  return {
    get() {
      if (!open) {
        const waiting = new Promise<never>((_, reject) => {
          unblock = reject;
        });
        waiting.catch(() => undefined);
        const opening = openCorpus(name, {
          ...(migrations ? { migrations } : {}),
          onClose: () => forget(opening),
          onBlocked: () => {
            console.warn(`DiploMark: ${BLOCKED_MESSAGE}`);
            blocked = waiting;
            unblock?.(new StorageBlocked());
          },
        });
        opening.then(
          () => {
            blocked = null;
          },
          () => forget(opening),
        );
        open = opening;
        return Promise.race([opening, waiting]);
      }
      return blocked ?? open;
    },
  };
  function forget(which: Promise<CorpusDB>) {
    if (open === which) open = null;
  }
}
