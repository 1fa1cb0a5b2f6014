import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { importViolations, LAYERS, layerOf, SURFACES } from "../../scripts/layers";

// The layer rule of docs/architecture.md, read from the imports themselves: a wrong-way import
// anywhere in src/, entrypoints/, bench/ or scripts/ fails here (and so in CI).

const ROOT = resolve(import.meta.dirname, "..", "..");

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) tsFiles(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const FILES = ["src", "entrypoints", "bench", "build", "scripts", "tools"].flatMap((d) =>
  tsFiles(join(ROOT, d)),
);

describe("layers", () => {
  it("every file under src/ belongs to a known layer or surface", () => {
    const unknown = FILES.map((f) => relative(ROOT, f))
      .filter((f) => f.startsWith("src/"))
      .filter((f) => layerOf(f) === null);
    expect(unknown).toEqual([]);
  });

  it("no import crosses a layer the wrong way", () => {
    const violations = FILES.flatMap((file) =>
      importViolations(
        relative(ROOT, file),
        importsOf(file)
          .filter((spec) => spec.startsWith("."))
          .map((spec) => relative(ROOT, resolve(dirname(file), spec.split("?")[0]!))),
      ),
    );
    expect(violations).toEqual([]);
  });

  it("the checker itself refuses each kind of wrong-way import", () => {
    expect(importViolations("src/analysis/actors.ts", ["src/corpus/store"])).toHaveLength(1);
    expect(importViolations("src/analysis/actors.ts", ["src/page/session"])).toHaveLength(1);
    expect(importViolations("src/lexicon/types.ts", ["src/analysis/tokens"])).toHaveLength(1);
    expect(importViolations("src/corpus/store.ts", ["src/popup/app"])).toHaveLength(1);
    expect(importViolations("src/library/app.ts", ["src/popup/dom"])).toHaveLength(1);
    expect(importViolations("entrypoints/options/main.ts", ["src/library/app"])).toHaveLength(1);
    expect(importViolations("bench/corpus.bench.ts", ["test/e2e/harness/server"])).toHaveLength(1);
    // …and lets the right ways through.
    expect(
      importViolations("src/analysis/actors.ts", ["src/contract/analysis", "src/lexicon/index"]),
    ).toEqual([]);
    expect(importViolations("src/library/app.ts", ["src/ui/dom", "src/corpus/store"])).toEqual([]);
    expect(importViolations("entrypoints/popup/main.ts", ["src/popup/app", "assets/base.css"])).toEqual([]);
  });

  it("names each surface once and never as a shared layer", () => {
    for (const s of SURFACES) expect(Object.keys(LAYERS)).not.toContain(s);
  });
});

describe("dependencies", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.devDependencies ?? {}),
  ]);
  const builtins = new Set(builtinModules);
  const packageName = (spec: string) =>
    spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);

  it("every package that src, entrypoints, bench, scripts and test import is declared in package.json", () => {
    const files = [...FILES, ...tsFiles(join(ROOT, "test"))];
    const undeclared = new Set<string>();
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith(".") || spec.startsWith("node:") || builtins.has(spec)) continue;
        if (!declared.has(packageName(spec))) undeclared.add(`${relative(ROOT, file)}: ${spec}`);
      }
    }
    expect([...undeclared]).toEqual([]);
  });
});
