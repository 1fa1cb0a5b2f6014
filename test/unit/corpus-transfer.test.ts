import { describe, expect, it, vi } from "vitest";
import { createDispatcher, type Dispatch } from "../../src/background/dispatch";
import type { StoredArticle } from "../../src/contract/corpus";
import type { CorpusDB } from "../../src/corpus/db";
import { buildExport, checkExport, MAX_IMPORT_BYTES } from "../../src/corpus/export-format";
import { importArticles } from "../../src/corpus/import";
import { allArticles } from "../../src/corpus/library-queries";
import { seedCorpus } from "../../src/corpus/seed";
import { deleteArticle, deletedSeeds, saveArticle } from "../../src/corpus/store";
import { analysed, freshCorpus, stubAnalysis } from "./helpers/corpus";

const VI_TEXT =
  "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Kim Jong Un tại Bình Nhưỡng. Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực y tế và giáo dục.";
const VI_URL = "https://baotintuc.vn/thoi-su/hoi-dam-20251010.htm";
const NOW = new Date("2025-10-12T00:00:00Z");

async function seededWithPage(): Promise<CorpusDB> {
  const db = await freshCorpus();
  await seedCorpus(db, { analyse: analysed, now: NOW });
  await saveArticle(db, { url: VI_URL, title: "Hội đàm", text: VI_TEXT, analysis: analysed(VI_TEXT) }, NOW);
  return db;
}

