import { type CorpusDB, DB_NAME, openCorpus } from "../corpus/db";
import { BLOCKED_MESSAGE } from "../corpus/storage-errors";

export interface CorpusConnection {
  /** The open database; reopened after the browser or a newer version closed it. */
  get(): Promise<CorpusDB>;
}

/**
 * One connection per background lifetime. It is only a handle: everything it reaches is in
 * IndexedDB, so a background stopped and restarted (service worker, event page) loses nothing.
 */
export function createCorpusConnection(name = DB_NAME): CorpusConnection {
  let open: Promise<CorpusDB> | null = null;
  return {
    get() {
      if (!open) {
        const opening = openCorpus(name, {
          onClose: () => forget(opening),
          // The request waits for the other tab; the console says which one to close.
          onBlocked: () => console.warn(`DiploMark: ${BLOCKED_MESSAGE}`),
        });
        opening.catch(() => forget(opening));
        open = opening;
      }
      return open;
    },
  };
  function forget(which: Promise<CorpusDB>) {
    if (open === which) open = null;
  }
}
