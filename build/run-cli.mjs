// `npm run analyze`: runs the bundled CLI, rebuilding it first only when a source file, the
// lockfile or the bundler script is newer than the bundle (a stat of each, a few milliseconds).
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const BUNDLE = ".output/cli/analyze.mjs";
const SOURCES = ["src", "build/cli.ts", "build/analyser-version.ts", "package-lock.json"];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

function built() {
  try {
    return statSync(BUNDLE).mtimeMs;
  } catch {
    return -1;
  }
}

if (built() < Math.max(...SOURCES.map(newest))) {
  execFileSync(process.execPath, ["--import", "tsx", "build/cli.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}
await import(pathToFileURL(join(process.cwd(), BUNDLE)).href);
