import { describe, expect, it } from "vitest";
import type { StoredArticle } from "../../src/contract/corpus";
import type { CorpusDB } from "../../src/corpus/db";
import { buildExport, checkExport } from "../../src/corpus/export-format";
import { importArticles } from "../../src/corpus/import";
import { allArticles } from "../../src/corpus/library-queries";
import { saveArticle } from "../../src/corpus/store";
import { analysed, freshCorpus } from "./helpers/corpus";

// Import files written to hurt (the everyday bad files are in corpus-transfer.test.ts): a
// 100 MB file, articles without ids or sharing one, and fields that carry HTML and scripts.

const NOW = new Date("2025-10-12T00:00:00Z");
const TEXT =
  "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Kim Jong Un tại Bình Nhưỡng. Hai bên nhất trí tăng cường hợp tác y tế.";
const PAYLOAD = `<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>`;

async function corpusWithOne(): Promise<CorpusDB> {
  const db = await freshCorpus();
  await saveArticle(
    db,
    { url: "https://vov.vn/a.vov", title: "A", text: TEXT, analysis: analysed(TEXT) },
    NOW,
  );
  return db;
}

const byId = (xs: StoredArticle[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

async function exportOf(
  db: CorpusDB,
): Promise<Record<string, unknown> & { articles: Record<string, unknown>[] }> {
  return JSON.parse(JSON.stringify(buildExport(await allArticles(db), NOW)));
}

describe("hostile import files", () => {
  it("a 100 MB file is refused by its size, before it is parsed, and the corpus is unchanged", async () => {
    const db = await corpusWithOne();
    const before = byId(await allArticles(db));
    const data = await exportOf(db);
    const huge = JSON.stringify({ ...data, padding: "x".repeat(100 * 1024 * 1024) });
    const checked = checkExport(huge);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/too large/);
    expect(byId(await allArticles(db))).toEqual(before);
  }, 60_000);

  it("an article without an id is refused with a message naming it", async () => {
    const db = await corpusWithOne();
    const data = await exportOf(db);
    delete data.articles[0]!.id;
    const checked = checkExport(JSON.stringify(data));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/Article 1.*id/);
  });

  it("two articles sharing one id (at different addresses) are refused, and the corpus is unchanged", async () => {
    const db = await corpusWithOne();
    const before = byId(await allArticles(db));
    const data = await exportOf(db);
    const first = data.articles[0]!;
    data.articles.push({ ...structuredClone(first), url: "https://vov.vn/b.vov", title: "B" });
    const checked = checkExport(JSON.stringify(data));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/Articles 1 and 2 have the same id.*Nothing was imported/);
    expect(byId(await allArticles(db))).toEqual(before);
  });

  for (const field of ["title", "outlet", "publisher"] as const) {
    it(`an HTML or script payload in the ${field} is text: imported and kept as it is`, async () => {
      const data = await exportOf(await corpusWithOne());
      data.articles[0]![field] = PAYLOAD;
      const checked = checkExport(JSON.stringify(data));
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      const db = await freshCorpus();
      await importArticles(db, checked.value);
      const [stored] = await allArticles(db);
      expect(stored?.[field]).toBe(PAYLOAD);
    });
  }

  it("markup in the address (a link, not text) is refused with the field named", async () => {
    const data = await exportOf(await corpusWithOne());
    data.articles[0]!.url = `https://vov.vn/${PAYLOAD}`;
    const checked = checkExport(JSON.stringify(data));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toContain("url");
  });

  it("one rule on save and import: a page saved with a markup title exports and imports into a fresh corpus", async () => {
    const db = await freshCorpus();
    for (const title of ["<b>Hội đàm</b> Kim Jong Un", "Trade a<b DPRK"]) {
      await saveArticle(
        db,
        {
          url: `https://vov.vn/${encodeURIComponent(title)}.vov`,
          title,
          text: TEXT,
          analysis: analysed(TEXT),
        },
        NOW,
      );
    }
    const checked = checkExport(JSON.stringify(buildExport(await allArticles(db), NOW)));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const fresh = await freshCorpus();
    await importArticles(fresh, checked.value);
    expect(byId(await allArticles(fresh))).toEqual(byId(await allArticles(db)));
  });

  it("save refuses what import would refuse (the same rule): a javascript: address", async () => {
    const db = await freshCorpus();
    await expect(
      saveArticle(db, { url: "javascript:alert(1)", title: "x", text: TEXT, analysis: analysed(TEXT) }, NOW),
    ).rejects.toThrow(/url must be/);
    expect(await allArticles(db)).toEqual([]);
  });

  it("a javascript: address is refused", async () => {
    const data = await exportOf(await corpusWithOne());
    data.articles[0]!.url = "javascript:alert(1)";
    const checked = checkExport(JSON.stringify(data));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(/url must be an http\(s\), file or urn address/);
  });

  it("markup quoted in an article's body is kept as the text it is, never as markup", async () => {
    const db = await freshCorpus();
    const data = await exportOf(await corpusWithOne());
    const a = data.articles[0]!;
    // Offsets stay valid: the payload is appended after every span.
    a.text = `${a.text as string}\n${PAYLOAD}`;
    const checked = checkExport(JSON.stringify(data));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await importArticles(db, checked.value);
    const [stored] = await allArticles(db);
    expect(stored?.text.endsWith(PAYLOAD)).toBe(true);
  });
});
