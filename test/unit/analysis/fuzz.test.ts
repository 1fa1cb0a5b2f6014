import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, seedEn, spansOf } from "./fixtures";

// Hostile input for the analyser: whatever a page hands it, it answers, and every span it
// reports is the text at its offsets. (How its time grows with size is measured by the bench.)

const holds = (input: string) => {
  const a = analyse(input);
  for (const s of spansOf(a)) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(input.slice(s.start, s.end)).toBe(s.text);
  }
  return a;
};

const PUNCTUATION = [..."...!?;:,،，。！？、—–-‐()[]{}«»“”\"'‘’…/\\|@#%&*+=<>~^_`"];
const ODD = [
  "\u200b", // zero-width space
  "\u200d", // zero-width joiner
  "\u200e", // left-to-right mark
  "\u202e", // right-to-left override
  "\ufeff",
  "\u0301", // combining acute, with nothing to combine with
  "\ud800", // lone high surrogate
  "\udc00", // lone low surrogate
  "\u0000",
  "\r\n",
  "\u2028",
  "\u00a0",
  "\t",
];
const WORDS = [
  "Kim Jong Un",
  "Tô Lâm",
  "Triều Tiên",
  "DPRK",
  "agreed",
  "nhất trí",
  "ký kết",
  "10/10/2025",
  "Mr.",
  "U.N.",
];

describe("the analyser on hostile text", () => {
  it("never throws on random Unicode, lone surrogates, control and bidi characters", () => {
    const piece = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom(...ODD, ...WORDS),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        holds(parts.join(""));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on pathological punctuation around the words it looks for", () => {
    const piece = fc.oneof(
      fc.constantFrom(...PUNCTUATION),
      fc.constantFrom(...WORDS),
      fc.constantFrom(" ", "\n", "\n\n"),
      fc.array(fc.constantFrom(...PUNCTUATION), { minLength: 50, maxLength: 400 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
        holds(parts.join(""));
      }),
      { numRuns: 300 },
    );
  });

  it("answers on huge inputs: one 2 MB word, 2 MB of full stops, 2 MB of newlines, a 2 MB article", () => {
    const article = seedEn();
    const inputs = [
      "a".repeat(2_000_000),
      ".".repeat(2_000_000),
      "\n".repeat(2_000_000),
      "Kim Jong Un. ".repeat(150_000),
      article.repeat(Math.ceil(2_000_000 / article.length)),
    ];
    for (const input of inputs) {
      const a = holds(input);
      expect(a.relevance).toBeDefined();
    }
    // The repeated article is still read as the article it is.
    const last = analyse(inputs[4]!);
    const once = analyse(article).actors.map((x) => x.id);
    expect(once.length).toBeGreaterThan(0);
    expect(last.actors.map((x) => x.id)).toEqual(expect.arrayContaining(once));
  }, 120_000);

  it("empty and whitespace-only text give an irrelevant, empty analysis", () => {
    for (const input of ["", " ", "\n\n\n", "\u200b\u200b", "\ufeff"]) {
      const a = holds(input);
      expect(a.relevance.relevant).toBe(false);
      expect(a.commitments).toEqual([]);
    }
  });
});
