import type { Analysis } from "../contract/analysis";
import type { ArticleSummary, ArticleVersion, StoredArticle } from "../contract/corpus";
import { checkArticle } from "../contract/validate";
import { ANALYSER_VERSION } from "./analyser-version";
import { textChanged } from "./article-changes";
import { type ArticleRecord, type CorpusDB, toRecord } from "./db";
import { textSignature } from "./fingerprint";
import { articleOrNull, readRecord } from "./read-record";
import { findSameArticles } from "./same-article";
import { byPublishedDesc, summarise } from "./summary";
import { idForUrl, normaliseUrl, outletOf } from "./url";

export interface SaveInput {
  url: string;
  title: string;
  text: string;
  analysis: Analysis;
  published?: string;
  outlet?: string;
  language?: string;
}

export interface SaveResult {
  id: string;
  created: boolean;
  count: number;
}

const DELETED_SEEDS = "deletedSeeds";

/**
 * Saves a page. A page that is already stored, under the same normalised URL or as a copy of
 * its text (same-article.ts: the seed opened on its outlet, the dispatch on another outlet), is
 * updated, never duplicated; the stored article keeps its id and address.
 */
export async function saveArticle(db: CorpusDB, input: SaveInput, now = new Date()): Promise<SaveResult> {
  const tx = db.transaction("articles", "readwrite");
  const [same] = await findSameArticles(tx, input.url, textSignature(input.text));
  const existing = same?.record;
  const url = existing?.url ?? normaliseUrl(input.url);
  let id: string;
  let created = false;
  if (existing?.seed) {
    // A seed is the canonical copy shipped with the extension (the Malay seed's URL is the
    // Vietnamese original's): saving that page again must not replace the seed's text.
    id = existing.id;
  } else {
    const published = input.published ?? input.analysis.published ?? existing?.published;
    // The page at the stored address now reads differently: the stored copy becomes an earlier
    // version (never overwritten), the page the newest. A copy on another outlet is not a version.
    const stored = existing ? articleOrNull(existing, existing.id) : null;
    const older = same?.by === "url" ? stored : null;
    const revised = older !== null && textChanged(older.text, input.text);
    const versions: ArticleVersion[] = [
      ...(stored?.versions ?? []),
      ...(revised
        ? [{ savedAt: older.savedAt, title: older.title, text: older.text, analysis: older.analysis }]
        : []),
    ];
    const article: StoredArticle = {
      id: existing?.id ?? idForUrl(url),
      url,
      title: input.title.trim() || url,
      outlet: existing?.outlet ?? input.outlet ?? outletOf(url),
      language: input.language ?? input.analysis.language,
      savedAt: revised ? now.toISOString() : (existing?.savedAt ?? now.toISOString()),
      text: input.text,
      analysis: input.analysis,
      ...(published ? { published } : {}),
      ...(versions.length > 0 ? { versions } : {}),
    };
    // The same rule as an import's (validate-article.ts): what is saved can be exported and
    // imported again, whatever its title holds. A failure here throws before anything is written.
    await tx.store.put(toRecord(checkArticle(article), ANALYSER_VERSION));
    id = article.id;
    created = !existing;
  }
  const count = await tx.store.count();
  await tx.done;
  return { id, created, count };
}

/** The stored article; null when there is none or its record is damaged (see read-record.ts). */
export async function getArticle(db: CorpusDB, id: string): Promise<StoredArticle | null> {
  const record = await db.get("articles", id);
  return record ? articleOrNull(record, id) : null;
}

/** The record exactly as stored (with its indexing fields), for an undo; null if absent or damaged. */
export async function getRecord(db: CorpusDB, id: string): Promise<ArticleRecord | null> {
  const record = await db.get("articles", id);
  if (!record) return null;
  const read = readRecord(record, id);
  return read.ok ? read.record : null;
}

export async function findByUrl(db: CorpusDB, url: string): Promise<StoredArticle | null> {
  const record = await db.getFromIndex("articles", "url", normaliseUrl(url));
  return record ? articleOrNull(record, record.id) : null;
}

/**
 * A stored page opened again: when its text changed, the page becomes the newest copy and the
 * stored one an earlier version (saveArticle). Seeds, unknown addresses and unchanged texts are
 * left alone; callers pass only pages that loaded (never an error page). True when it wrote.
 */
export async function keepRevision(db: CorpusDB, input: SaveInput, now = new Date()): Promise<boolean> {
  if (input.text.trim() === "" || !(await isStoredUrl(db, input.url))) return false;
  const stored = await findByUrl(db, input.url);
  if (!stored || stored.seed || !textChanged(stored.text, input.text)) return false;
  await saveArticle(db, input, now);
  return true;
}

