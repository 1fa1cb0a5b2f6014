import { describe, expect, it } from "vitest";
import { findCandidates } from "../../src/corpus/candidates";
import { crossReference } from "../../src/corpus/cross-reference";
import type { CorpusDB } from "../../src/corpus/db";
import { buildExport, checkExport } from "../../src/corpus/export-format";
import { allArticles, listDamaged, listLibrary, searchText } from "../../src/corpus/library-queries";
import { reanalyseStale } from "../../src/corpus/reanalyse";
import { seedCorpus } from "../../src/corpus/seed";
import {
  countArticles,
  deleteArticle,
  getArticle,
  getRecord,
  listSummaries,
  restoreRecord,
  saveArticle,
} from "../../src/corpus/store";
import { analysed, EN_SEED, freshCorpus, MS_OTHER, MS_SEED } from "./helpers/corpus";

// One bad record (an older version's bug, another tool writing to the profile) must not take the
// library, the backup or the cross-reference down with it: it is quarantined on read.

const NOW = new Date("2025-10-12T00:00:00Z");
const PAGE = "https://vietnamplus.vn/ms-interview.vnp";

async function corpusWithDamage(): Promise<{ db: CorpusDB; good: string[] }> {
  const db = await freshCorpus();
  await seedCorpus(db, { analyse: analysed });
  const saved = await saveArticle(
    db,
    { url: "https://vov.vn/a.vov", title: "<b>Hội đàm</b>", text: MS_OTHER, analysis: analysed(MS_OTHER) },
    NOW,
  );
  // Written behind the corpus module's back, as a bug or another tool would.
  const base = (await db.get("articles", saved.id))!;
  await db.put("articles", {
    ...base,
    id: "bad-null-analysis",
    url: "https://vov.vn/b.vov",
    analysis: null as never,
  });
  await db.put("articles", {
    ...base,
    id: "bad-text",
    url: "https://vov.vn/c.vov",
    text: { not: "text" } as never,
    analyserVersion: 0,
  });
  const good = (await allArticles(db)).map((a) => a.id).sort();
  return { db, good };
}

describe("damaged records are quarantined", () => {
  it("are listed as damaged with why; the library, count, search and export keep working", async () => {
    const { db, good } = await corpusWithDamage();
    expect(good).toHaveLength(3);
    const damaged = await listDamaged(db);
    expect(damaged.map((d) => d.id).sort()).toEqual(["bad-null-analysis", "bad-text"]);
    expect(damaged.find((d) => d.id === "bad-null-analysis")?.reason).toMatch(/analysis/);
    expect(damaged.find((d) => d.id === "bad-text")?.reason).toMatch(/text must be text/);
    // Export as is: the stored record, untouched.
    const raw = damaged.find((d) => d.id === "bad-text")?.raw as { text: unknown } | undefined;
    expect(raw?.text).toEqual({ not: "text" });

    expect((await listLibrary(db)).map((a) => a.id).sort()).toEqual(good);
    expect((await listSummaries(db)).map((a) => a.id).sort()).toEqual(good);
    expect(await countArticles(db)).toBe(5);
    const hits = await searchText(db, "Korea Utara");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => good.includes(h))).toBe(true);
    expect(await getArticle(db, "bad-null-analysis")).toBeNull();

    // The backup holds every sound article and imports.
    const checked = checkExport(JSON.stringify(buildExport(await allArticles(db), NOW)));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.articles.map((a) => a.id).sort()).toEqual(good);
  });

  it("the cross-reference reads past them", async () => {
    const { db } = await corpusWithDamage();
    const page = { url: PAGE, analysis: analysed(MS_SEED), published: "2025-10-11" };
    const candidates = await findCandidates(db, page);
    expect(candidates.articles.some((c) => c.id.startsWith("bad-"))).toBe(false);
    const xref = crossReference(page, candidates.articles, { corpusSize: 5, limit: 20 });
    expect(xref.related.length).toBeGreaterThan(0);
  });

  it("re-analysis skips and reports them, and brings the rest up to date", async () => {
    const { db, good } = await corpusWithDamage();
    const skipped: string[] = [];
    const updated = await reanalyseStale(db, {
      analyse: analysed,
      analyserVersion: 999,
      onDamaged: (id) => skipped.push(id),
    });
    expect(skipped.sort()).toEqual(["bad-null-analysis", "bad-text"]);
    expect(updated.sort()).toEqual(good);
  });

  it("can be deleted like any article", async () => {
    const { db } = await corpusWithDamage();
    expect(await deleteArticle(db, "bad-text")).toEqual({ deleted: true, count: 4 });
    expect((await listDamaged(db)).map((d) => d.id)).toEqual(["bad-null-analysis"]);
  });
});

describe("undo of a delete", () => {
  it("puts back exactly the deleted record, markup title and all, not through import", async () => {
    const db = await freshCorpus();
    await seedCorpus(db, { analyse: analysed });
    const { id } = await saveArticle(
      db,
      { url: "https://vov.vn/x.vov", title: "Trade a<b DPRK", text: EN_SEED, analysis: analysed(EN_SEED) },
      NOW,
    );
    const kept = (await getRecord(db, id))!;
    await deleteArticle(db, id);
    expect(await getArticle(db, id)).toBeNull();
    await restoreRecord(db, kept);
    expect(await db.get("articles", id)).toEqual(kept);
  });

  it("a seed comes back and is no longer remembered as deleted", async () => {
    const db = await freshCorpus();
    await seedCorpus(db, { analyse: analysed });
    const seed = (await allArticles(db)).find((a) => a.seed)!;
    const kept = (await getRecord(db, seed.id))!;
    await deleteArticle(db, seed.id);
    await restoreRecord(db, kept);
    expect(await db.get("articles", seed.id)).toEqual(kept);
    expect(await db.get("meta", "deletedSeeds")).toEqual([]);
  });

  it("refuses a record that breaks the rule, and writes nothing", async () => {
    const db = await freshCorpus();
    await expect(restoreRecord(db, { id: "x", url: "javascript:1" } as never)).rejects.toThrow(
      /cannot be restored/,
    );
    expect(await countArticles(db)).toBe(0);
  });
});
