import { analyse as realAnalyse } from "../analysis";
import type { AnalyseOptions, Analysis } from "../contract/analysis";
import type { StoredArticle } from "../contract/corpus";
import { ANALYSER_VERSION } from "./analyser-version";
import { type CorpusDB, toRecord } from "./db";
import { readRecord } from "./read-record";

export interface ReanalyseOptions {
  analyserVersion?: number;
  analyse?: (text: string, opts?: AnalyseOptions) => Analysis;
  /** A damaged record (read-record.ts) was skipped: told with its id and why. */
  onDamaged?: (id: string, reason: string) => void;
}

/**
 * A stored article read again by the current analyser, with the language it then carries. A
 * seed's language is known metadata; a saved page's was only ever the analyser's guess.
 */
export function freshAnalysis(
  article: StoredArticle,
  analyse: (text: string, opts?: AnalyseOptions) => Analysis,
): { analysis: Analysis; language: string } {
  const analysis = analyse(article.text, {
    ...(article.seed ? { language: article.language } : {}),
    ...(article.published ? { published: article.published } : {}),
  });
  return { analysis, language: article.seed ? article.language : analysis.language };
}

/** The analyser version every stored article has been brought up to. */
const CORPUS_ANALYSER_VERSION = "analyserVersion";

/**
 * Re-analyses every stored article (the user's and the seeds) that an older analyser read, so
 * cross-references never compare a fresh page with stale findings. Each article is rewritten on
 * its own, so a background stopped half-way simply carries on at the next start; once all are
 * current the corpus remembers it and later starts cost one read.
 */
export async function reanalyseStale(db: CorpusDB, opts: ReanalyseOptions = {}): Promise<string[]> {
  const version = opts.analyserVersion ?? ANALYSER_VERSION;
  const analyse = opts.analyse ?? realAnalyse;
  const done = await db.get("meta", CORPUS_ANALYSER_VERSION);
  if (done === version) return [];

  // The version is a hash, not a count: every other one, below or above, is stale.
  const stale = [
    ...(await db.getAllKeysFromIndex("articles", "analyserVersion", IDBKeyRange.upperBound(version, true))),
    ...(await db.getAllKeysFromIndex("articles", "analyserVersion", IDBKeyRange.lowerBound(version, true))),
  ];
  const updated: string[] = [];
  for (const id of stale) {
    const before = await db.get("articles", id);
    if (!before || before.analyserVersion === version) continue;
    const read = readRecord(before, id);
    // A damaged record is quarantined, not re-read: the others are still brought up to date.
    if (!read.ok) {
      opts.onDamaged?.(read.id, read.reason);
      continue;
    }
    const article = read.article;
    const { analysis, language } = freshAnalysis(article, analyse);
    const tx = db.transaction("articles", "readwrite");
    const current = await tx.store.get(id);
    // Skip what changed meanwhile (deleted, re-saved or re-seeded by a concurrent run).
    if (current && current.analyserVersion !== version && current.text === article.text) {
      await tx.store.put(toRecord({ ...article, language, analysis }, version));
      updated.push(id);
    }
    await tx.done;
  }
  await db.put("meta", version, CORPUS_ANALYSER_VERSION);
  return updated;
}