const byId = (xs: StoredArticle[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

async function exportText(db: CorpusDB): Promise<string> {
  return JSON.stringify(buildExport(await allArticles(db), NOW));
}

function dispatcher(db: CorpusDB): Dispatch {
  return createDispatcher({ corpus: async () => db, analyse: (text) => analysed(text), now: () => NOW });
}

describe("corpus export and import", () => {
  it("writes the documented envelope", async () => {
    const db = await seededWithPage();
    const data = JSON.parse(await exportText(db));
    expect(data).toMatchObject({ format: "diplomark-corpus", version: 1, exportedAt: NOW.toISOString() });
    expect(data.articles).toHaveLength(3);
  });

  it("round-trips: a fresh profile that imports the export holds the same corpus", async () => {
    const source = await seededWithPage();
    const text = await exportText(source);
    const fresh = await freshCorpus();
    await seedCorpus(fresh, { analyse: analysed, now: new Date("2026-01-01T00:00:00Z") });
    const checked = checkExport(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const result = await importArticles(fresh, checked.value, { analyse: analysed });
    // The two seeds are the same pages (merged by URL), the saved page is new.
    expect(result).toEqual({ added: 1, updated: 2, kept: 0, count: 3 });
    expect(byId(await allArticles(fresh))).toEqual(byId(await allArticles(source)));
  });

  it("round-trips through the background's export and import messages", async () => {
    const source = await seededWithPage();
    const exported = await dispatcher(source)({ type: "export" });
    const fresh = await freshCorpus();
    const reply = await dispatcher(fresh)({ type: "import", text: JSON.stringify(exported) });
    expect(reply).toEqual({ added: 3, updated: 0, kept: 0, count: 3 });
    const seeds = (await allArticles(fresh)).filter((a) => a.seed).map((a) => a.id);
    expect(seeds.sort()).toEqual(["seed-000_600e93926c99760f", "seed-002_e8120e5def90eb2b"]);
  });

  it("merges by URL: the stored copy keeps its id and takes the imported content", async () => {
    const db = await seededWithPage();
    const [mine] = (await allArticles(db)).filter((a) => !a.seed);
    const imported = { ...mine!, id: "someone-elses-id", url: `${VI_URL}?utm_source=x`, title: "Renamed" };
    const checked = checkExport(JSON.stringify(buildExport([imported])));
    if (!checked.ok) throw new Error(checked.error);
    expect(await importArticles(db, checked.value)).toMatchObject({ added: 0, updated: 1, count: 3 });
    const after = (await allArticles(db)).filter((a) => !a.seed);
    expect(after.map((a) => [a.id, a.title, a.url])).toEqual([[mine!.id, "Renamed", VI_URL]]);
  });

  it("keeps a stored seed against an imported non-seed copy of its page", async () => {
    const db = await seededWithPage();
    const seed = (await allArticles(db)).find((a) => a.id === "seed-002_e8120e5def90eb2b")!;
    const copy = { ...seed, id: "url-copy", seed: undefined, title: "A user's copy" };
    const checked = checkExport(JSON.stringify(buildExport([copy])));
    if (!checked.ok) throw new Error(checked.error);
    expect(await importArticles(db, checked.value)).toMatchObject({ kept: 1, added: 0, updated: 0 });
    expect((await allArticles(db)).find((a) => a.id === seed.id)).toEqual(seed);
  });

  it("brings back a deleted seed and forgets that it was deleted (the library's undo)", async () => {
    const db = await seededWithPage();
    const seed = (await allArticles(db)).find((a) => a.id === "seed-000_600e93926c99760f")!;
    await deleteArticle(db, seed.id);
    expect(await deletedSeeds(db)).toEqual([seed.id]);
    const checked = checkExport(JSON.stringify(buildExport([seed])));
    if (!checked.ok) throw new Error(checked.error);
    expect(await importArticles(db, checked.value)).toMatchObject({ added: 1, count: 3 });
    expect(await deletedSeeds(db)).toEqual([]);
    expect((await allArticles(db)).find((a) => a.id === seed.id)).toEqual(seed);
  });

  it("re-analyses articles an older analyser read", async () => {
    const db = await freshCorpus();
    const old = {
      id: "url-old",
      url: VI_URL,
      title: "Old",
      outlet: "baotintuc.vn",
      language: "vi",
      savedAt: NOW.toISOString(),
      text: VI_TEXT,
      analysis: stubAnalysis(),
    };
    const checked = checkExport(JSON.stringify({ ...buildExport([old]), analyserVersion: 0 }));
    if (!checked.ok) throw new Error(checked.error);
    const analyse = vi.fn((text: string) => analysed(text));
    await importArticles(db, checked.value, { analyse });
    expect(analyse).toHaveBeenCalledTimes(1);
    const [stored] = await allArticles(db);
    expect(stored!.analysis.actors.map((a) => a.id)).toContain("to-lam");
  });
});

describe("a bad import file is refused with a clear message and changes nothing", () => {
  async function validExport(): Promise<{ db: CorpusDB; text: string; data: Record<string, unknown> }> {
    const db = await seededWithPage();
    const text = await exportText(db);
    return { db, text, data: JSON.parse(text) };
  }

  function mutate(
    data: Record<string, unknown>,
    change: (articles: Record<string, unknown>[]) => void,
  ): string {
    const copy = structuredClone(data) as Record<string, unknown>;
    change(copy.articles as Record<string, unknown>[]);
    return JSON.stringify(copy);
  }

  const cases: [string, (v: { text: string; data: Record<string, unknown> }) => string, RegExp][] = [
    ["empty", () => "  ", /empty/],
    ["not JSON", () => "<html>hello</html>", /not valid JSON/],
    ["truncated", ({ text }) => text.slice(0, Math.floor(text.length / 2)), /truncated/],
    ["oversized", () => " ".repeat(MAX_IMPORT_BYTES + 1), /too large/],
    ["another file format", () => JSON.stringify({ hello: "world" }), /not a DiploMark corpus export/],
    ["a JSON list", () => "[1,2,3]", /not a DiploMark corpus export/],
    ["a newer version", ({ data }) => JSON.stringify({ ...data, version: 2 }), /version 2.*reads version 1/],
    ["a version that is text", ({ data }) => JSON.stringify({ ...data, version: "1" }), /version/],
    [
      "articles that are no list",
      ({ data }) => JSON.stringify({ ...data, articles: {} }),
      /no list of articles/,
    ],
    [
      "a title that is a number",
      ({ data }) =>
        mutate(data, (a) => {
          a[2]!.title = 42;
        }),
      /Article 3.*title must be text/,
    ],
    [
      "a date in another format",
      ({ data }) =>
        mutate(data, (a) => {
          a[0]!.published = "10/10/2025";
        }),
      /published must be a YYYY-MM-DD date/,
    ],
    [
      "an unknown commitment kind",
      ({ data }) =>
        mutate(data, (a) => {
          const an = a.find((x) => (x.analysis as { commitments: unknown[] }).commitments.length > 0)!
            .analysis as { commitments: { kind: string }[] };
          an.commitments[0]!.kind = "maybe";
        }),
      /kind has an unknown value "maybe"/,
    ],
    [
      "a span outside the text",
      ({ data }) =>
        mutate(data, (a) => {
          const an = a[0]!.analysis as { actors: { mentions: { end: number }[] }[] };
          an.actors[0]!.mentions[0]!.end = 10_000_000;
        }),
      /within the text/,
    ],
    [
      "a missing analysis",
      ({ data }) =>
        mutate(data, (a) => {
          delete a[1]!.analysis;
        }),
      /analysis must be an object/,
    ],
    [
      "two articles with one address",
      ({ data }) =>
        mutate(data, (a) => {
          a[1]!.url = a[0]!.url;
        }),
      /same address/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(name, async () => {
      const v = await validExport();
      const before = byId(await allArticles(v.db));
      const bad = make(v);
      const checked = checkExport(bad);
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.error).toMatch(message);
      expect(checked.error).toMatch(/Nothing was imported\.$/);
      // The background refuses it the same way, and the corpus is untouched.
      const reply = await dispatcher(v.db)({ type: "import", text: bad });
      expect(reply).toEqual({ error: checked.error });
      expect(byId(await allArticles(v.db))).toEqual(before);
    });
  }

  it("a write that fails half-way leaves the corpus as it was (one transaction)", async () => {
    const { db, data } = await validExport();
    const before = byId(await allArticles(db));
    const checked = checkExport(
      mutate(data, (a) => {
        a[0]!.title = "Changed first";
        a[1]!.title = "Changed second";
      }),
    );
    if (!checked.ok) throw new Error(checked.error);
    // A record IndexedDB cannot store (a function does not clone) fails the second put.
    (checked.value.articles[1] as unknown as Record<string, unknown>).title = () => "x";
    await expect(importArticles(db, checked.value)).rejects.toThrow();
    expect(byId(await allArticles(db))).toEqual(before);
  });
});
