import { describe, expect, it } from "vitest";
import type { Analysis, Commitment } from "../../src/contract/analysis";
import type { StoredArticle } from "../../src/contract/corpus";
import { findCandidates } from "../../src/corpus/candidates";
import { crossReference, PAGE } from "../../src/corpus/cross-reference";
import { seedCorpus } from "../../src/corpus/seed";
import { SEEDS } from "../../src/corpus/seeds";
import { saveArticle } from "../../src/corpus/store";
import { analysed, EN_SEED, freshCorpus, MS_SEED, stubAnalysis } from "./helpers/corpus";

const EXPECTED_AREAS = ["health", "culture", "sports", "people-to-people", "agriculture"] as const;

function stored(id: string, text: string, over: Partial<StoredArticle> = {}): StoredArticle {
  const analysis = analysed(text);
  return {
    id,
    url: `https://example.vn/${id}`,
    title: id,
    outlet: "example.vn",
    language: analysis.language,
    savedAt: "2025-10-12T00:00:00.000Z",
    text,
    analysis,
    ...over,
  };
}

const enStored = stored("seed-en", EN_SEED, { published: "2025-10-08" });
const msStored = stored("seed-ms", MS_SEED, { published: "2025-10-11" });

function commitment(kind: Commitment["kind"], areas: Commitment["areas"], actors: string[] = []): Commitment {
  return { start: 0, end: 1, text: "x", kind, areas, actors };
}

