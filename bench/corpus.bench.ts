import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyse } from "../src/analysis";
import { openCorpus } from "../src/corpus/db";
import { backgroundFor, crossReferenceRequest, fill } from "./synthetic-corpus";
import { formatBytes, formatMs } from "./timing";

// `npm run bench` (Node part): the background's work at scale, in Node with fake-indexeddb
// (an in-memory IndexedDB; the browser's on-disk one is slower per read, the growth is what
// is measured here): cross-reference against 10 to 10,000 stored articles, background memory
// over 1,000 analyses, and how the analyser's time grows with its input. The background's
// handlers are called as dispatch.ts calls them (its module graph imports the seeds as raw
// text, which only the extension's bundler resolves).

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const SEEDS = join(import.meta.dirname, "../assets/seeds");
const EN = readFileSync(join(SEEDS, "000_600e93926c99760f.txt"), "utf8");
const MS = readFileSync(join(SEEDS, "002_e8120e5def90eb2b.txt"), "utf8");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

// ---------- corpus scale ----------

async function corpusScale() {
  const template = analyse(EN);
  const page = analyse(MS);
  const db = await openCorpus(`bench-${Date.now()}`);
  const rows: string[][] = [["stored articles", "cross-reference (median of 15)", "per article"]];
  let have = 0;
  for (const size of [10, 1_000, 10_000]) {
    await fill(db, have, size, template);
    have = size;
    const background = backgroundFor(db);
    const times: number[] = [];
    for (let r = 0; r < 15; r++) {
      const t0 = performance.now();
      await crossReferenceRequest(background, page);
      times.push(performance.now() - t0);
    }
    const m = median(times);
    rows.push([String(size), formatMs(m), formatMs(m / size)]);
  }
  db.close();
  return rows;
}

// ---------- background memory ----------

async function backgroundMemory() {
  const texts = [EN, MS];
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const at: Record<number, number> = { 0: heap() };
  for (let i = 1; i <= 2000; i++) {
    // Every text differs, as pages do.
    const text = `${texts[i % 2]!}\n\nUpdate ${i}: ${"Tô Lâm ".repeat(i % 7)}`;
    // The background's analyse handler is analyse() and a badge; results go back to the page.
    analyse(text);
    if (i % 500 === 0 || i === 100) at[i] = heap();
  }
  return at;
}

// ---------- analyser growth ----------

function growth() {
  const inputs: Record<string, (n: number) => string> = {
    "articles (seeds repeated)": (n) => (EN + MS).repeat(Math.ceil(n / (EN.length + MS.length))).slice(0, n),
    "full stops and brackets": (n) => ".)(;“”!?".repeat(n / 8),
    "one word, no spaces": (n) => "a".repeat(n),
    "names only": (n) => "Kim Jong Un Tô Lâm ".repeat(n / 19),
  };
  const rows: string[][] = [["input", "n = 250k chars", "4n = 1M chars", "ratio (4 = linear)"]];
  for (const [name, make] of Object.entries(inputs)) {
    const time = (n: number) => {
      const text = make(n);
      analyse(text);
      const xs: number[] = [];
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now();
        analyse(text);
        xs.push(performance.now() - t0);
      }
      return median(xs);
    };
    const a = time(250_000);
    const b = time(1_000_000);
    rows.push([name, formatMs(a), formatMs(b), (b / a).toFixed(1)]);
  }
  return rows;
}

function print(title: string, rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`\n${title}\n`);
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

if (!process.argv.includes("--memory-only"))
  print(
    "Cross-reference as the background's handler makes it (Node, fake-indexeddb in memory; target < 50 ms at 10,000)",
    await corpusScale(),
  );
const mem = await backgroundMemory();
print("Background heap after analysing N articles (Node, after GC; no growth between 500 and 1,000)", [
  ["articles analysed", "heap used"],
  ...Object.entries(mem).map(([k, v]) => [k, formatBytes(v)]),
  ["growth 500 → 1,000", `${((mem[1000]! - mem[500]!) / 1024).toFixed(0)} kB`],
  ["growth 1,000 → 2,000", `${((mem[2000]! - mem[1000]!) / 1024).toFixed(0)} kB`],
]);
if (!process.argv.includes("--memory-only")) print("How analyse() time grows with input size", growth());
