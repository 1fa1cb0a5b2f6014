import { analyse as realAnalyse } from "../analysis";
import type { AnalyseOptions, Analysis } from "../contract/analysis";
import type { StoredArticle } from "../contract/corpus";
import { ANALYSER_VERSION } from "./analyser-version";
import { type ArticleRecord, type CorpusDB, toRecord } from "./db";
import { SEEDS, type SeedDefinition } from "./seeds";
import { clearDeletedSeeds, deletedSeeds, deletedSeedsIn } from "./store";
import { normaliseUrl } from "./url";

export interface SeedOptions {
  seeds?: readonly SeedDefinition[];
  analyserVersion?: number;
  analyse?: (text: string, opts?: AnalyseOptions) => Analysis;
  now?: Date;
}

export interface SeedResult {
  added: string[];
  updated: string[];
}

/**
 * Puts the seed articles in the corpus. Safe to run any number of times, concurrently, after
 * a restart or an update: a present, current seed is left alone; a seed analysed by an older
 * analyser (or shipped with other text or metadata) is rewritten in place (same id, same
 * savedAt); a seed the user deleted stays deleted.
 */
export async function seedCorpus(db: CorpusDB, opts: SeedOptions = {}): Promise<SeedResult> {
  const seeds = opts.seeds ?? SEEDS;
  const version = opts.analyserVersion ?? ANALYSER_VERSION;
  const analyse = opts.analyse ?? realAnalyse;
  const skip = new Set(await deletedSeeds(db));

  // Analysing is synchronous but slow-ish, so decide what is needed first, analyse outside any
  // transaction (an IDB transaction closes when it waits on anything but IDB), then write.
  const existing = await Promise.all(seeds.map((s) => db.get("articles", s.id)));
  const todo = seeds.filter((seed, i) => !skip.has(seed.id) && !isCurrent(existing[i], seed, version));
  if (todo.length === 0) return { added: [], updated: [] };

  const fresh = todo.map((seed) => ({
    seed,
    analysis: analyse(seed.text, { language: seed.language, published: seed.published }),
  }));

  const result: SeedResult = { added: [], updated: [] };
  const tx = db.transaction(["articles", "meta"], "readwrite");
  const store = tx.objectStore("articles");
  const stillDeleted = new Set(await deletedSeedsIn(tx.objectStore("meta")));
  for (const { seed, analysis } of fresh) {
    // Re-read inside the write transaction: a concurrent run (install and startup events
    // racing) or a delete may have happened meanwhile.
    const current = await store.get(seed.id);
    if (stillDeleted.has(seed.id) || isCurrent(current, seed, version)) continue;
    const url = normaliseUrl(seed.url);
    const owner = await store.index("url").getKey(url);
    // Never overwrite a user's own article that happens to hold the seed's URL.
    if (owner !== undefined && owner !== seed.id) continue;
    const article: StoredArticle = {
      id: seed.id,
      url,
      title: seed.title,
      outlet: seed.outlet,
      publisher: seed.publisher,
      language: seed.language,
      published: seed.published,
      savedAt: current?.savedAt ?? (opts.now ?? new Date()).toISOString(),
      seed: true,
      text: seed.text,
      analysis,
    };
    await store.put(toRecord(article, version));
    (current ? result.updated : result.added).push(seed.id);
  }
  await tx.done;
  return result;
}

/** Brings back seeds the user deleted (the library's "restore seeds"). */
export async function restoreSeeds(db: CorpusDB, opts: SeedOptions = {}): Promise<SeedResult> {
  await clearDeletedSeeds(db);
  return seedCorpus(db, opts);
}

function isCurrent(record: ArticleRecord | undefined, seed: SeedDefinition, version: number): boolean {
  return (
    record !== undefined &&
    record.analyserVersion === version &&
    record.text === seed.text &&
    record.title === seed.title &&
    record.url === normaliseUrl(seed.url) &&
    record.publisher === seed.publisher &&
    record.published === seed.published &&
    record.language === seed.language
  );
}