describe("cross-reference across languages", () => {
  it("page = Malay seed (after the visit) vs stored English seed (before): expectations kept", () => {
    const page = {
      url: "https://vietnamplus.vn/ms-page",
      analysis: analysed(MS_SEED),
      published: "2025-10-11",
    };
    const xref = crossReference(page, [enStored]);
    expect(xref.related).toHaveLength(1);
    const r = xref.related[0]!;
    expect(r.article.id).toBe("seed-en");
    expect(r.timing).toBe("before");
    expect(r.actorsInCommon).toEqual(
      expect.arrayContaining(["to-lam", "nguyen-minh-vu", "dprk", "vietnam", "wpk"]),
    );
    expect(r.areasInCommon).toEqual(expect.arrayContaining([...EXPECTED_AREAS]));
    // Areas the Malay piece adds to what was announced before the visit.
    expect(r.areasNewHere).toEqual(expect.arrayContaining(["tourism", "education", "multilateral"]));
    expect(r.areasNewHere).not.toContain("health");

    for (const area of EXPECTED_AREAS) {
      const row = r.expectationOutcome.find((o) => o.area === area);
      expect(row, area).toMatchObject({ expectedIn: "seed-en", outcomeIn: PAGE, status: "kept" });
      expect(["agreed", "signed", "pledged"]).toContain(row?.outcomeKind);
    }
    const kept = r.commitmentMatches.filter((m) => m.movement === "kept");
    expect(kept.some((m) => m.kindThere === "expected" && m.areas.includes("health"))).toBe(true);
    expect(xref.confirmed.length).toBeGreaterThan(0);
    expect(xref.savedAs).toBeUndefined();
  });

  it("the reverse: page = English seed (before) vs stored Malay seed (after)", () => {
    const page = { url: "https://vietnamnews.vn/en-page", analysis: analysed(EN_SEED) };
    // No date passed: the analyser's own reading of " date 2025-10-08 " orders the two.
    const xref = crossReference(page, [msStored]);
    const r = xref.related[0]!;
    expect(r.timing).toBe("after");
    for (const area of EXPECTED_AREAS) {
      expect(r.expectationOutcome.find((o) => o.area === area)).toMatchObject({
        expectedIn: PAGE,
        outcomeIn: "seed-ms",
        status: "kept",
      });
    }
    expect(r.actorsOnlyHere).toEqual(expect.arrayContaining(["kim-jong-un"]));
    // The English seed recalls agreements signed long before ("have also signed … civil
    // aviation, judicial assistance …"): background, so no area of this visit and no outcome.
    const history = page.analysis.commitments.findIndex((c) => c.mode === "historical");
    expect(page.analysis.commitments[history]!.areas).toEqual(
      expect.arrayContaining(["transport-aviation", "justice"]),
    );
    expect(xref.background).toContain(history);
    expect(xref.confirmed).not.toContain(history);
    expect(xref.newHere).not.toContain(history);
    expect(r.areasNewHere).not.toEqual(expect.arrayContaining(["transport-aviation"]));
    expect(r.areasNewHere).not.toEqual(expect.arrayContaining(["justice"]));
    expect(r.commitmentMatches.some((m) => m.here === history)).toBe(false);
    expect(r.expectationOutcome.some((o) => o.outcomeIn === PAGE)).toBe(false);
  });

  it("a recalled signing in the stored article is never the outcome of the page's expectation", () => {
    const vietnam = {
      id: "vietnam",
      name: "Việt Nam",
      type: "state" as const,
      side: "vietnam" as const,
      known: true,
      roles: [],
      mentions: [],
    };
    const page = stubAnalysis({
      actors: [vietnam],
      areas: ["health"],
      commitments: [commitment("expected", ["health"], ["vietnam"])],
    });
    const storedHistory = stubAnalysis({
      actors: [vietnam],
      areas: [],
      commitments: [{ ...commitment("signed", ["health"], ["vietnam"]), mode: "historical" }],
    });
    const xref = crossReference({ url: "https://example.org/p", analysis: page, published: "2025-10-01" }, [
      {
        ...msStored,
        id: "later",
        url: "https://example.org/later",
        published: "2025-10-20",
        analysis: storedHistory,
      },
    ]);
    const r = xref.related[0]!;
    expect(r.expectationOutcome.find((o) => o.area === "health")).toMatchObject({ status: "open" });
    expect(r.commitmentMatches).toEqual([]);
  });

  it("an expectation with no later outcome stays open; an earlier outcome does not keep a later expectation", () => {
    const page = stubAnalysis({
      areas: ["health", "trade"],
      commitments: [commitment("expected", ["health", "trade"], ["vietnam"])],
      actors: [
        {
          id: "vietnam",
          name: "Việt Nam",
          type: "state",
          side: "vietnam",
          known: true,
          roles: [],
          mentions: [],
        },
      ],
    });
    const later = stored("later", "", {
      published: "2025-12-01",
      analysis: stubAnalysis({
        areas: ["health"],
        commitments: [commitment("signed", ["health"], ["vietnam"])],
        actors: page.actors,
      }),
    });
    const earlier = stored("earlier", "", {
      ...later,
      id: "earlier",
      url: "https://x.vn/e",
      published: "2025-01-01",
    });
    const xref = crossReference({ url: "https://x.vn/page", analysis: page, published: "2025-06-01" }, [
      later,
      earlier,
    ]);
    const byId = new Map(xref.related.map((r) => [r.article.id, r]));
    expect(byId.get("later")?.expectationOutcome).toEqual([
      { area: "health", expectedIn: PAGE, outcomeIn: "later", outcomeKind: "signed", status: "kept" },
      { area: "trade", expectedIn: PAGE, status: "open" },
    ]);
    // The stored article came first and expected nothing: nothing to keep or leave open.
    expect(byId.get("earlier")?.expectationOutcome).toEqual([]);
    const m = byId.get("earlier")?.commitmentMatches[0];
    expect(m).toMatchObject({
      kindHere: "expected",
      kindThere: "signed",
      movement: "changed",
      areas: ["health"],
    });
  });

  it("commitments by disjoint actors do not match; unrelated or irrelevant articles are left out", () => {
    const page = stubAnalysis({
      areas: ["health"],
      commitments: [commitment("agreed", ["health"], ["vietnam", "dprk"])],
    });
    const other = stored("other", "", {
      analysis: stubAnalysis({ areas: ["health"], commitments: [commitment("agreed", ["health"], ["rok"])] }),
    });
    const unrelated = stored("unrelated", "", { analysis: stubAnalysis({ areas: ["trade"] }) });
    const irrelevant = stored("irrelevant", "", {
      analysis: stubAnalysis({ areas: ["health"], relevance: { relevant: false, score: 0.1, reasons: [] } }),
    });
    const xref = crossReference({ url: "https://x.vn/p", analysis: page }, [other, unrelated, irrelevant]);
    expect(xref.related.map((r) => r.article.id)).toEqual(["other"]);
    expect(xref.related[0]?.commitmentMatches).toEqual([]);
    expect(xref.newHere).toEqual([0]);
    expect(xref.corpusSize).toBe(3);
  });

  it("recognises the stored copy of the page; a stored translation at the same address is still compared", () => {
    const msSeed = SEEDS[1]!;
    const same = crossReference({ url: `${msSeed.url}#top`, analysis: analysed(MS_SEED) }, [
      { ...msStored, url: msSeed.url },
      enStored,
    ]);
    expect(same.savedAs).toBe("seed-ms");
    expect(same.related.map((r) => r.article.id)).toEqual(["seed-en"]);

    // The Vietnamese original of the Malay seed, read on baotintuc.vn.
    const vietnamese = { ...analysed(MS_SEED), language: "vi" } satisfies Analysis;
    const original = crossReference({ url: msSeed.url, analysis: vietnamese }, [
      { ...msStored, url: msSeed.url },
      enStored,
    ]);
    expect(original.savedAs).toBe("seed-ms");
    expect(original.related.map((r) => r.article.id).sort()).toEqual(["seed-en", "seed-ms"]);
  });
});

