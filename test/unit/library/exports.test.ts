import { describe, expect, it } from "vitest";
import { CSV_HEADER, commitmentsCsv, csvCell } from "../../../src/corpus/commitments-csv";
import { ANNO_CONTEXT, annotationsOf, toAnnotationCollection } from "../../../src/corpus/web-annotation";
import { actor, commitment, stored } from "./fixtures";

describe("CSV of commitments", () => {
  it("quotes per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\r")).toBe('"cr\r"');
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("has one row per commitment with its article, date, kind, areas, actor names and sentence", () => {
    const text = "Tô Lâm, Kim Jong Un agreed on health, education.";
    const a = stored("a", {
      title: "=Visit, day 1",
      published: "2025-10-10",
      text,
      analysis: {
        actors: [
          actor("to-lam", "Tô Lâm", "vietnam", 0, 6, "Tô Lâm"),
          actor("kim-jong-un", "Kim Jong Un", "dprk", 8, 19, "Kim Jong Un"),
        ],
        commitments: [
          commitment({
            kind: "agreed",
            areas: ["health", "education"],
            actors: ["to-lam", "kim-jong-un"],
            start: 0,
            end: text.length,
            text,
          }),
        ],
      },
    });
    const csv = commitmentsCsv([a, stored("b")]);
    expect(csv.split("\r\n")).toEqual([
      CSV_HEADER.join(","),
      `"'=Visit, day 1",https://example.vn/a,2025-10-10,agreed,health; education,Tô Lâm; Kim Jong Un,"${text}"`,
      "",
    ]);
  });
});

describe("W3C Web Annotation export", () => {
  // An astral character (2 UTF-16 units, 1 code point) before the highlights.
  const text = "𝕏 Tổng Bí thư Tô Lâm nhất trí hợp tác y tế.";
  const start = text.indexOf("Tô Lâm");
  const article = stored("a", {
    text,
    url: "https://baotintuc.vn/a.htm",
    analysis: {
      actors: [actor("to-lam", "Tô Lâm", "vietnam", start, start + 6, "Tô Lâm")],
      commitments: [
        commitment({
          kind: "agreed",
          areas: ["health"],
          actors: ["to-lam"],
          start: 3,
          end: text.length,
          text: text.slice(3),
        }),
      ],
    },
  });

  it("is a JSON-LD AnnotationCollection with one annotation per highlight", () => {
    const c = toAnnotationCollection([article, stored("empty")], new Date("2025-10-12T00:00:00Z"));
    expect(c["@context"]).toBe(ANNO_CONTEXT);
    expect(c.type).toBe("AnnotationCollection");
    expect(c.total).toBe(2);
    expect(c.first.type).toBe("AnnotationPage");
    expect(c.first.items.map((a) => a.type)).toEqual(["Annotation", "Annotation"]);
    expect(new Set(c.first.items.map((a) => a.id)).size).toBe(2);
  });

  it("targets the source with a quote and a code-point position, and describes the actor", () => {
    const [mention] = annotationsOf(article);
    expect(mention!.target.source).toBe("https://baotintuc.vn/a.htm");
    const [quote, position] = mention!.target.selector;
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "Tô Lâm",
      prefix: text.slice(0, start),
      suffix: text.slice(start + 6, start + 6 + 32),
    });
    expect(position).toEqual({ type: "TextPositionSelector", start: start - 1, end: start + 5 });
    expect(mention!.body[0]).toEqual({
      type: "TextualBody",
      purpose: "tagging",
      value: "Tô Lâm",
      format: "text/plain",
    });
    expect(mention!.body[1]!.purpose).toBe("describing");
    expect(JSON.parse(mention!.body[1]!.value)).toEqual({
      id: "to-lam",
      name: "Tô Lâm",
      side: "vietnam",
      type: "person",
    });
  });

  it("describes a commitment: kind, areas and actors", () => {
    const [, c] = annotationsOf(article);
    expect(c!.motivation).toBe("classifying");
    expect(c!.body.filter((b) => b.purpose === "tagging").map((b) => b.value)).toEqual(["agreed", "health"]);
    const description = JSON.parse(c!.body.find((b) => b.purpose === "describing")!.value);
    expect(description).toEqual({
      kind: "agreed",
      areas: ["health"],
      actors: [{ id: "to-lam", name: "Tô Lâm" }],
    });
    expect(c!.target.selector[0].exact).toBe(text.slice(3));
    expect(c!.target.selector[1]).toEqual({ type: "TextPositionSelector", start: 2, end: [...text].length });
  });
});
