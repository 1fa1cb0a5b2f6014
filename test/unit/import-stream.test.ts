import { describe, expect, it } from "vitest";
import type { StoredArticle } from "../../src/contract/corpus";
import type { CorpusDB } from "../../src/corpus/db";
import { buildExport } from "../../src/corpus/export-format";
import { type ExportKind, exportChunks } from "../../src/corpus/export-stream";
import { importArticles } from "../../src/corpus/import";
import { checkImportStream, type ImportSource, importSlices } from "../../src/corpus/import-stream";
import { allArticles } from "../../src/corpus/library-queries";
import { ploverEvents } from "../../src/corpus/plover-events";
import { seedCorpus } from "../../src/corpus/seed";
import { saveArticle } from "../../src/corpus/store";
import { toAnnotationCollection } from "../../src/corpus/web-annotation";
import { analysed, freshCorpus, OWN_REPORTS } from "./helpers/corpus";

// Exports and imports of any size go through streams: these check the formats, the refusals and
// that the streamed forms say what the whole-file forms say.

const NOW = new Date("2025-10-12T00:00:00Z");

/** A file given in small chunks, so records straddle chunk boundaries. */
function source(text: string, chunk = 997): ImportSource {
  const bytes = new TextEncoder().encode(text);
  return {
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += chunk) c.enqueue(bytes.slice(i, i + chunk));
          c.close();
        },
      }),
  };
}

async function corpus(): Promise<CorpusDB> {
  const db = await freshCorpus();
  await seedCorpus(db, { analyse: analysed });
  for (const [i, title] of ["<b>Hội đàm</b> Kim Jong Un", "Trade a<b DPRK", "Ổn định"].entries()) {
    await saveArticle(
      db,
      { url: `https://vov.vn/${i}.vov`, title, text: OWN_REPORTS[i]!, analysis: analysed(OWN_REPORTS[i]!) },
      NOW,
    );
  }
  return db;
}

async function exported(db: CorpusDB, kind: ExportKind, slice = 2): Promise<string> {
  let out = "";
  for await (const c of exportChunks(db, kind, { now: NOW, slice })) out += c.text;
  return out;
}

async function importAll(db: CorpusDB, src: ImportSource): Promise<void> {
  for await (const s of importSlices(src, 2)) await importArticles(db, s);
}

const byId = (xs: StoredArticle[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("streamed export and import", () => {
  it("a JSON Lines export imports into a fresh corpus, every article identical", async () => {
    const db = await corpus();
    const text = await exported(db, "corpus");
    const lines = text.trimEnd().split("\n");
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: "diplomark-corpus", version: 2 });
    expect(lines).toHaveLength(1 + 5);
    const check = await checkImportStream(source(text));
    expect(check).toMatchObject({ ok: true, count: 5, format: "lines" });
    const fresh = await freshCorpus();
    await importAll(fresh, source(text));
    expect(byId(await allArticles(fresh))).toEqual(byId(await allArticles(db)));
  });

  it("a version-1 JSON export still imports, read as a stream", async () => {
    const db = await corpus();
    const text = JSON.stringify(buildExport(await allArticles(db), NOW), null, 1);
    expect(await checkImportStream(source(text))).toMatchObject({ ok: true, count: 5, format: "json" });
    const fresh = await freshCorpus();
    await importAll(fresh, source(text));
    expect(byId(await allArticles(fresh))).toEqual(byId(await allArticles(db)));
  });

  it("reports progress and stops when cancelled", async () => {
    const db = await corpus();
    const text = await exported(db, "corpus");
    const seen: number[] = [];
    await checkImportStream(source(text), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
    const stop = new AbortController();
    stop.abort();
    await expect(checkImportStream(source(text), { signal: stop.signal })).rejects.toThrow();
  });

  it("refuses, with a reason, what the whole-file import refused", async () => {
    const db = await corpus();
    const lines = await exported(db, "corpus");
    const json = JSON.stringify(buildExport(await allArticles(db), NOW), null, 1);
    const cases: Array<[string, RegExp]> = [
      ["", /empty/],
      [lines.slice(0, Math.floor(lines.length / 2)), /truncated/],
      [json.slice(0, Math.floor(json.length / 2)), /truncated/],
      ["not json at all\n", /not valid JSON/],
      ['{"format":"other","version":1,"articles":[]}', /not a DiploMark corpus export/],
      [lines.replace('"version":2', '"version":3'), /version 3.*Update DiploMark/],
      [json.replace('"version": 1', '"version": 7'), /version 7/],
      [`${lines}${lines.split("\n")[1]}\n`, /same address/],
      [lines.replace(/"savedAt":"[^"]*"/, '"savedAt":"yesterday"'), /Article 1.*savedAt/],
      [json.replace(/"url": "https:\/\/vov.vn\/0.vov"/, '"url": "javascript:alert(1)"'), /url must be/],
    ];
    for (const [text, why] of cases) {
      const check = await checkImportStream(source(text));
      expect(check.ok, text.slice(0, 40)).toBe(false);
      if (!check.ok) {
        expect(check.error).toMatch(why);
        expect(check.error).toMatch(/Nothing was imported/);
      }
    }
    const huge = { size: 2 * 1024 ** 3, stream: () => new ReadableStream<Uint8Array>() };
    const big = await checkImportStream(huge);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.error).toMatch(/too large/);
  });

  it("the streamed annotations and CSV say what the whole-corpus forms say", async () => {
    const db = await corpus();
    const articles = await allArticles(db);
    const anno = JSON.parse(await exported(db, "annotations"));
    const whole = toAnnotationCollection(articles, NOW);
    expect(anno.total).toBe(whole.total);
    expect(new Set(anno.first.items.map((a: { id: string }) => a.id))).toEqual(
      new Set(whole.first.items.map((a) => a.id)),
    );
    const csv = await exported(db, "csv");
    expect(csv.startsWith("\uFEFFarticle,url,date,kind,areas,actors,sentence\r\n")).toBe(true);
    const rows = csv.trimEnd().split("\r\n").length - 1;
    expect(rows).toBe(articles.reduce((n, a) => n + a.analysis.commitments.length, 0));
  });

  it("streams the events export as JSON Lines, one PLOVER record per commitment, slice by slice", async () => {
    const db = await corpus();
    const articles = await allArticles(db);
    const lines = (await exported(db, "events")).trimEnd().split("\n");
    expect(lines).toHaveLength(articles.reduce((n, a) => n + a.analysis.commitments.length, 0));
    const events = lines.map((l) => JSON.parse(l));
    expect(events).toEqual(articles.flatMap(ploverEvents));
  });

  it("a damaged record is left out of the export (it is listed apart), the rest exports", async () => {
    const db = await corpus();
    const any = (await db.getAll("articles"))[0]!;
    await db.put("articles", { ...any, id: "broken", url: "https://vov.vn/broken", analysis: null as never });
    const text = await exported(db, "corpus");
    expect(text).not.toContain('"broken"');
    expect(await checkImportStream(source(text))).toMatchObject({ ok: true, count: 5 });
  });
});
