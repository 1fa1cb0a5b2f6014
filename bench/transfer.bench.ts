import "fake-indexeddb/auto";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyse } from "../src/analysis";
import type { StoredArticle } from "../src/contract/corpus";
import { ANALYSER_VERSION } from "../src/corpus/analyser-version";
import { type CorpusDB, openCorpus, toRecord } from "../src/corpus/db";
import { exportChunks } from "../src/corpus/export-stream";
import {
  checkImportStream,
  IMPORT_SLICE,
  type ImportSource,
  importSlices,
} from "../src/corpus/import-stream";
import { newestFirst, toLibraryArticle } from "../src/corpus/library-queries";
import { readSlices } from "../src/corpus/read-batches";
import { formatBytes, formatMs } from "./timing";

// `npm run bench` (Node part): the library and the transfers at 1,000 / 10,000 / 20,000 articles
// of real size (copies of the seeds, about 13.5 kB each with their analyses), on fake-indexeddb
// (in memory; the browsers' on-disk IndexedDB is slower per read: the e2e library suite logs the
// browsers' own figures for 20,000). "Peak memory" is the most the live heap and array buffers
// grew above what they held before the step (the in-memory database itself is in that baseline),
// read after a full GC at every slice: bounded by a slice when the step streams, as it must, not
// by the corpus. The library's list of everything-but-texts is kept by design, so it grows.

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const SEEDS = join(import.meta.dirname, "../assets/seeds");
const TEXTS = ["000_600e93926c99760f", "002_e8120e5def90eb2b"].map((f) =>
  readFileSync(join(SEEDS, `${f}.txt`), "utf8"),
);
const ANALYSES = TEXTS.map((t) => analyse(t));

function article(i: number): StoredArticle {
  const k = i % 2;
  return {
    id: `url-bench-${String(i).padStart(6, "0")}`,
    url: `https://vov.vn/kho/${i}.vov`,
    title: `Bài ${i}`,
    outlet: "vov.vn",
    language: ANALYSES[k]!.language,
    published: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    savedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
    text: TEXTS[k]!,
    analysis: ANALYSES[k]!,
  };
}

async function fillTo(db: CorpusDB, from: number, to: number) {
  for (let start = from; start < to; start += 1000) {
    const tx = db.transaction("articles", "readwrite");
    for (let i = start; i < Math.min(to, start + 1000); i++)
      void tx.store.put(toRecord(article(i), ANALYSER_VERSION));
    await tx.done;
  }
}

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * Runs `step`, which calls `sample` once per slice: there a full GC runs and what is still alive
 * is recorded, so the peak is what the step holds (garbage not yet collected does not count).
 * The time excludes those GCs.
 */
async function measure(step: (sample: () => void) => Promise<void>): Promise<{ ms: number; peak: number }> {
  gc();
  gc();
  const base = used();
  let peak = 0;
  let inGc = 0;
  const sample = () => {
    const t = performance.now();
    gc();
    peak = Math.max(peak, used() - base);
    inGc += performance.now() - t;
  };
  const t0 = performance.now();
  await step(sample);
  const ms = performance.now() - t0 - inGc;
  sample();
  return { ms, peak };
}

function fileSource(path: string): ImportSource {
  return {
    size: statSync(path).size,
    stream: () =>
      Readable.toWeb(createReadStream(path, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>,
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "diplomark-bench-"));
  const db = await openCorpus(`bench-transfer-${Date.now()}`);
  const rows: string[][] = [["articles", "step", "time", "peak memory", "notes"]];
  let have = 0;
  try {
    for (const size of [1_000, 10_000, 20_000]) {
      await fillTo(db, have, size);
      have = size;
      const first = await measure(async (s) => {
        const page = await newestFirst(db, 200);
        s();
        if (page.length !== 200) throw new Error("first screen short");
      });
      rows.push([
        String(size),
        "library first screen (200 rows)",
        formatMs(first.ms),
        formatBytes(first.peak),
        "",
      ]);
      let listed = 0;
      const library = await measure(async (s) => {
        const all = [];
        for await (const slice of readSlices(db)) {
          for (const a of slice.articles) all.push(toLibraryArticle(a));
          s();
        }
        listed = all.length;
      });
      rows.push([
        String(size),
        "library, everything but texts",
        formatMs(library.ms),
        formatBytes(library.peak),
        `${listed} listed (kept: the list itself)`,
      ]);
      const file = join(dir, `export-${size}.jsonl`);
      const exp = await measure(async (s) => {
        const out = createWriteStream(file);
        for await (const chunk of exportChunks(db, "corpus")) {
          if (!out.write(chunk.text)) await new Promise<void>((r) => out.once("drain", () => r()));
          s();
        }
        await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
      });
      rows.push([
        String(size),
        "export (JSON Lines, streamed)",
        formatMs(exp.ms),
        formatBytes(exp.peak),
        formatBytes(statSync(file).size),
      ]);
      const check = await measure(async (s) => {
        const r = await checkImportStream(fileSource(file), { onProgress: s });
        if (!r.ok || r.count !== size) throw new Error(`check failed: ${JSON.stringify(r)}`);
      });
      rows.push([
        String(size),
        "import, pass 1: check the whole file",
        formatMs(check.ms),
        formatBytes(check.peak),
        "",
      ]);
      const slices = await measure(async (s) => {
        for await (const _slice of importSlices(fileSource(file), IMPORT_SLICE, { onProgress: s })) s();
      });
      rows.push([
        String(size),
        "import, pass 2: the file read by slices",
        formatMs(slices.ms),
        formatBytes(slices.peak),
        "",
      ]);
      const fresh = await openCorpus(`bench-import-${size}-${Date.now()}`);
      // What importArticles does per slice, without its merge by address (import.ts imports the
      // seeds as Vite `?raw` modules, which tsx cannot load): one transaction per slice.
      const write = await measure(async () => {
        for await (const slice of importSlices(fileSource(file), IMPORT_SLICE)) {
          const tx = fresh.transaction("articles", "readwrite");
          for (const a of slice.articles) void tx.store.put(toRecord(a, ANALYSER_VERSION));
          await tx.done;
        }
      });
      const count = await fresh.count("articles");
      fresh.close();
      indexedDB.deleteDatabase(fresh.name);
      rows.push([
        String(size),
        "import, pass 2 written (a transaction per slice)",
        formatMs(write.ms),
        "—",
        `${count} stored (memory: the new in-memory database)`,
      ]);
      rmSync(file, { force: true });
    }
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(
    "\nLibrary and transfers at scale (Node, fake-indexeddb in memory; articles of real size; memory: peak growth during the step)\n",
  );
  for (const [i, r] of rows.entries()) {
    console.log(
      r.map((c, j) => (j <= 1 || j === 4 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join("  "),
    );
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

await main();
