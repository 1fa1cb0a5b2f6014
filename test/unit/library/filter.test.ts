import { describe, expect, it } from "vitest";
import { facetsOf, filterArticles } from "../../../src/library/filter";
import { actor, commitment, libraryArticle, stored } from "./fixtures";

const A = libraryArticle(
  stored("a", {
    title: "Tổng Bí thư Tô Lâm hội đàm",
    published: "2025-10-10",
    analysis: {
      actors: [actor("to-lam", "Tô Lâm", "vietnam", 12, 18, "Tô Lâm")],
      commitments: [commitment({ kind: "agreed", areas: ["health", "culture"] })],
      areas: ["health", "culture"],
    },
  }),
);
const B = libraryArticle(
  stored("b", {
    title: "Deputy FM on the coming visit",
    language: "en",
    published: "2025-10-08",
    analysis: {
      language: "en",
      actors: [actor("kim-jong-un", "Kim Jong Un", "dprk", 0, 11, "Kim Jong Un")],
      commitments: [
        commitment({ kind: "expected", areas: ["health"], text: "expected to discuss đường sắt" }),
      ],
      areas: ["health"],
    },
  }),
);
const C = libraryArticle(stored("c", { title: "Undated piece", analysis: { areas: ["trade"] } }));
const ALL = [A, B, C];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("library filter", () => {
  it("keeps everything with no criterion", () => {
    expect(ids(filterArticles(ALL, {}))).toEqual(["a", "b", "c"]);
  });

  it("free text ignores case and diacritics: 'to lam' finds 'Tô Lâm'", () => {
    expect(ids(filterArticles(ALL, { text: "to lam" }))).toEqual(["a"]);
    expect(ids(filterArticles(ALL, { text: "TÔ LÂM" }))).toEqual(["a"]);
    // đ folds to d, in commitment sentences too.
    expect(ids(filterArticles(ALL, { text: "duong sat" }))).toEqual(["b"]);
    expect(ids(filterArticles(ALL, { text: "no such words" }))).toEqual([]);
  });

  it("free text also accepts the background's full-text hits", () => {
    expect(ids(filterArticles(ALL, { text: "pyongyang" }, new Set(["c"])))).toEqual(["c"]);
  });

  it("filters by actor, language, area and kind", () => {
    expect(ids(filterArticles(ALL, { actor: "kim-jong-un" }))).toEqual(["b"]);
    expect(ids(filterArticles(ALL, { language: "vi" }))).toEqual(["a", "c"]);
    expect(ids(filterArticles(ALL, { area: "health" }))).toEqual(["a", "b"]);
    expect(ids(filterArticles(ALL, { area: "trade" }))).toEqual(["c"]);
    expect(ids(filterArticles(ALL, { kind: "expected" }))).toEqual(["b"]);
    // Area and kind together: one commitment of that kind on that area.
    expect(ids(filterArticles(ALL, { kind: "agreed", area: "culture" }))).toEqual(["a"]);
    expect(ids(filterArticles(ALL, { kind: "expected", area: "culture" }))).toEqual([]);
  });

  it("filters by an inclusive date range and leaves undated articles out of any range", () => {
    expect(ids(filterArticles(ALL, { from: "2025-10-09" }))).toEqual(["a"]);
    expect(ids(filterArticles(ALL, { to: "2025-10-08" }))).toEqual(["b"]);
    expect(ids(filterArticles(ALL, { from: "2025-10-08", to: "2025-10-10" }))).toEqual(["a", "b"]);
  });

  it("combines criteria", () => {
    expect(ids(filterArticles(ALL, { area: "health", text: "visit" }))).toEqual(["b"]);
  });

  it("offers only the values stored articles have", () => {
    const f = facetsOf(ALL);
    expect(f.actors.map((a) => a.id).sort()).toEqual(["kim-jong-un", "to-lam"]);
    expect(f.areas).toEqual(["culture", "health", "trade"]);
    expect(f.kinds).toEqual(["agreed", "expected"]);
    expect(f.languages).toEqual(["en", "vi"]);
  });
});

describe("library filter: relevance", () => {
  it("keeps only relevant articles when asked", () => {
    const off = libraryArticle(
      stored("off", { analysis: { relevance: { relevant: false, score: 0, reasons: [] } } }),
    );
    expect(ids(filterArticles([...ALL, off], { relevant: true }))).toEqual(["a", "b", "c"]);
    expect(ids(filterArticles([...ALL, off], {}))).toEqual(["a", "b", "c", "off"]);
  });
});
