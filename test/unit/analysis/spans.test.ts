import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, seedEn, seedMs, spansOf, text } from "./fixtures";

const dir = fileURLToPath(new URL("../../fixtures/texts/", import.meta.url));
const corpus = [seedEn(), seedMs(), ...readdirSync(dir).map(text)];

const holds = (input: string) => {
  for (const s of spansOf(analyse(input))) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(input.slice(s.start, s.end)).toBe(s.text);
  }
};

describe("every span points into the original text", () => {
  it("on the seeds and every fixture, as written, in NFD and in NFC", () => {
    for (const t of corpus) {
      holds(t);
      holds(t.normalize("NFD"));
      holds(t.normalize("NFC"));
    }
  });

  it("on random slices of real text", () => {
    const joined = corpus.join("\n\n");
    fc.assert(
      fc.property(fc.nat(joined.length), fc.nat(3000), (from, len) => holds(joined.slice(from, from + len))),
      { numRuns: 150 },
    );
  });

  it("on random Unicode with the words the analyser looks for mixed in", () => {
    const words = fc.constantFrom(
      "Tô Lâm",
      "Kim Jong-un",
      "Triều Tiên",
      "DPRK",
      "signed",
      "nhất trí",
      "y tế",
      " ",
      ".",
      "\n",
      "Ảnh:",
      "(TTXVN)",
      "9-11/10/2025",
      "Đại sứ",
    );
    const piece = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), words);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => holds(parts.join(""))),
      { numRuns: 300 },
    );
  });
});

describe("mentions stay in order and do not overlap", () => {
  it("on every fixture", () => {
    for (const t of corpus) {
      const spans = analyse(t)
        .actors.flatMap((a) => a.mentions)
        .sort((x, y) => x.start - y.start);
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });
});

describe("dates without a year", () => {
  it("are read in the latest year the text names when it carries no publication date", () => {
    const a = analyse("The visit from October 9 to 11 marks the Viet Nam–DPRK Friendship Year 2025.");
    expect(a.dates.map((d) => d.iso)).toEqual(["2025-10-09/2025-10-11"]);
    const b = analyse("Chiều 10/10, tại Bình Nhưỡng, nhân dịp kỷ niệm 80 năm (1945-2025).");
    expect(b.dates.map((d) => d.iso)).toEqual(["2025-10-10"]);
  });

  it("are left out when nothing tells the year", () => {
    expect(analyse("Pyongyang, October 10 (KCNA) -- talks.").dates).toEqual([]);
  });
});