describe("candidates through the indexes", () => {
  it("finds the seeds for a relevant page and leaves out articles sharing nothing", async () => {
    const db = await freshCorpus();
    await seedCorpus(db, { analyse: analysed });
    await saveArticle(db, {
      url: "https://a.vn/unrelated",
      title: "Unrelated",
      text: "-",
      analysis: stubAnalysis({
        actors: [
          {
            id: "someone-else",
            name: "X",
            type: "person",
            side: "other",
            known: false,
            roles: [],
            mentions: [],
          },
        ],
        areas: ["trade"],
      }),
    });
    const page = { url: "https://vietnamplus.vn/p", analysis: analysed(MS_SEED) };
    const candidates = (await findCandidates(db, page)).articles;
    expect(candidates.map((c) => c.id).sort()).toEqual([
      "seed-000_600e93926c99760f",
      "seed-002_e8120e5def90eb2b",
    ]);
    expect(candidates[0]).not.toHaveProperty("actorIds");
  });

  it("ranks by shared rare ids and honours the limit, always adding the page's own copy", async () => {
    const db = await freshCorpus();
    const actor = (id: string) => ({
      id,
      name: id,
      type: "person" as const,
      side: "vietnam" as const,
      known: true,
      roles: [],
      mentions: [],
    });
    for (let i = 0; i < 5; i++) {
      await saveArticle(db, {
        url: `https://a.vn/common-${i}`,
        title: `${i}`,
        text: "-",
        analysis: stubAnalysis({ actors: [actor("vietnam")] }),
      });
    }
    await saveArticle(db, {
      url: "https://a.vn/rare",
      title: "rare",
      text: "-",
      analysis: stubAnalysis({ actors: [actor("vietnam"), actor("le-ba-vinh")] }),
    });
    await saveArticle(db, { url: "https://a.vn/me", title: "me", text: "-", analysis: stubAnalysis() });
    const page = {
      url: "https://a.vn/me?utm_source=x",
      analysis: stubAnalysis({ actors: [actor("vietnam"), actor("le-ba-vinh")] }),
    };
    const found = await findCandidates(db, page, 1);
    // The page's own stored copy first, named as the page.
    expect(found.articles.map((c) => c.url)).toEqual(["https://a.vn/me", "https://a.vn/rare"]);
    expect(found.same).toEqual([found.articles[0]?.id]);
  });
});
