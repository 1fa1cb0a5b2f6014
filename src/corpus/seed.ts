import { analyse as realAnalyse } from "../analysis";
import type { AnalyseOptions, Analysis } from "../analysis/types";
import { ANALYSER_VERSION } from "./analyser-version";
import { type CorpusDB, toRecord } from "./db";
import { SEEDS, type SeedDefinition } from "./seeds";
import { deletedSeeds } from "./store";
import type { StoredArticle } from "./types";
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
 * analyser is re-analysed in place (same id, same savedAt); a seed the user deleted stays deleted.
 */
export async function seedCorpus(db: CorpusDB, opts: SeedOptions = {}): Promise<SeedResult> {
  const seeds = opts.seeds ?? SEEDS;
  const version = opts.analyserVersion ?? ANALYSER_VERSION;
  const analyse = opts.analyse ?? realAnalyse;
  const skip = new Set(await deletedSeeds(db));

  // Analysing is synchronous but slow-ish, so decide what is needed first, analyse outside any
  // transaction (an IDB transaction closes when it waits on anything but IDB), then write.
  const existing = await Promise.all(seeds.map((s) => db.get("articles", s.id)));
  const todo = seeds.filter((seed, i) => {
    if (skip.has(seed.id)) return false;
    const record = existing[i];
    return !record || record.analyserVersion < version || record.text !== seed.text;
  });
  if (todo.length === 0) return { added: [], updated: [] };

  const fresh = todo.map((seed) => ({
    seed,
    analysis: analyse(seed.text, { language: seed.language, published: seed.published }),
  }));

  const result: SeedResult = { added: [], updated: [] };
  const tx = db.transaction("articles", "readwrite");
  for (const { seed, analysis } of fresh) {
    // Re-read inside the write transaction: a concurrent run (install and startup events
    // racing) may have written meanwhile.
    const current = await tx.store.get(seed.id);
    if (current && current.analyserVersion >= version && current.text === seed.text) continue;
    const url = normaliseUrl(seed.url);
    const owner = await tx.store.index("url").getKey(url);
    // Never overwrite a user's own article that happens to hold the seed's URL.
    if (owner !== undefined && owner !== seed.id) continue;
    const article: StoredArticle = {
      id: seed.id,
      url,
      title: seed.title,
      outlet: seed.outlet,
      language: seed.language,
      published: seed.published,
      savedAt: current?.savedAt ?? (opts.now ?? new Date()).toISOString(),
      seed: true,
      text: seed.text,
      analysis,
    };
    await tx.store.put(toRecord(article, version));
    (current ? result.updated : result.added).push(seed.id);
  }
  await tx.done;
  return result;
}
