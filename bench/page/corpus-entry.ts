import type { Analysis } from "../../src/contract/analysis";
import { openCorpus } from "../../src/corpus/db";
import { backgroundFor, crossReferenceRequest, fill } from "../synthetic-corpus";

// Bundled into a plain page: the corpus code on the browser's real IndexedDB.

async function scale(template: Analysis, page: Analysis, sizes: number[], runs: number) {
  const db = await openCorpus(`bench-${Date.now()}`);
  const out: Record<number, number> = {};
  let have = 0;
  for (const size of sizes) {
    await fill(db, have, size, template);
    have = size;
    const background = backgroundFor(db);
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      await crossReferenceRequest(background, page);
      times.push(performance.now() - t0);
    }
    out[size] = times.sort((a, b) => a - b)[times.length >> 1]!;
  }
  db.close();
  return out;
}

(window as unknown as { __corpus: unknown }).__corpus = { scale };
