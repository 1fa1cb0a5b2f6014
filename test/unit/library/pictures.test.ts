import { describe, expect, it } from "vitest";
import { matrixData } from "../../../src/library/matrix-data";
import { timelineData } from "../../../src/library/timeline-data";
import { commitment, libraryArticle, stored } from "./fixtures";

describe("timeline data", () => {
  it("places dated articles on a padded day axis and lists the undated", () => {
    const t = timelineData([
      { id: "late", title: "L", published: "2025-10-11", relevant: true },
      { id: "early", title: "E", published: "2025-10-08", relevant: false },
      { id: "none", title: "N", relevant: true },
    ]);
    expect(t.start).toBe("2025-10-07");
    expect(t.end).toBe("2025-10-12");
    expect(t.points.map((p) => [p.id, p.x, p.relevant])).toEqual([
      ["early", 0.2, false],
      ["late", 0.8, true],
    ]);
    expect(t.undated).toEqual(["none"]);
    expect(t.ticks[0]).toEqual({ date: "2025-10-07", x: 0 });
    expect(t.ticks.every((k) => k.x >= 0 && k.x <= 1)).toBe(true);
  });

  it("stacks articles of the same day in lanes", () => {
    const t = timelineData([
      { id: "a", title: "A", published: "2025-10-10", relevant: true },
      { id: "b", title: "B", published: "2025-10-10", relevant: true },
      { id: "c", title: "C", published: "2025-12-10", relevant: false },
    ]);
    expect(t.points.map((p) => [p.id, p.lane])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    expect(t.lanes).toBe(2);
    // Months apart: month ticks.
    expect(t.ticks.map((k) => k.date)).toEqual(["2025-11-01", "2025-12-01"]);
  });

  it("is empty without dated articles", () => {
    expect(timelineData([{ id: "x", title: "X", relevant: false }])).toMatchObject({
      points: [],
      undated: ["x"],
    });
  });
});

describe("area × article matrix data", () => {
  const before = libraryArticle(
    stored("before", {
      published: "2025-10-08",
      analysis: {
        commitments: [
          commitment({ kind: "expected", areas: ["health", "education"] }),
          commitment({ kind: "proposed", areas: ["health"] }),
        ],
      },
    }),
  );
  const after = libraryArticle(
    stored("after", {
      published: "2025-10-11",
      analysis: {
        commitments: [
          commitment({ kind: "agreed", areas: ["health"] }),
          commitment({ kind: "signed", areas: ["health", "justice"] }),
        ],
      },
    }),
  );
  const none = libraryArticle(stored("none", { published: "2025-10-09" }));

  it("has articles oldest first, the areas in lexicon order, and the strongest kind per cell", () => {
    const m = matrixData([after, none, before]);
    expect(m.columns.map((c) => c.id)).toEqual(["before", "after"]);
    expect(m.rows).toEqual(["education", "health", "justice"]);
    const cell = (area: string, id: string) => m.cells.find((c) => c.area === area && c.articleId === id);
    // Proposed outranks expected; signed outranks agreed.
    expect(cell("health", "before")).toMatchObject({ kind: "proposed", commitment: 1, commitments: [0, 1] });
    expect(cell("health", "after")).toMatchObject({ kind: "signed", commitment: 1, commitments: [0, 1] });
    expect(cell("education", "before")).toMatchObject({ kind: "expected", commitment: 0 });
    expect(cell("education", "after")).toBeUndefined();
    expect(m.cells).toHaveLength(4);
  });
});
