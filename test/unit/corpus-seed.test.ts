import { describe, expect, it, vi } from "vitest";
import type { AnalyseOptions } from "../../src/contract/analysis";
import { ANALYSER_VERSION } from "../../src/corpus/analyser-version";
import { prepareCorpus } from "../../src/corpus/prepare";
import { reanalyseStale } from "../../src/corpus/reanalyse";
import { restoreSeeds, seedCorpus } from "../../src/corpus/seed";
import { SEEDS } from "../../src/corpus/seeds";
import { countArticles, deleteArticle, getArticle, listSummaries, saveArticle } from "../../src/corpus/store";
import { analysed, EN_SEED, freshCorpus, MS_OTHER, MS_SEED, stubAnalysis } from "./helpers/corpus";

const EN_ID = "seed-000_600e93926c99760f";
const MS_ID = "seed-002_e8120e5def90eb2b";

/** The real analyser, memoised, and counting its calls. */
function countingAnalyse() {
  return vi.fn((text: string, _opts?: AnalyseOptions) => analysed(text));
}

describe("seeding", () => {
  it("ships both seed texts byte for byte", () => {
    expect(SEEDS.map((s) => s.text)).toEqual([EN_SEED, MS_SEED]);
  });

  it("stores both seeds with their analyses and metadata", async () => {
    const db = await freshCorpus();
    const result = await seedCorpus(db, { analyse: countingAnalyse() });
    expect(result).toEqual({ added: [EN_ID, MS_ID], updated: [] });

    const en = await getArticle(db, EN_ID);
    expect(en).toMatchObject({
      language: "en",
      published: "2025-10-08",
      publisher: "Việt Nam News (VNA/VNS)",
      outlet: "vietnamnews.vn",
      seed: true,
      text: EN_SEED,
    });
    expect(en?.analysis.relevance.relevant).toBe(true);
    expect(en?.analysis.actors.map((a) => a.id)).toEqual(expect.arrayContaining(["to-lam", "kim-jong-un"]));

    const ms = await getArticle(db, MS_ID);
    expect(ms).toMatchObject({
      language: "ms",
      published: "2025-10-11",
      url: "https://baotintuc.vn/chinh-tri/mo-ra-chuong-moi-trong-quan-he-huu-nghi-lau-doi-viet-nam-trieu-tien-20251011185712456.htm",
      outlet: "baotintuc.vn",
      seed: true,
      text: MS_SEED,
    });
    expect(ms?.title).toMatch(/Vietnam–Korea Utara/);
    expect(ms?.analysis.language).toBe("ms");
    expect(ms?.analysis.actors.map((a) => a.id)).toContain("to-lam");
  });

  it("is idempotent: repeated and concurrent runs neither duplicate nor re-analyse", async () => {
    const db = await freshCorpus();
    const analyse = countingAnalyse();
    await seedCorpus(db, { analyse });
    const before = await db.getAll("articles");
    expect(analyse).toHaveBeenCalledTimes(2);

    // A second install event, a browser restart and a message all at once.
    const runs = await Promise.all([
      seedCorpus(db, { analyse }),
      seedCorpus(db, { analyse }),
      seedCorpus(db, { analyse }),
    ]);
    expect(runs).toEqual([
      { added: [], updated: [] },
      { added: [], updated: [] },
      { added: [], updated: [] },
    ]);
    expect(analyse).toHaveBeenCalledTimes(2);
    expect(await db.getAll("articles")).toEqual(before);
    expect(await countArticles(db)).toBe(2);
  });

  it("two first runs racing still store each seed once", async () => {
    const db = await freshCorpus();
    const results = await Promise.all([
      seedCorpus(db, { analyse: countingAnalyse() }),
      seedCorpus(db, { analyse: countingAnalyse() }),
    ]);
    expect(results.flatMap((r) => r.added).sort()).toEqual([EN_ID, MS_ID]);
    expect(await countArticles(db)).toBe(2);
  });

  it("keeps a seed the user deleted deleted, and restores it on request", async () => {
    const db = await freshCorpus();
    await seedCorpus(db, { analyse: countingAnalyse() });
    await deleteArticle(db, MS_ID);
    await seedCorpus(db, { analyse: countingAnalyse() });
    expect(await getArticle(db, MS_ID)).toBeNull();
    expect(await countArticles(db)).toBe(1);

    expect(await restoreSeeds(db, { analyse: countingAnalyse() })).toEqual({ added: [MS_ID], updated: [] });
    expect(await countArticles(db)).toBe(2);
  });

  it("never overwrites a user's article that holds a seed's URL", async () => {
    const db = await freshCorpus();
    const seed = SEEDS[1];
    if (!seed) throw new Error("no Malay seed");
    const mine = await saveArticle(db, {
      url: seed.url,
      title: "Mine",
      text: "my copy",
      analysis: stubAnalysis(),
    });
    await seedCorpus(db, { analyse: countingAnalyse() });
    expect(await getArticle(db, mine.id)).toMatchObject({ title: "Mine", text: "my copy" });
    expect(await getArticle(db, MS_ID)).toBeNull();
    expect(await countArticles(db)).toBe(2);
  });

  it("after an analyser version bump re-analyses seeds and user articles, keeping them all", async () => {
    const db = await freshCorpus();
    const v1 = countingAnalyse();
    await prepareCorpus(db, { analyse: v1, now: new Date("2025-10-12T00:00:00Z") });
    const mine = await saveArticle(db, {
      url: "https://vietnamplus.vn/story.vnp",
      title: "A user's page",
      text: MS_OTHER,
      analysis: stubAnalysis({ language: "xx" }),
      published: "2025-10-12",
    });
    const seededAt = (await getArticle(db, EN_ID))?.savedAt;

    // Nothing changes while the version stays.
    expect(await prepareCorpus(db, { analyse: v1 })).toEqual({
      added: [],
      updated: [],
      reanalysed: [],
      damaged: [],
    });

    const v2 = countingAnalyse();
    const next = ANALYSER_VERSION + 1;
    const result = await prepareCorpus(db, { analyse: v2, analyserVersion: next });
    expect(result.updated.sort()).toEqual([EN_ID, MS_ID]);
    expect(result.reanalysed).toEqual([mine.id]);
    expect(v2).toHaveBeenCalledTimes(3);

    expect(await countArticles(db)).toBe(3);
    const records = await db.getAll("articles");
    expect(records.every((r) => r.analyserVersion === next)).toBe(true);
    const user = await getArticle(db, mine.id);
    expect(user).toMatchObject({ title: "A user's page", published: "2025-10-12", language: "ms" });
    expect(user?.analysis.actors.length).toBeGreaterThan(0);
    expect((await getArticle(db, EN_ID))?.savedAt).toBe(seededAt);

    // And the bump is remembered: the next start re-analyses nothing.
    const v3 = countingAnalyse();
    expect(await prepareCorpus(db, { analyse: v3, analyserVersion: next })).toEqual({
      added: [],
      updated: [],
      reanalysed: [],
      damaged: [],
    });
    expect(v3).not.toHaveBeenCalled();
  });

  it("re-analysis interrupted half-way carries on at the next run", async () => {
    const db = await freshCorpus();
    for (const [n, text] of [EN_SEED, MS_SEED, MS_OTHER].entries()) {
      await saveArticle(db, {
        url: `https://a.vn/${n}`,
        title: `${n}`,
        text,
        analysis: stubAnalysis(),
      });
    }
    const next = ANALYSER_VERSION + 1;
    let calls = 0;
    const failing = (text: string) => {
      calls += 1;
      if (calls === 2) throw new Error("background stopped");
      return analysed(text);
    };
    await expect(reanalyseStale(db, { analyse: failing, analyserVersion: next })).rejects.toThrow(
      "background stopped",
    );
    const done = await reanalyseStale(db, { analyse: countingAnalyse(), analyserVersion: next });
    expect(done).toHaveLength(2);
    expect((await db.getAll("articles")).every((r) => r.analyserVersion === next)).toBe(true);
    expect((await listSummaries(db)).every((s) => s.relevant)).toBe(true);
  });
});
