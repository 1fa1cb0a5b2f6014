import type { StoredArticle } from "../contract/corpus";
import type { CorpusDB } from "./db";
import { type DamagedRecord, readRecord } from "./read-record";

// The whole corpus, a slice at a time: each slice is one short read transaction over the next
// `size` keys, so memory holds one slice of full records (texts included), never the corpus, and
// a long export or library load never keeps a transaction open across the caller's awaits.

export interface Slice {
  articles: StoredArticle[];
  damaged: DamagedRecord[];
  /** Records read so far, this slice included. */
  read: number;
}

export const SLICE = 200;

export async function* readSlices(db: CorpusDB, size = SLICE, signal?: AbortSignal): AsyncGenerator<Slice> {
  let after: string | undefined;
  let read = 0;
  for (;;) {
    signal?.throwIfAborted();
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const tx = db.transaction("articles");
    const values = await tx.store.getAll(range, size);
    await tx.done;
    if (values.length === 0) return;
    // The store's key path is "id": every stored value carries its key.
    const keys = values.map((v) => v.id);
    read += keys.length;
    const slice: Slice = { articles: [], damaged: [], read };
    keys.forEach((key, i) => {
      const r = readRecord(values[i], key);
      if (r.ok) slice.articles.push(r.article);
      else slice.damaged.push({ id: r.id, reason: r.reason, raw: r.raw });
    });
    yield slice;
    after = keys[keys.length - 1];
    if (keys.length < size) return;
  }
}
