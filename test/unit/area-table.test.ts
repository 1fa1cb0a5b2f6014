import { describe, expect, it } from "vitest";
import type { Commitment } from "../../src/contract/analysis";
import type { StoredArticle } from "../../src/contract/corpus";
import { areaTable } from "../../src/corpus/area-table";
import { crossReference } from "../../src/corpus/cross-reference";
import { stubAnalysis } from "./helpers/corpus";

function c(kind: Commitment["kind"], areas: Commitment["areas"], mode?: Commitment["mode"]): Commitment {
  return { start: 0, end: 1, text: "x", kind, areas, actors: [], ...(mode ? { mode } : {}) };
}

const actors = [
  {
    id: "vietnam",
    name: "Vietnam",
    type: "state" as const,
    side: "vietnam" as const,
    known: true,
    roles: [],
    mentions: [],
  },
];

function stored(id: string, published: string, commitments: Commitment[]): StoredArticle {
  const analysis = stubAnalysis({
    actors,
    commitments,
    areas: [...new Set(commitments.flatMap((x) => x.areas))],
  });
  return {
    id,
    url: `https://a.vn/${id}`,
    title: id,
    outlet: "a.vn",
    language: "en",
    savedAt: "x",
    published,
    text: "",
    analysis,
  };
}

describe("the areas table", () => {
  it("counts expected areas confirmed here, new ones and those still open", () => {
    const before = stored("before", "2025-10-01", [
      c("expected", ["health", "education", "culture", "sports"]),
      c("proposed", ["agriculture", "tourism"]),
    ]);
    const page = stubAnalysis({
      actors,
      commitments: [
        c("signed", ["health", "justice"]),
        c("agreed", ["education", "culture", "agriculture", "trade"]),
        // Recalled history is background: not an outcome for sports.
        c("signed", ["sports"], "historical"),
        c("expected", ["transport-aviation"], "future"),
      ],
      areas: [
        "health",
        "justice",
        "education",
        "culture",
        "agriculture",
        "trade",
        "sports",
        "transport-aviation",
      ],
    });
    const xref = crossReference({ url: "https://a.vn/page", analysis: page, published: "2025-10-10" }, [
      before,
    ]);
    const table = areaTable(page, xref);
    expect(table).toMatchObject({ expected: 6, confirmed: 4, newHere: 2, open: 2 });
    const byArea = Object.fromEntries(table.rows.map((r) => [r.area, r]));
    expect(byArea.health).toMatchObject({ status: "confirmed", here: "signed", expectedIn: ["before"] });
    expect(byArea.sports).toMatchObject({ status: "open", expectedIn: ["before"] });
    expect(byArea.sports?.here).toBeUndefined();
    expect(byArea.justice).toMatchObject({ status: "new", here: "signed" });
    expect(byArea["transport-aviation"]).toMatchObject({ status: "announced" });
    expect(table.rows.map((r) => r.status)).toEqual([
      "confirmed",
      "confirmed",
      "confirmed",
      "confirmed",
      "new",
      "new",
      "open",
      "open",
      "announced",
    ]);
  });
});