/** The stored copy at this address, briefly (the popup on a page that is gone). */
export async function storedCopyAt(
  db: CorpusDB,
  url: string,
): Promise<{ id: string; title: string; savedAt: string } | null> {
  const stored = await findByUrl(db, url);
  return stored ? { id: stored.id, title: stored.title, savedAt: stored.savedAt } : null;
}

/** Whether an article is stored under this address (one index key read, no record). */
export async function isStoredUrl(db: CorpusDB, url: string): Promise<boolean> {
  return (await db.getKeyFromIndex("articles", "url", normaliseUrl(url))) !== undefined;
}

export async function listSummaries(db: CorpusDB): Promise<ArticleSummary[]> {
  const summaries: ArticleSummary[] = [];
  // A cursor rather than getAll: only one full article (with its text) is held at a time.
  let cursor = await db.transaction("articles").store.openCursor();
  while (cursor) {
    const article = articleOrNull(cursor.value, cursor.primaryKey);
    if (article) summaries.push(summarise(article));
    cursor = await cursor.continue();
  }
  return summaries.sort(byPublishedDesc);
}

/**
 * Puts a deleted article back exactly as it was stored (same id, analysis, analyser version,
 * seed or not): the undo of a delete. Not an import: no merging by address, no re-analysis. The
 * record is checked by the one rule first; a seed comes off the list of seeds the user deleted.
 */
export async function restoreRecord(
  db: CorpusDB,
  record: ArticleRecord,
): Promise<{ id: string; count: number }> {
  const read = readRecord(record, record.id);
  if (!read.ok) throw new Error(`The article cannot be restored: ${read.reason}.`);
  const kept = toRecord(read.article, read.record.analyserVersion);
  const tx = db.transaction(["articles", "meta"], "readwrite");
  const articles = tx.objectStore("articles");
  // Another article saved at the same address meanwhile owns it now (the url index is unique).
  const owner = await articles.index("url").getKey(kept.url);
  if (owner !== undefined && owner !== kept.id) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error("The article cannot be restored: another stored article now has its address.");
  }
  await articles.put(kept);
  if (kept.seed) {
    const meta = tx.objectStore("meta");
    const deleted = await deletedSeedsIn(meta);
    if (deleted.includes(kept.id))
      await putDeletedSeedsIn(
        meta,
        deleted.filter((d) => d !== kept.id),
      );
  }
  const count = await articles.count();
  await tx.done;
  return { id: kept.id, count };
}

export async function deleteArticle(db: CorpusDB, id: string): Promise<{ deleted: boolean; count: number }> {
  const tx = db.transaction(["articles", "meta"], "readwrite");
  const articles = tx.objectStore("articles");
  const existing = await articles.get(id);
  if (existing) {
    await articles.delete(id);
    // Remember a seed the user deleted, or the next start would bring it back.
    if (existing.seed) {
      const meta = tx.objectStore("meta");
      const deleted = await deletedSeedsIn(meta);
      if (!deleted.includes(id)) await meta.put([...deleted, id], DELETED_SEEDS);
    }
  }
  const count = await articles.count();
  await tx.done;
  return { deleted: Boolean(existing), count };
}

export async function deletedSeeds(db: CorpusDB): Promise<string[]> {
  return parseDeletedSeeds(await db.get("meta", DELETED_SEEDS));
}

/** The deleted seeds as read inside a transaction that holds the meta store. */
export async function deletedSeedsIn(meta: { get(key: string): Promise<unknown> }): Promise<string[]> {
  return parseDeletedSeeds(await meta.get(DELETED_SEEDS));
}

/** Replaces the deleted seeds inside a transaction that holds the meta store (import). */
export async function putDeletedSeedsIn(
  meta: { put(value: unknown, key: string): Promise<unknown> },
  ids: readonly string[],
): Promise<void> {
  await meta.put([...ids], DELETED_SEEDS);
}

export async function clearDeletedSeeds(db: CorpusDB): Promise<void> {
  await db.delete("meta", DELETED_SEEDS);
}

function parseDeletedSeeds(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

export function countArticles(db: CorpusDB): Promise<number> {
  return db.count("articles");
}

/** How many stored articles name each actor (not how often), counted on the actorIds index (no scan). */
export async function actorArticleCounts(db: CorpusDB, ids: string[]): Promise<Record<string, number>> {
  const index = db.transaction("articles").store.index("actorIds");
  const unique = [...new Set(ids)];
  const counts = await Promise.all(unique.map((id) => index.count(id)));
  return Object.fromEntries(unique.map((id, i) => [id, counts[i] ?? 0]));
}
