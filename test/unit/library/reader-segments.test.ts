import { describe, expect, it } from "vitest";
import { readerMarks, segmentText } from "../../../src/library/reader-segments";
import { stubAnalysis } from "../helpers/corpus";
import { actor, commitment } from "./fixtures";

describe("reader segments", () => {
  it("cuts overlapping highlights into flat pieces that cover the text exactly", () => {
    const text = "Intro. Tô Lâm agreed on health. End";
    const analysis = stubAnalysis({
      actors: [actor("to-lam", "Tô Lâm", "vietnam", 7, 13, "Tô Lâm")],
      commitments: [commitment({ kind: "agreed", areas: ["health"], start: 7, end: 31 })],
    });
    const marks = readerMarks(analysis);
    const segs = segmentText(text.length, marks);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.marks.map((i) => marks[i]!.category)])).toEqual([
      ["Intro. ", []],
      ["Tô Lâm", ["kind-agreed", "actor-vietnam"]],
      [" agreed on health.", ["kind-agreed"]],
      [" End", []],
    ]);
    expect(segs.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
  });

  it("is the whole text when nothing is marked", () => {
    expect(segmentText(5, [])).toEqual([{ start: 0, end: 5, marks: [] }]);
  });
});
