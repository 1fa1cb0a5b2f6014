import { describe, expect, it } from "vitest";
import type { CorpusDB } from "../../src/corpus/db";
import { buildExport, checkExport } from "../../src/corpus/export-format";
import { importArticles } from "../../src/corpus/import";
import { allArticles } from "../../src/corpus/library-queries";
import { saveArticle } from "../../src/corpus/store";
import type { StoredArticle } from "../../src/corpus/types";
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

  it("two articles sharing one id but not one address: both kept, neither overwrites the other", async () => {
    const db = await freshCorpus();
    const data = await exportOf(await corpusWithOne());
    const first = data.articles[0]!;
    const twin = { ...structuredClone(first), url: "https://vov.vn/b.vov", title: "B" };
    data.articles.push(twin);
    const checked = checkExport(JSON.stringify(data));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const result = await importArticles(db, checked.value);
    expect(result.added).toBe(2);
    const stored = await allArticles(db);
    expect(stored.map((a) => a.title).sort()).toEqual(["A", "B"]);
    expect(new Set(stored.map((a) => a.id)).size).toBe(2);
  });

  it("HTML and script payloads in every text field are kept as the text they are, never as markup", async () => {
    const db = await freshCorpus();
    const data = await exportOf(await corpusWithOne());
    const a = data.articles[0]!;
    a.title = PAYLOAD;
    a.outlet = PAYLOAD;
    const checked = checkExport(JSON.stringify(data));
    // Valid data (a title may contain "<"): what keeps it inert is that every view renders
    // with textContent, which the popup, card and library tests check on the pages themselves.
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await importArticles(db, checked.value);
    const [stored] = await allArticles(db);
    expect(stored?.title).toBe(PAYLOAD);
  });
});
