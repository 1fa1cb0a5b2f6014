import { describe, expect, it } from "vitest";
import {
  actorArticleCounts,
  countArticles,
  deleteArticle,
  deletedSeeds,
  findByUrl,
  getArticle,
  listSummaries,
  saveArticle,
} from "../../src/corpus/store";
import { idForUrl, normaliseUrl } from "../../src/corpus/url";
import { freshCorpus, stubAnalysis } from "./helpers/corpus";

const actor = (id: string) => ({
  id,
  name: id,
  type: "person" as const,
  side: "vietnam" as const,
  known: true,
  roles: [],
  mentions: [{ start: 0, end: 1, text: "x" }],
});

describe("corpus store", () => {
  it("saves, gets, lists, counts and deletes an article", async () => {
    const db = await freshCorpus();
    const analysis = stubAnalysis({ actors: [actor("to-lam")], areas: ["health"] });
    const saved = await saveArticle(
      db,
      {
        url: "https://vietnamplus.vn/a.vnp",
        title: "  A  ",
        text: "Text",
        analysis,
        published: "2025-10-10",
      },
      new Date("2025-11-01T00:00:00Z"),
    );
    expect(saved).toEqual({ id: idForUrl("https://vietnamplus.vn/a.vnp"), created: true, count: 1 });

    const got = await getArticle(db, saved.id);
    expect(got).toMatchObject({
      url: "https://vietnamplus.vn/a.vnp",
      title: "A",
      outlet: "vietnamplus.vn",
      language: "en",
      published: "2025-10-10",
      savedAt: "2025-11-01T00:00:00.000Z",
      text: "Text",
    });
    // Index-only fields stay inside the database.
    expect(got).not.toHaveProperty("actorIds");
    expect(got).not.toHaveProperty("analyserVersion");

    const list = await listSummaries(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: saved.id, relevant: true, actorCount: 1, commitmentCount: 0 });
    expect(list[0]).not.toHaveProperty("text");

    expect(await countArticles(db)).toBe(1);
    expect(await deleteArticle(db, saved.id)).toEqual({ deleted: true, count: 0 });
    expect(await getArticle(db, saved.id)).toBeNull();
    expect(await deleteArticle(db, saved.id)).toEqual({ deleted: false, count: 0 });
  });

  it("recognises a page saved before under a variant of its URL and never stores it twice", async () => {
    const db = await freshCorpus();
    const first = await saveArticle(db, {
      url: "https://baotintuc.vn/x/story-1.htm",
      title: "Story",
      text: "v1",
      analysis: stubAnalysis(),
    });
    const again = await saveArticle(db, {
      url: "https://baotintuc.vn/x/story-1.htm/?utm_source=fb#comments",
      title: "Story (updated)",
      text: "v2",
      analysis: stubAnalysis(),
    });
    expect(again).toEqual({ id: first.id, created: false, count: 1 });
    const stored = await findByUrl(db, "https://baotintuc.vn/x/story-1.htm#top");
    expect(stored?.text).toBe("v2");
    expect(await countArticles(db)).toBe(1);
  });

  it("keeps other query parameters apart: they name different pages", async () => {
    expect(normaliseUrl("https://a.vn/p?id=1&utm_medium=x")).toBe("https://a.vn/p?id=1");
    expect(normaliseUrl("https://a.vn/p?id=1")).not.toBe(normaliseUrl("https://a.vn/p?id=2"));
    const db = await freshCorpus();
    await saveArticle(db, { url: "https://a.vn/p?id=1", title: "1", text: "1", analysis: stubAnalysis() });
    await saveArticle(db, { url: "https://a.vn/p?id=2", title: "2", text: "2", analysis: stubAnalysis() });
    expect(await countArticles(db)).toBe(2);
  });

  it("falls back to the URL for an empty title and to the analysis for the date", async () => {
    const db = await freshCorpus();
    const { id } = await saveArticle(db, {
      url: "https://qdnd.vn/a",
      title: " ",
      text: "t",
      analysis: stubAnalysis({ published: "2025-10-09" }),
    });
    expect(await getArticle(db, id)).toMatchObject({ title: "https://qdnd.vn/a", published: "2025-10-09" });
  });

  it("lists newest first, undated last", async () => {
    const db = await freshCorpus();
    for (const [url, published] of [
      ["https://a.vn/old", "2024-01-01"],
      ["https://a.vn/none", undefined],
      ["https://a.vn/new", "2025-10-11"],
    ] as const) {
      await saveArticle(db, {
        url,
        title: url,
        text: url,
        analysis: stubAnalysis(),
        ...(published ? { published } : {}),
      });
    }
    expect((await listSummaries(db)).map((s) => s.url)).toEqual([
      "https://a.vn/new",
      "https://a.vn/old",
      "https://a.vn/none",
    ]);
  });

  it("counts the articles that mention each actor through the index", async () => {
    const db = await freshCorpus();
    await saveArticle(db, {
      url: "https://a.vn/1",
      title: "1",
      text: "1",
      analysis: stubAnalysis({ actors: [actor("to-lam"), actor("dprk")] }),
    });
    await saveArticle(db, {
      url: "https://a.vn/2",
      title: "2",
      text: "2",
      analysis: stubAnalysis({ actors: [actor("dprk")] }),
    });
    expect(await actorArticleCounts(db, ["dprk", "to-lam", "kim-jong-un", "dprk"])).toEqual({
      dprk: 2,
      "to-lam": 1,
      "kim-jong-un": 0,
    });
  });

  it("records only seeds, not the user's own articles, as deleted seeds", async () => {
    const db = await freshCorpus();
    const { id } = await saveArticle(db, {
      url: "https://a.vn/s",
      title: "s",
      text: "s",
      analysis: stubAnalysis(),
    });
    await deleteArticle(db, id);
    expect(await deletedSeeds(db)).toEqual([]);
    const record = await db.get("articles", id);
    expect(record).toBeUndefined();
  });
});
