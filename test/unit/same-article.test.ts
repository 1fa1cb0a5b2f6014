import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCandidates } from "../../src/corpus/candidates";
import { crossReference } from "../../src/corpus/cross-reference";
import { SAME_ARTICLE, sameArticle, signatureSimilarity, textSignature } from "../../src/corpus/fingerprint";
import { seedCorpus } from "../../src/corpus/seed";
import { countArticles, saveArticle } from "../../src/corpus/store";
import { analysed, EN_SEED, freshCorpus, MS_SEED } from "./helpers/corpus";

const text = (name: string) => readFileSync(new URL(`../fixtures/texts/${name}`, import.meta.url), "utf8");
const VI_TALKS = text("vi-hoi-dam.txt");
const VI_WELCOME = text("vi-le-don.txt");
const VI_RESULTS = text("vi-vietnamplus-ket-qua.txt");
const EN_TALKS = text("en-vna-talks.txt");

/** The same dispatch as another outlet prints it: its own dateline, caption, byline and links. */
function reprinted(body: string): string {
  const paragraphs = body.split(/\n+/).filter(Boolean);
  return [
    "Hà Nội (TTXVN) –",
    ...paragraphs.slice(0, -1),
    "Ảnh: TTXVN phát. Tin liên quan: Giá vàng hôm nay; Thời tiết cuối tuần",
    "Biên tập viên: Minh Anh. Chia sẻ bài viết",
  ].join("\n\n");
}

describe("the text fingerprint", () => {
  it("calls a reprint of one dispatch the same article, two reports of one visit different", () => {
    for (const body of [EN_SEED, VI_TALKS, EN_TALKS]) {
      expect(signatureSimilarity(textSignature(body), textSignature(reprinted(body)))).toBeGreaterThanOrEqual(
        SAME_ARTICLE,
      );
    }
    // Decomposed, or without its marks: the same text.
    expect(sameArticle(textSignature(VI_TALKS), textSignature(VI_TALKS.normalize("NFD")))).toBe(true);
    expect(sameArticle(textSignature(VI_TALKS), textSignature(text("vi-hoi-dam-khong-dau.txt")))).toBe(true);
    const different = [VI_TALKS, VI_WELCOME, VI_RESULTS, EN_TALKS, EN_SEED, MS_SEED].map(textSignature);
    for (let i = 0; i < different.length; i++)
      for (let j = i + 1; j < different.length; j++)
        expect(signatureSimilarity(different[i]!, different[j]!), `${i}~${j}`).toBeLessThan(SAME_ARTICLE);
    expect(textSignature("too short")).toEqual([]);
  });
});

describe("a page that is a stored article", () => {
  it("is recognised by its text on another address, and compared with the others only", async () => {
    const db = await freshCorpus();
    await seedCorpus(db, { analyse: analysed });
    const page = {
      url: "http://vietnamnews.vn:8080/politics/deputy-fm-interview.html",
      analysis: analysed(EN_SEED),
      signature: textSignature(reprinted(EN_SEED)),
    };
    const found = await findCandidates(db, page);
    expect(found.same).toEqual(["seed-000_600e93926c99760f"]);
    const xref = crossReference(page, found.articles, { same: found.same, signatures: found.signatures });
    expect(xref.savedAs).toBe("seed-000_600e93926c99760f");
    expect(xref.savedTitle).toMatch(/^Deputy FM/);
    expect(xref.related.map((r) => r.article.id)).toEqual(["seed-002_e8120e5def90eb2b"]);

    // Without its fingerprint the page is compared with its own stored copy (what the issue saw).
    const blind = crossReference(page, (await findCandidates(db, { ...page, signature: [] })).articles);
    expect(blind.related.map((r) => r.article.id)).toContain("seed-000_600e93926c99760f");
  });

  it("Save on a copy updates the stored article instead of adding one", async () => {
    const db = await freshCorpus();
    const first = await saveArticle(db, {
      url: "https://baotintuc.vn/thoi-su/hoi-dam-1.htm",
      title: "Hội đàm",
      text: VI_TALKS,
      analysis: analysed(VI_TALKS),
    });
    const copy = await saveArticle(db, {
      url: "https://www.vietnamplus.vn/hoi-dam-post1.vnp",
      title: "Hội đàm (VietnamPlus)",
      text: reprinted(VI_TALKS),
      analysis: analysed(reprinted(VI_TALKS)),
    });
    expect(copy).toEqual({ id: first.id, created: false, count: 1 });
    const other = await saveArticle(db, {
      url: "https://baotintuc.vn/thoi-su/le-don.htm",
      title: "Lễ đón",
      text: VI_WELCOME,
      analysis: analysed(VI_WELCOME),
    });
    expect(other.created).toBe(true);
    expect(await countArticles(db)).toBe(2);
  });

  it("groups copies of one story on several outlets as one related entry", async () => {
    const db = await freshCorpus();
    for (const [url, body] of [
      ["https://baotintuc.vn/a.htm", VI_TALKS],
      ["https://kcnawatch.org/a", EN_TALKS],
    ] as const) {
      await saveArticle(db, { url, title: url, text: body, analysis: analysed(body) });
    }
    // A mirror of the English report, stored before the fingerprint could group it at save time
    // (two records for one story, as an import or an older version left them).
    const mirror = { url: "https://kcna.kp/mirror", title: "mirror", text: reprinted(EN_TALKS) };
    const tx = db.transaction("articles", "readwrite");
    const { toRecord } = await import("../../src/corpus/db");
    await tx.store.put(
      toRecord(
        {
          ...mirror,
          id: "mirror",
          outlet: "kcna.kp",
          language: "en",
          savedAt: "2025-01-01T00:00:00.000Z",
          analysis: analysed(mirror.text),
        },
        1,
      ),
    );
    await tx.done;
    const page = {
      url: "https://vov.vn/page",
      analysis: analysed(VI_RESULTS),
      signature: textSignature(VI_RESULTS),
    };
    const found = await findCandidates(db, page);
    const xref = crossReference(page, found.articles, { same: found.same, signatures: found.signatures });
    const story = xref.related.find((r) => r.copies && r.copies.length > 0);
    expect(story, "the English report and its mirror are one entry").toBeDefined();
    expect([story!.article.id, ...story!.copies!.map((c) => c.id)]).toContain("mirror");
    expect(xref.related).toHaveLength(2);
  });
});
