import type { AnalyseOptions, Analysis } from "../contract/analysis";
import type { CorpusDB } from "./db";
import { reanalyseStale } from "./reanalyse";
import { type SeedResult, seedCorpus } from "./seed";
import type { SeedDefinition } from "./seeds";

export interface PrepareOptions {
  seeds?: readonly SeedDefinition[];
  analyserVersion?: number;
  analyse?: (text: string, opts?: AnalyseOptions) => Analysis;
  now?: Date;
}

export interface PrepareResult extends SeedResult {
  reanalysed: string[];
  /** Damaged records the re-analysis skipped (read-record.ts): id and why. */
  damaged: { id: string; reason: string }[];
}

/** Everything the corpus needs before it answers: seeds present, analyses current. Idempotent. */
export async function prepareCorpus(db: CorpusDB, opts: PrepareOptions = {}): Promise<PrepareResult> {
  const seeded = await seedCorpus(db, opts);
  const damaged: PrepareResult["damaged"] = [];
  const reanalysed = await reanalyseStale(db, {
    ...opts,
    onDamaged: (id, reason) => damaged.push({ id, reason }),
  });
  return { ...seeded, reanalysed, damaged };
}
