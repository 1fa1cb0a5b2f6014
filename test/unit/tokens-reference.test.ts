import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWord, markedForm, type Token, tokenize } from "../../src/analysis/tokens";

// tokenize() reads characters through a lookup table for speed; it must still cut exactly the
// runs that the plain Unicode-property definition cuts, CJK splitting included.

const CJK = /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;

function reference(text: string): Array<Pick<Token, "start" | "end" | "raw">> {
  const out: Array<Pick<Token, "start" | "end" | "raw">> = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const raw = m[0];
    if (!CJK.test(raw)) {
      out.push({ start: m.index, end: m.index + raw.length, raw });
      continue;
    }
    // Each CJK character alone; the non-CJK stretches between them as one token each.
    for (const part of raw.matchAll(new RegExp(`${CJK.source}|(?:(?!${CJK.source})[^])+`, "gu"))) {
      const start = m.index + part.index;
      out.push({ start, end: start + part[0].length, raw: part[0] });
    }
  }
  return out;
}

const ALPHABET = [
  ..."aZ09 -.,'’—\n\tđĐâÂỹỸÀ\u0301\u0300\u0323한국朝鲜ひカКНДРï",
  "\u{20000}",
  "\u{1D400}",
  "😀",
  "\uD800",
  "\uDC00",
  "\u00A0",
];
const mixed = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((a) => a.join(""));
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

describe("tokenize against the regex definition", () => {
  it.each([
    ["mixed scripts, marks, surrogates", mixed],
    ["any UTF-16 units", anyUnits],
  ])("%s", (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        const got = tokenize(text);
        expect(got.map(({ start, end, raw }) => ({ start, end, raw }))).toEqual(reference(text));
        for (const t of got) {
          expect(t.raw).toBe(text.slice(t.start, t.end));
          expect(t.fold).toBe(CJK.test(t.raw) ? t.raw : foldWord(t.raw));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps word-internal marks and digits, splits at punctuation", () => {
    expect(tokenize("Tô Lâm (NFD: Lâm) 2025-10-09, 북한은").map((t) => t.raw)).toEqual([
      "Tô",
      "Lâm",
      "NFD",
      "Lâm",
      "2025",
      "10",
      "09",
      "북",
      "한",
      "은",
    ]);
  });

  it("still tells tone placements apart from different marks (markedForm is cached)", () => {
    expect(markedForm("hòa")).toBe(markedForm("hoà"));
    expect(markedForm("Lâm")).not.toBe(markedForm("làm"));
    expect(markedForm("Lam")).toBeNull();
  });
});
