import { type CorpusDB, DB_NAME, openCorpus } from "../corpus/db";

// The library reads the corpus straight from IndexedDB (the extension's own database, open to
// its pages): a list, a page of rows, an export of any size never has to fit in one message.
// Changes (delete, undo, import, seeds) still go through the background, which keeps its count
// and runs the analyser.

export interface AccessEvents {
  /** An upgrade waits for another DiploMark tab to close; it carries on by itself once it does. */
  onBlocked(): void;
  /** The connection was closed (a newer version of the extension upgrades the database). */
  onClosed(): void;
}

export function openLibraryCorpus(events: AccessEvents): Promise<CorpusDB> {
  return openCorpus(DB_NAME, { onBlocked: events.onBlocked, onClose: events.onClosed });
}
