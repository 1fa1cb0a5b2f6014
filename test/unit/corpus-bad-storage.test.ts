import { openDB } from "idb";
import { describe, expect, it, vi } from "vitest";
import { createCorpusConnection } from "../../src/background/connection";
import { createDispatcher } from "../../src/background/dispatch";
import type { StoredArticle } from "../../src/contract/corpus";
import { ANALYSER_VERSION } from "../../src/corpus/analyser-version";
import { type CorpusDB, DB_VERSION, MIGRATIONS, openCorpus, toRecord } from "../../src/corpus/db";
import {
  BLOCKED_MESSAGE,
  QUOTA_MESSAGE,
  StorageBlocked,
  storageErrorMessage,
} from "../../src/corpus/storage-errors";
import { countArticles, getArticle, saveArticle } from "../../src/corpus/store";
import { idForUrl } from "../../src/corpus/url";
import { analysed, EN_SEED, MS_OTHER, MS_SEED, stubAnalysis } from "./helpers/corpus";
import { createReleased, RELEASED, recordV1, shapeOf } from "./helpers/released-schemas";

// The corpus when storage misbehaves: old databases upgraded, a full disk, another tab in the way.

let n = 0;
const uniqueName = () => `diplomark-bad-${++n}-${Math.random().toString(36).slice(2)}`;

function article(i: number, text: string): StoredArticle {
  const url = `https://vov.vn/article-${i}.vov`;
  return {
    id: idForUrl(url),
    url,
    title: `Article ${i}`,
    outlet: "vov.vn",
    language: "en",
    savedAt: "2025-11-01T00:00:00.000Z",
    text,
    analysis: analysed(text),
  };
}

const ARTICLES = [article(1, EN_SEED), article(2, MS_SEED), article(3, MS_OTHER)];

/**
 * Writes a database as version `version` of the extension left it: the first `version`
 * migrations, then records in that version's shape. A migration that changes the record shape
 * adds the older shape's writer here, so every earlier version keeps being rehearsed.
 */
async function createAtVersion(name: string, version: number, articles: StoredArticle[]): Promise<void> {
  const db = (await openDB(name, version, {
    upgrade(d, _old, _new, tx) {
      for (let v = 0; v < version; v++) MIGRATIONS[v]?.(d as unknown as CorpusDB, tx as never);
    },
  })) as unknown as CorpusDB;
  const tx = db.transaction("articles", "readwrite");
  for (const a of articles) {
    const record = toRecord(a, ANALYSER_VERSION);
    if (version < 2) {
      // Version 1 kept no fingerprint.
      const { signature: _s, bands: _b, ...v1 } = record;
      await tx.store.put(v1 as typeof record);
    } else await tx.store.put(record);
  }
  await tx.done;
  db.close();
}

describe("schema upgrades", () => {
  const versions = Object.keys(RELEASED).map(Number);

  it("the migrations build exactly the latest released schema (a released step never changes)", async () => {
    const db = await openCorpus(uniqueName());
    const latest = Math.max(...versions);
    expect(db.version).toBeGreaterThanOrEqual(latest);
    if (db.version === latest) expect(shapeOf(db as unknown as IDBDatabase)).toEqual(RELEASED[latest]);
    db.close();
  });

  for (const version of versions) {
    it(`a database left by released schema ${version} opens at version ${DB_VERSION} with every article intact`, async () => {
      const name = uniqueName();
      const records = ARTICLES.map((a) => toRecord(a, ANALYSER_VERSION));
      await createReleased(name, version, version === 1 ? records.map(recordV1) : records);
      const db = await openCorpus(name);
      expect(db.version).toBe(DB_VERSION);
      expect(await countArticles(db)).toBe(ARTICLES.length);
      for (const a of ARTICLES) expect(await getArticle(db, a.id)).toEqual(a);
      // The indexes the cross-reference relies on are there and filled.
      expect(await db.getAllKeysFromIndex("articles", "actorIds", "dprk")).toHaveLength(ARTICLES.length);
      // Each article's fingerprint is there: its first band key finds it.
      for (const a of ARTICLES) {
        const band = toRecord(a, ANALYSER_VERSION).bands[0]!;
        expect(await db.getAllKeysFromIndex("articles", "bands", band)).toContain(a.id);
      }
      db.close();
    });
  }

  it("a later migration step runs on the current database and keeps every article", async () => {
    const name = uniqueName();
    await createAtVersion(name, DB_VERSION, ARTICLES);
    const step = vi.fn();
    const db = await openCorpus(name, { migrations: [...MIGRATIONS, step] });
    expect(step).toHaveBeenCalledOnce();
    expect(db.version).toBe(DB_VERSION + 1);
    for (const a of ARTICLES) expect(await getArticle(db, a.id)).toEqual(a);
    db.close();
  });
});

