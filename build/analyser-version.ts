// The analyser's version is its source: a hash of every file under src/analysis and src/lexicon,
// computed when the extension, the CLI or the tests are built, so any change to what the analyser
// finds re-analyses stored articles without anyone remembering to bump a number.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const ANALYSER_SOURCES = ["src/analysis", "src/lexicon"] as const;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** A positive 31-bit number from the sources' paths and bytes (IndexedDB indexes it as a number). */
export function analyserVersion(root: string = process.cwd()): number {
  const hash = createHash("sha256");
  for (const dir of ANALYSER_SOURCES) {
    for (const file of files(join(root, dir))) {
      hash.update(relative(root, file).split(sep).join("/"));
      hash.update("\0");
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  // 0 is "never analysed" in exports; keep clear of it.
  return (Number.parseInt(hash.digest("hex").slice(0, 8), 16) % 0x7fffffff) + 1;
}
