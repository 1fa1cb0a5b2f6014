import type { LibraryArticle, StoredArticle } from "../contract/corpus";
import type { CorpusDB } from "./db";
import { foldQuery } from "./fold-query";
import { articleOrNull, type DamagedRecord, readRecord } from "./read-record";
import { byPublishedDesc, summarise } from "./summary";

/** What the library holds of an article: all but its text. */
export function toLibraryArticle(article: StoredArticle): LibraryArticle {
  return { ...summarise(article), analysis: article.analysis };
}

/**
 * The newest `limit` dated articles, newest first, read through the published index: the
 * library's first screen, whatever the size of the corpus (a cursor, `limit` records read).
 */
export async function newestFirst(db: CorpusDB, limit: number): Promise<LibraryArticle[]> {
  const tx = db.transaction("articles");
  // Keys only while walking the index (no record is read twice or cloned in vain), then the
  // records in one batch of requests.
  const keys: string[] = [];
  let cursor = await tx.store.index("published").openKeyCursor(null, "prev");
  while (cursor && keys.length < limit) {
    keys.push(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  const records = await Promise.all(keys.map((k) => tx.store.get(k)));
  await tx.done;
  const out: LibraryArticle[] = [];
  records.forEach((r, i) => {
    const article = r === undefined ? null : articleOrNull(r, keys[i]!);
    if (article) out.push(toLibraryArticle(article));
  });
  return out;
}

/** Every article with its analysis but without its text (the reader asks for one text at a time). */
export async function listLibrary(db: CorpusDB): Promise<LibraryArticle[]> {
  const out: LibraryArticle[] = [];
  let cursor = await db.transaction("articles").store.openCursor();
  while (cursor) {
    const article = articleOrNull(cursor.value, cursor.primaryKey);
    if (article) out.push({ ...summarise(article), analysis: article.analysis });
    cursor = await cursor.continue();
  }
  return out.sort(byPublishedDesc);
}

/** Every sound article (damaged records are left out: see listDamaged). */
export async function allArticles(db: CorpusDB): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  let cursor = await db.transaction("articles").store.openCursor();
  while (cursor) {
    const article = articleOrNull(cursor.value, cursor.primaryKey);
    if (article) out.push(article);
    cursor = await cursor.continue();
  }
  return out;
}

/** The records that fail the one rule (validate-article.ts), with why, as stored. */
export async function listDamaged(db: CorpusDB): Promise<DamagedRecord[]> {
  const out: DamagedRecord[] = [];
  let cursor = await db.transaction("articles").store.openCursor();
  while (cursor) {
    const read = readRecord(cursor.value, cursor.primaryKey);
    if (!read.ok) out.push({ id: read.id, reason: read.reason, raw: read.raw });
    cursor = await cursor.continue();
  }
  return out;
}

/** Ids of the articles whose title or text holds `query`, ignoring case and diacritics. */
export async function searchText(db: CorpusDB, query: string): Promise<string[]> {
  const needle = foldQuery(query);
  if (!needle) return [];
  const ids: string[] = [];
  let cursor = await db.transaction("articles").store.openCursor();
  while (cursor) {
    // A damaged record (read-record.ts) may hold anything: it is not searched.
    const article = articleOrNull(cursor.value, cursor.primaryKey);
    if (article && foldQuery(`${article.title}\n${article.text}`).includes(needle)) ids.push(article.id);
    cursor = await cursor.continue();
  }
  return ids;
}
