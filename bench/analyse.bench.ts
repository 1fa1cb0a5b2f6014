import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import nlp from "compromise";
import { analyse } from "../src/analysis";
import { compare, consumed, formatBytes, formatMs } from "./timing";

// `npm run bench`: analyse() against the naive approach (compromise's own entity finders)
// and against a floor (one normalising pass over the text), on the seeds and a long article.

const NAIVE_TARGET = 10; // analyse() at least this many times faster than compromise
const FLOOR_TARGET = 30; // and at most this many times slower than the floor

const SEEDS = join(import.meta.dirname, "../assets/seeds");
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: basename(f, ".txt"), text: readFileSync(join(SEEDS, f), "utf8") }));
const long = Array.from({ length: 10 }, () => seeds.map((s) => s.text).join("\n\n")).join("\n\n");
const texts = [...seeds, { name: "long (seeds ×10)", text: long }];

const heapAtStart = process.memoryUsage().heapUsed;
const cold = performance.now();
analyse(seeds[0]!.text);
const coldMs = performance.now() - cold;

const naive = (text: string) => {
  const doc = nlp(text);
  return [doc.people(), doc.organizations(), doc.places()];
};
const floor = (text: string) => text.normalize("NFD").toLowerCase();

interface Row {
  name: string;
  chars: number;
  analyse: number;
  naive: number;
  floor: number;
  heap: number;
}

const rows: Row[] = [];
for (const { name, text } of texts) {
  const medians = compare({
    analyse: () => analyse(text),
    naive: () => naive(text),
    floor: () => floor(text),
  });
  rows.push({ name, chars: text.length, ...medians, heap: process.memoryUsage().heapUsed });
}
consumed();

const ratio = (x: number) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
const table = rows.map((r): Record<string, string> => {
  const speedup = r.naive / r.analyse;
  const overFloor = r.analyse / r.floor;
  return {
    text: r.name,
    chars: String(r.chars),
    "analyse()": formatMs(r.analyse),
    "compromise naive": formatMs(r.naive),
    "NFD+lower floor": formatMs(r.floor),
    [`naive/analyse (≥${NAIVE_TARGET}×)`]: `${ratio(speedup)} ${speedup >= NAIVE_TARGET ? "met" : "MISSED"}`,
    [`analyse/floor (≤${FLOOR_TARGET}×)`]: `${ratio(overFloor)} ${overFloor <= FLOOR_TARGET ? "met" : "MISSED"}`,
    "heap used": formatBytes(r.heap),
  };
});

const headers = Object.keys(table[0]!);
const widths = headers.map((h) => Math.max(h.length, ...table.map((r) => r[h]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(`Node ${process.version}; medians per call after warm-up\n`);
console.log(line(headers));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of table) console.log(line(headers.map((h) => r[h]!)));
console.log(`\nfirst analyse() call (cold, builds the lexicon index): ${formatMs(coldMs)}`);
console.log(
  `heap used: ${formatBytes(heapAtStart)} after loading modules, ${formatBytes(process.memoryUsage().heapUsed)} at the end`,
);
const allMet = rows.every((r) => r.naive / r.analyse >= NAIVE_TARGET && r.analyse / r.floor <= FLOOR_TARGET);
console.log(allMet ? "All targets met." : "Some targets missed (see MISSED above).");
