import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// `npm run bench`: the command-line analyser as a user runs it, whole process against whole
// process. One small file end to end (target < 200 ms), and 1,600 articles as JSON Lines in one
// process against a process that only runs compromise's people/organisations/places pass over
// the same articles (target ≥ 8× faster). Figures only: a busy machine slows every process alike,
// so the ratio says more than the milliseconds.

const ROOT = join(import.meta.dirname, "..");
const BUNDLE = join(ROOT, ".output/cli/analyze.mjs");
const tmp = mkdtempSync(join(tmpdir(), "diplomark-cli-bench-"));

execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "build/cli.ts")], {
  cwd: ROOT,
  stdio: "inherit",
});

const seeds = readdirSync(join(ROOT, "assets/seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(ROOT, "assets/seeds", f), "utf8"));
const paragraphs = seeds.flatMap((s) => s.split(/\n\s*\n/)).filter((p) => p.trim().length > 40);

// 1,600 articles of four to nine paragraphs, each a different mix of the seeds' paragraphs.
const lines: string[] = [];
for (let i = 0; i < 1600; i++) {
  const n = 4 + (i % 6);
  const body = Array.from({ length: n }, (_, k) => paragraphs[(i * 7 + k * 13) % paragraphs.length]).join(
    "\n\n",
  );
  lines.push(JSON.stringify({ id: `a${i}`, text: body }));
}
const batch = join(tmp, "batch.jsonl");
writeFileSync(batch, `${lines.join("\n")}\n`);
const small = join(tmp, "small.txt");
writeFileSync(small, paragraphs.slice(0, 2).join("\n\n"));

// The baseline: the same articles through compromise alone, in its own process.
const baseline = join(tmp, "compromise-only.mjs");
writeFileSync(
  baseline,
  `import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const nlp = createRequire(${JSON.stringify(join(ROOT, "package.json"))})("compromise");
let n = 0;
for (const line of readFileSync(process.argv[2], "utf8").split("\\n")) {
  if (!line) continue;
  const doc = nlp(JSON.parse(line).text);
  n += doc.people().length + doc.organizations().length + doc.places().length;
}
process.stdout.write(String(n) + "\\n");
`,
);

function wall(args: string[], runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      maxBuffer: 1 << 30,
    });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const nodeOnly = wall(["-e", "0"], 5);
const smallMs = wall([BUNDLE, small], 5);
const batchMs = wall([BUNDLE, batch], 3);
const baselineMs = wall([baseline, batch], 3);
const viaTsx = wall(["--import", "tsx", join(ROOT, "src/cli/main.ts"), small], 3);

console.log(
  `\nCLI (bundled ${BUNDLE.replace(`${ROOT}/`, "")}), whole processes, median wall time; load ${process.platform === "linux" ? readFileSync("/proc/loadavg", "utf8").split(" ")[0] : "?"}`,
);
console.log(`  node -e 0 (the floor of any process)        ${fmt(nodeOnly)}`);
console.log(
  `  one small file (${readFileSync(small, "utf8").length} chars), end to end    ${fmt(smallMs)}   (target < 200 ms)`,
);
console.log(`  the same file from source through tsx         ${fmt(viaTsx)}`);
console.log(`  1,600 articles as JSON Lines                  ${fmt(batchMs)}`);
console.log(`  compromise-only baseline, same articles       ${fmt(baselineMs)}`);
console.log(
  `  baseline / CLI                                ${(baselineMs / batchMs).toFixed(1)}×   (target ≥ 8×)`,
);
rmSync(tmp, { recursive: true, force: true });
