import { analyse as realAnalyse } from "../analysis";
import type { AnalyseOptions, Analysis } from "../contract/analysis";
import type { StoredArticle } from "../contract/corpus";
import { ANALYSER_VERSION } from "./analyser-version";
import { type CorpusDB, toRecord } from "./db";
import type { CheckedImport } from "./export-format";
import { freshAnalysis } from "./reanalyse";
import { SEEDS } from "./seeds";
import { deletedSeedsIn, putDeletedSeedsIn } from "./store";
import { idForUrl, normaliseUrl } from "./url";

export interface ImportOptions {
  analyserVersion?: number;
  analyse?: (text: string, opts?: AnalyseOptions) => Analysis;
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Imported copies of a page whose stored copy is a seed: the seed stays. */
  kept: number;
  count: number;
}

const SEED_IDS: ReadonlySet<string> = new Set(SEEDS.map((s) => s.id));

/**
 * Merges checked articles into the corpus by normalised URL, in ONE transaction: a failure
 * anywhere aborts it and the corpus is as it was. Analyses from an older analyser are redone
 * first (outside the transaction, which would close while the analyser runs).
 */
export async function importArticles(
  db: CorpusDB,
  checked: CheckedImport,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const version = opts.analyserVersion ?? ANALYSER_VERSION;
  const analyse = opts.analyse ?? realAnalyse;
  const fresh: StoredArticle[] = checked.articles.map((a) => {
    const url = normaliseUrl(a.url);
    if (checked.analyserVersion === version) return { ...a, url };
    return { ...a, url, ...freshAnalysis(a, analyse) };
  });

  const result: ImportResult = { added: 0, updated: 0, kept: 0, count: 0 };
  const tx = db.transaction(["articles", "meta"], "readwrite");
  try {
    const store = tx.objectStore("articles");
    const meta = tx.objectStore("meta");
    const deleted = await deletedSeedsIn(meta);
    const undeleted = new Set<string>();
    for (const article of fresh) {
      const owner = await store.index("url").get(article.url);
      // As when saving: the seed shipped with the extension is the canonical copy of its page.
      if (owner?.seed && !article.seed) {
        result.kept++;
        continue;
      }
      let id = owner?.id ?? article.id;
      if (!owner && (await store.getKey(id)) !== undefined) id = idForUrl(article.url);
      const seed = article.seed === true && SEED_IDS.has(id);
      const { seed: _s, ...rest } = article;
      // Older analyses were redone above, so every record is current.
      await store.put(toRecord({ ...rest, id, ...(seed ? { seed: true } : {}) }, version));
      if (seed) undeleted.add(id);
      if (owner) result.updated++;
      else result.added++;
    }
    // A seed brought back by an import is no longer one the user deleted.
    if (deleted.some((id) => undeleted.has(id))) {
      await putDeletedSeedsIn(
        meta,
        deleted.filter((id) => !undeleted.has(id)),
      );
    }
    result.count = await store.count();
    await tx.done;
  } catch (e) {
    // Anything thrown mid-way leaves the transaction to abort: nothing of the file is kept.
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    await tx.done.catch(() => undefined);
    throw e;
  }
  return result;
}
