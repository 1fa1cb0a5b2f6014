import type { IDBPTransaction } from "idb";
import type { ArticleRecord, CorpusSchema } from "./db";
import { bandKeys, SAME_ARTICLE, signatureSimilarity } from "./fingerprint";
import { normaliseUrl } from "./url";

// Which stored articles a page IS: the one stored under its address, and those whose text is a
// near-duplicate of the page's (the same dispatch on another outlet, the seed opened on its
// outlet, a saved page whose address changed). Found through the url and bands indexes; only a
// handful of records is read, however large the corpus.

/** Keys read per band at most: a band shared by this many articles says nothing. */
const KEYS_PER_BAND = 50;
/** Records read to confirm a text match at most (those sharing the most bands first). */
const CONFIRM_LIMIT = 8;

export interface SameArticle {
  record: ArticleRecord;
  /** Estimated shingle similarity to the page's text; 1 for the address match. */
  similarity: number;
  by: "url" | "text";
}

/** The stored articles that are this page, best first (the address match, then by similarity). */
export async function findSameArticles<M extends IDBTransactionMode>(
  tx: IDBPTransaction<CorpusSchema, ["articles"], M>,
  url: string,
  signature: readonly number[],
): Promise<SameArticle[]> {
  const bands = bandKeys(signature);
  const index = tx.store.index("bands");
  const [own, ...byBand] = await Promise.all([
    tx.store.index("url").get(normaliseUrl(url)),
    ...bands.map((b) => index.getAllKeys(b, KEYS_PER_BAND)),
  ]);
  const hits = new Map<string, number>();
  for (const keys of byBand) for (const k of keys) if (k !== own?.id) hits.set(k, (hits.get(k) ?? 0) + 1);
  const best = [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CONFIRM_LIMIT)
    .map(([k]) => k);
  const records = await Promise.all(best.map((k) => tx.store.get(k)));
  const byText: SameArticle[] = [];
  for (const record of records) {
    if (!record) continue;
    const similarity = signatureSimilarity(signature, record.signature ?? []);
    if (similarity >= SAME_ARTICLE) byText.push({ record, similarity, by: "text" });
  }
  byText.sort((a, b) => b.similarity - a.similarity);
  return own ? [{ record: own, similarity: 1, by: "url" }, ...byText] : byText;
}
