import type { Analysis } from "../analysis/types";
import { ANALYSER_VERSION } from "./analyser-version";
import { type CorpusDB, fromRecord, toRecord } from "./db";
import { textSignature } from "./fingerprint";
import { findSameArticles } from "./same-article";
import { byPublishedDesc, summarise } from "./summary";
import type { ArticleSummary, StoredArticle } from "./types";
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
    const article: StoredArticle = {
      id: existing?.id ?? idForUrl(url),
      url,
      title: input.title.trim() || url,
      outlet: existing?.outlet ?? input.outlet ?? outletOf(url),
      language: input.language ?? input.analysis.language,
      savedAt: existing?.savedAt ?? now.toISOString(),
      text: input.text,
      analysis: input.analysis,
      ...(published ? { published } : {}),
    };
    await tx.store.put(toRecord(article, ANALYSER_VERSION));
    id = article.id;
    created = !existing;
  }
  const count = await tx.store.count();
  await tx.done;
  return { id, created, count };
}

export async function getArticle(db: CorpusDB, id: string): Promise<StoredArticle | null> {
  const record = await db.get("articles", id);
  return record ? fromRecord(record) : null;
}

export async function findByUrl(db: CorpusDB, url: string): Promise<StoredArticle | null> {
  const record = await db.getFromIndex("articles", "url", normaliseUrl(url));
  return record ? fromRecord(record) : null;
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
    summaries.push(summarise(fromRecord(cursor.value)));
    cursor = await cursor.continue();
  }
  return summaries.sort(byPublishedDesc);
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

/** How many stored articles mention each actor, counted on the actorIds index (no scan). */
export async function actorMentionCounts(db: CorpusDB, ids: string[]): Promise<Record<string, number>> {
  const index = db.transaction("articles").store.index("actorIds");
  const unique = [...new Set(ids)];
  const counts = await Promise.all(unique.map((id) => index.count(id)));
  return Object.fromEntries(unique.map((id, i) => [id, counts[i] ?? 0]));
}