describe("storage full", () => {
  it("a quota error on save: a clear message, nothing lost, and saving works once space is freed", async () => {
    const name = uniqueName();
    await createAtVersion(name, DB_VERSION, ARTICLES.slice(0, 2));
    const db = await openCorpus(name);
    // The browser's object store (fake-indexeddb's here), underneath idb's wrapper.
    const native = (globalThis as unknown as { IDBObjectStore: { prototype: { put: unknown } } })
      .IDBObjectStore.prototype;
    const realPut = native.put;
    native.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    const input = {
      url: ARTICLES[2]!.url,
      title: "New",
      text: ARTICLES[2]!.text,
      analysis: ARTICLES[2]!.analysis,
    };
    let failure: unknown;
    try {
      await saveArticle(db, input);
    } catch (e) {
      failure = e;
    } finally {
      native.put = realPut;
    }
    expect(failure).toBeDefined();
    expect(storageErrorMessage(failure)).toBe(QUOTA_MESSAGE);
    expect(await countArticles(db)).toBe(2);
    for (const a of ARTICLES.slice(0, 2)) expect(await getArticle(db, a.id)).toEqual(a);

    const saved = await saveArticle(db, input);
    expect(saved).toMatchObject({ created: true, count: 3 });
    db.close();
  });

  it("recognises the quota however the browser reports it", () => {
    expect(storageErrorMessage(new DOMException("x", "QuotaExceededError"))).toBe(QUOTA_MESSAGE);
    expect(storageErrorMessage({ name: "NS_ERROR_DOM_QUOTA_REACHED" })).toBe(QUOTA_MESSAGE);
    // A transaction aborted by the quota: the cause is in .error.
    expect(
      storageErrorMessage({ name: "AbortError", error: new DOMException("x", "QuotaExceededError") }),
    ).toBe(QUOTA_MESSAGE);
    expect(storageErrorMessage(new Error("other"))).toBe("other");
  });
});

describe("database blocked by another open tab", () => {
  it("an upgrade waits for the tab that holds the old version, says so, and completes once it closes", async () => {
    const name = uniqueName();
    await createAtVersion(name, DB_VERSION, ARTICLES);
    // An old tab: an open connection that ignores requests to close.
    const holder = await openDB(name, DB_VERSION);
    const blocked = vi.fn();
    let opened: CorpusDB | null = null;
    const opening = openCorpus(name, {
      migrations: [...MIGRATIONS, () => undefined],
      onBlocked: blocked,
    }).then((db) => {
      opened = db;
      return db;
    });
    await vi.waitFor(() => expect(blocked).toHaveBeenCalled());
    expect(opened).toBeNull();
    expect(BLOCKED_MESSAGE).toMatch(/close the other DiploMark tabs/);
    holder.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION + 1);
    expect(await countArticles(db)).toBe(ARTICLES.length);
    for (const a of ARTICLES) expect(await getArticle(db, a.id)).toEqual(a);
    db.close();
  });

  it("the background answers at once while blocked (the waiting page says it), then serves once the tab closes", async () => {
    const name = uniqueName();
    await createAtVersion(name, DB_VERSION, ARTICLES);
    const holder = await openDB(name, DB_VERSION);
    const connection = createCorpusConnection(name, [...MIGRATIONS, () => undefined]);
    await expect(connection.get()).rejects.toBeInstanceOf(StorageBlocked);
    // Asked again while still blocked: the same answer, at once.
    await expect(connection.get()).rejects.toThrow(/close the other DiploMark tabs/);
    const dispatch = createDispatcher({ corpus: () => connection.get(), analyse: () => stubAnalysis() });
    expect(await dispatch({ type: "count" })).toEqual({ error: BLOCKED_MESSAGE, code: "blocked" });
    holder.close();
    await vi.waitFor(async () =>
      expect(await dispatch({ type: "count" })).toEqual({ count: ARTICLES.length }),
    );
    (await connection.get()).close();
  });
});
