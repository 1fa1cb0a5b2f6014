import type { Analysis } from "../contract/analysis";
import type { StoredArticle } from "../contract/corpus";
import type { ArticleRecord, CorpusDB } from "./db";
import { articleOrNull } from "./read-record";
import { findSameArticles } from "./same-article";

/**
 * How many stored articles are read in full for a cross-reference, at most: twice the
 * 20 the popup lists. The weighted id overlap that picks them ranks close to the similarity
 * computed on them, and reading records in full is what a large corpus pays for (200 took
 * about 180 ms at 10,000 articles in Chromium's IndexedDB).
 */
export const CANDIDATE_LIMIT = 40;

/**
 * Keys read per id, at most. An id on more articles than this ("vietnam", "dprk", "health")
 * would weigh about 0.14 against a rare id's 0.3 or more, and reading all its keys is what
 * grows with the corpus (about 400 ms for 10,000 articles in Chromium's IndexedDB, still 150 ms
 * with 1,000 keys per id): such ids only fill the candidate list up when the rarer ones leave room.
 */
export const COMMON_ID_KEYS = 150;

/**
 * The stored articles worth comparing with the page, found through the actorIds and areaIds
 * indexes (keys only) instead of a scan: those sharing the most actor and area ids come first,
 * and only the best `limit` are read in full. The stored articles that are the page itself (its
 * address, or a near-duplicate text: same-article.ts) are always included and named in `same`,
 * so the caller can say the page is stored and compare it with the others only.
 */
export async function findCandidates(
  db: CorpusDB,
  page: { url: string; analysis: Analysis; signature?: readonly number[] },
  limit = CANDIDATE_LIMIT,
): Promise<Candidates> {
  const tx = db.transaction("articles");
  const actorIndex = tx.store.index("actorIds");
  const areaIndex = tx.store.index("areaIds");
  const actorIds = [...new Set(page.analysis.actors.map((a) => a.id))];
  const areaIds = [...new Set(page.analysis.areas)];
  const [byActor, byArea, same] = await Promise.all([
    Promise.all(actorIds.map((id) => actorIndex.getAllKeys(id, COMMON_ID_KEYS + 1))),
    Promise.all(areaIds.map((id) => areaIndex.getAllKeys(id, COMMON_ID_KEYS + 1))),
    findSameArticles(tx, page.url, page.signature ?? []),
  ]);
  const sameIds = same.map((s) => s.record.id);

  // Rarer ids say more about a match than "vietnam" or "dprk", which nearly every article has.
  const lists = [...byActor, ...byArea];
  const hits = new Map<string, number>();
  for (const keys of lists) {
    if (keys.length > COMMON_ID_KEYS) continue;
    const weight = 1 / Math.log2(2 + keys.length);
    for (const key of keys) hits.set(key, (hits.get(key) ?? 0) + weight);
  }
  const best = [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key]) => key);
  const chosen = new Set(best);
  for (const keys of lists) {
    if (keys.length <= COMMON_ID_KEYS) continue;
    for (const key of keys) {
      if (best.length >= limit) break;
      if (!chosen.has(key)) {
        chosen.add(key);
        best.push(key);
      }
    }
  }
  const others = best.filter((k) => !sameIds.includes(k));
  const records = await Promise.all(others.map((key) => tx.store.get(key)));
  await tx.done;
  // A damaged record (read-record.ts) is no candidate: the rest still cross-reference.
  const articles: StoredArticle[] = [];
  const signatures = new Map<string, number[]>();
  const keep = (record: ArticleRecord | undefined, key: string) => {
    const article = record === undefined ? null : articleOrNull(record, key);
    if (!article || !record) return;
    articles.push(article);
    signatures.set(article.id, record.signature ?? []);
  };
  for (const s of same) keep(s.record, s.record.id);
  for (const [i, r] of records.entries()) keep(r, others[i]!);
  return { articles, same: sameIds.filter((id) => signatures.has(id)), signatures };
}

export interface Candidates {
  /** The stored articles worth comparing, the page's own stored copies first. */
  articles: StoredArticle[];
  /** Ids of the stored articles that are this page (address first, then by text similarity). */
  same: string[];
  /** Each candidate's text fingerprint, to group copies of one story across outlets. */
  signatures: Map<string, number[]>;
}
