import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ANALYSER_SOURCES, analyserVersion } from "../../build/analyser-version";
import { ANALYSER_VERSION } from "../../src/corpus/analyser-version";

// The version that decides re-analysis is the analyser's source: a copy of the sources hashes
// alike, and one changed lexicon byte gives another version.
const copy = mkdtempSync(join(tmpdir(), "diplomark-version-"));
for (const dir of ANALYSER_SOURCES) cpSync(dir, join(copy, dir), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("the analyser version", () => {
  it("is the one the build computed from src/analysis and src/lexicon", () => {
    expect(ANALYSER_VERSION).toBe(analyserVersion());
    expect(ANALYSER_VERSION).toBeGreaterThan(0);
  });

  it("is the same for an identical copy of the sources", () => {
    expect(analyserVersion(copy)).toBe(analyserVersion());
  });

  it("changes when one byte of a lexicon changes", () => {
    const file = join(copy, "src/lexicon/lang/ms.ts");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, before.replace('"bersetuju"', '"bersetujU"'));
    expect(readFileSync(file, "utf8")).not.toBe(before);
    expect(analyserVersion(copy)).not.toBe(analyserVersion());
    writeFileSync(file, before);
    expect(analyserVersion(copy)).toBe(analyserVersion());
  });

  it("changes when an analysis file is added", () => {
    const file = join(copy, "src/analysis/extra.ts");
    writeFileSync(file, "export {};\n");
    expect(analyserVersion(copy)).not.toBe(analyserVersion());
    rmSync(file);
  });
});
