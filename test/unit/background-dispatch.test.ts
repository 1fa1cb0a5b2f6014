import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing";
import background from "../../entrypoints/background";
import { badgeText, showBadge } from "../../src/background/badge";
import { createDispatcher, type Dispatch } from "../../src/background/dispatch";
import { parseRequest } from "../../src/background/parse-request";
import { once } from "../../src/background/readiness";
import type { CorpusDB } from "../../src/corpus/db";
import { seedCorpus } from "../../src/corpus/seed";
import type { BackgroundReplies } from "../../src/protocol/messages";
import { analysed, EN_SEED, freshCorpus, MS_OTHER, MS_SEED, stubAnalysis } from "./helpers/corpus";

const PAGE_URL = "https://vietnamplus.vn/ms-interview.vnp";

async function setup(): Promise<{ dispatch: Dispatch; db: CorpusDB; badge: ReturnType<typeof vi.fn> }> {
  const db = await freshCorpus();
  await seedCorpus(db, { analyse: analysed });
  const badge = vi.fn(async () => {});
  const dispatch = createDispatcher({
    corpus: async () => db,
    analyse: (text) => analysed(text),
    badge,
    now: () => new Date("2025-10-12T00:00:00Z"),
  });
  return { dispatch, db, badge };
}

async function call<K extends keyof BackgroundReplies>(
  dispatch: Dispatch,
  message: { type: K } & Record<string, unknown>,
  sender = {},
): Promise<BackgroundReplies[K]> {
  const reply = await dispatch(message, sender);
  if (reply && typeof reply === "object" && "error" in reply) throw new Error(String(reply.error));
  return reply as BackgroundReplies[K];
}

describe("background dispatcher", () => {
  it("analyses a page, marks the sender's tab and counts the stored articles of its actors", async () => {
    const { dispatch, badge } = await setup();
    const { analysis, actorCounts } = await call(
      dispatch,
      { type: "page:read", text: MS_SEED, url: PAGE_URL, title: "t" },
      { tabId: 7, url: PAGE_URL },
    );
    expect(analysis.relevance.relevant).toBe(true);
    expect(badge).toHaveBeenCalledWith(7, analysis);
    // The hover card's figures: for this text's actors, and for nobody else.
    expect(actorCounts["to-lam"]).toBe(2);
    expect(Object.keys(actorCounts).sort()).toEqual(analysis.actors.map((a) => a.id).sort());
    // A popup (no tab) asking for an analysis marks nothing.
    await call(dispatch, { type: "page:read", text: EN_SEED, url: PAGE_URL, title: "t" });
    expect(badge).toHaveBeenCalledTimes(1);
  });

  it("cross-references a page with the seeded corpus", async () => {
    const { dispatch } = await setup();
    const xref = await call(dispatch, {
      type: "crossReference",
      analysis: analysed(MS_SEED),
      url: PAGE_URL,
      published: "2025-10-11",
    });
    expect(xref.corpusSize).toBe(2);
    expect(xref.savedAs).toBeUndefined();
    const en = xref.related.find((r) => r.article.id === "seed-000_600e93926c99760f");
    expect(en?.expectationOutcome.find((o) => o.area === "health")?.status).toBe("kept");
  });

  it("keeps the corpus size of its cross-references current through saves, deletes and imports", async () => {
    const { dispatch } = await setup();
    const xref = () => call(dispatch, { type: "crossReference", analysis: analysed(MS_SEED), url: PAGE_URL });
    expect((await xref()).corpusSize).toBe(2);
    const saved = await call(dispatch, { type: "save", url: PAGE_URL, title: "t", text: MS_OTHER });
    expect((await xref()).corpusSize).toBe(3);
    await call(dispatch, { type: "delete", id: saved.id });
    expect((await xref()).corpusSize).toBe(2);
    const exported = await call(dispatch, { type: "export" });
    await call(dispatch, { type: "delete", id: "seed-000_600e93926c99760f" });
    expect((await xref()).corpusSize).toBe(1);
    await call(dispatch, { type: "import", text: JSON.stringify(exported) });
    expect((await xref()).corpusSize).toBe(2);
  });

  it("saves once, recognises the saved page, lists, gets, counts and deletes", async () => {
    const { dispatch } = await setup();
    const page = { url: PAGE_URL, title: "Interview", text: MS_OTHER, published: "2025-10-11" };
    const first = await call(dispatch, { type: "save", ...page });
    expect(first).toMatchObject({ created: true, count: 3 });
    const second = await call(dispatch, {
      type: "save",
      ...page,
      url: `${PAGE_URL}#x`,
      analysis: analysed(MS_OTHER),
    });
    expect(second).toEqual({ id: first.id, created: false, count: 3 });
    // The Malay seed's text on another address is that seed: nothing is added.
    const seedCopy = await call(dispatch, {
      type: "save",
      url: "https://bernama.com/bm/x",
      title: "x",
      text: MS_SEED,
    });
    expect(seedCopy).toEqual({ id: "seed-002_e8120e5def90eb2b", created: false, count: 3 });

    const xref = await call(dispatch, { type: "crossReference", analysis: analysed(MS_SEED), url: PAGE_URL });
    expect(xref.savedAs).toBe(first.id);
    expect(xref.related.map((r) => r.article.id)).not.toContain(first.id);

    const list = await call(dispatch, { type: "list" });
    expect(list.map((s) => s.id)).toContain(first.id);
    expect(list).toHaveLength(3);
    const got = await call(dispatch, { type: "get", id: first.id });
    expect(got).toMatchObject({ title: "Interview", language: "ms", published: "2025-10-11" });
    expect(await call(dispatch, { type: "get", id: "nope" })).toBeNull();
    expect(await call(dispatch, { type: "count" })).toEqual({ count: 3 });
    expect(await call(dispatch, { type: "delete", id: first.id })).toEqual({ deleted: true, count: 2 });
  });

  it("refuses corpus reads and changes from content scripts; our own pages, even in a tab, get them", async () => {
    const { dispatch, db } = await setup();
    const contentScript = { tabId: 3, frameId: 0, url: "https://vov.vn/a.htm" };
    const before = await db.count("articles");
    const seedId = "seed-000_600e93926c99760f";
    const refused: Array<Record<string, unknown> & { type: string }> = [
      { type: "export" },
      { type: "import", text: "{}" },
      { type: "importBatch", articles: [], analyserVersion: 1 },
      { type: "delete", id: seedId },
      { type: "restore", record: { id: "x" } },
      { type: "list" },
      { type: "library" },
      { type: "get", id: seedId },
      { type: "search", query: "Kim" },
      { type: "count" },
      { type: "save", url: PAGE_URL, title: "t", text: MS_SEED },
      { type: "crossReference", analysis: analysed(MS_SEED), url: PAGE_URL },
      { type: "restoreSeeds" },
    ];
    for (const req of refused) {
      expect(await dispatch(req, contentScript)).toEqual({
        error: `${req.type}: not available to web pages`,
      });
    }
    expect(await db.count("articles")).toBe(before);
    // What the content script needs still answers.
    expect(
      (await call(dispatch, { type: "page:read", text: MS_SEED, url: PAGE_URL, title: "t" }, contentScript))
        .analysis.language,
    ).toBe("ms");
    // The library is an extension page in a tab: it is answered.
    const library = { tabId: 9, url: "chrome-extension://abc/library.html", extensionPage: true };
    expect(await call(dispatch, { type: "count" }, library)).toEqual({ count: before });
    expect((await call(dispatch, { type: "get", id: seedId }, library))?.id).toBe(seedId);
  });

  it("injects the session script into the frame whose gate passed, and only for a tab", async () => {
    const db = await freshCorpus();
    const inject = vi.fn(async () => {});
    const dispatch = createDispatcher({ corpus: async () => db, analyse: analysed, inject });
    expect(await call(dispatch, { type: "page:inject", extra: 1 }, { tabId: 4, frameId: 2 })).toEqual({
      injected: true,
    });
    expect(inject).toHaveBeenCalledWith(4, 2);
    // The top frame when the sender does not say.
    await call(dispatch, { type: "page:inject" }, { tabId: 5 });
    expect(inject).toHaveBeenLastCalledWith(5, 0);
    expect(await dispatch({ type: "page:inject" })).toEqual({
      error: "page:inject: only a tab's content script may ask",
    });
    expect(inject).toHaveBeenCalledTimes(2);
    expect(parseRequest({ type: "page:inject", files: ["/evil.js"] })).toEqual({ type: "page:inject" });
  });

  it("opens an actor's page in the library for a content script's Alt+click, and nothing else", async () => {
    const db = await freshCorpus();
    const openPage = vi.fn(async (_path: string) => {});
    const dispatch = createDispatcher({ corpus: async () => db, analyse: analysed, openPage });
    const contentScript = { tabId: 3, frameId: 0, url: "https://vov.vn/a.htm" };
    expect(await call(dispatch, { type: "page:openActor", id: "to-lam" }, contentScript)).toEqual({
      opened: true,
    });
    expect(openPage).toHaveBeenLastCalledWith("library.html?actor=to-lam");
    // Not an actor id: a path, a query, markup or a long string never reaches tabs.create.
    for (const id of ["../options.html", "to-lam&x=1", "<b>x", "", "a".repeat(200), "a b"]) {
      expect(await dispatch({ type: "page:openActor", id }, contentScript)).toEqual({
        error: "page:openActor: not an actor id",
      });
    }
    expect(openPage).toHaveBeenCalledTimes(1);
    // Without a way to open pages (the CLI, tests), it says so instead of failing.
    const none = createDispatcher({ corpus: async () => db, analyse: analysed });
    expect(await call(none, { type: "page:openActor", id: "to-lam" })).toEqual({ opened: false });
  });

  it("injects only where the user's settings let DiploMark read by itself", async () => {
    const db = await freshCorpus();
    const inject = vi.fn(async () => {});
    const siteOn = vi.fn(async (url: string) => url.startsWith("https://vov.vn/"));
    const dispatch = createDispatcher({ corpus: async () => db, analyse: analysed, inject, siteOn });
    expect(await call(dispatch, { type: "page:inject" }, { tabId: 1, url: "https://vov.vn/a.htm" })).toEqual({
      injected: true,
    });
    expect(await call(dispatch, { type: "page:inject" }, { tabId: 2, url: "https://off.example/a" })).toEqual(
      {
        injected: false,
      },
    );
    expect(siteOn).toHaveBeenLastCalledWith("https://off.example/a");
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith(1, 0);
  });

  it("answers malformed requests and failures with { error }, ignores what is not for it", async () => {
    const { dispatch } = await setup();
    expect(await dispatch({ type: "get" })).toEqual({ error: "get: id must be a string" });
    expect(await dispatch({ type: "crossReference", url: "x", analysis: { schema: "other" } })).toEqual({
      error: 'analysis.schema must be "diplomark/analysis@1"',
    });
    // The same deep rule as import: a span outside the saved text is refused before anything is stored.
    const { analyse } = await import("../../src/analysis");
    const analysis = analyse("Tổng Bí thư Tô Lâm hội đàm với Kim Jong Un tại Bình Nhưỡng.");
    expect(
      await dispatch({ type: "save", url: "https://a.example/x", title: "t", text: "short", analysis }),
    ).toEqual({
      error: expect.stringMatching(/^analysis\.actors\[0\]\.mentions\[0\] must have whole-number start/),
    });
    expect(dispatch({ type: "page:state" })).toBeUndefined();
    expect(dispatch("hello")).toBeUndefined();
    expect(dispatch(null)).toBeUndefined();

    const broken = createDispatcher({
      corpus: async () => {
        throw new Error("quota exceeded");
      },
      analyse: analysed,
    });
    expect(await broken({ type: "count" })).toEqual({ error: "quota exceeded" });
  });

  it("parses every request type and drops unknown fields", () => {
    const a = stubAnalysis();
    expect(parseRequest({ type: "list", extra: 1 })).toEqual({ type: "list" });
    expect(parseRequest({ type: "count" })).toEqual({ type: "count" });
    expect(parseRequest({ type: "delete", id: "x" })).toEqual({ type: "delete", id: "x" });
    expect(parseRequest({ type: "save", url: "u", title: "t", text: "x", published: null })).toEqual({
      type: "save",
      url: "u",
      title: "t",
      text: "x",
    });
    expect(parseRequest({ type: "crossReference", url: "u", analysis: a, published: "2025-10-11" })).toEqual({
      type: "crossReference",
      url: "u",
      analysis: a,
      published: "2025-10-11",
    });
    expect(() => parseRequest({ type: "page:read", text: 1, url: "u", title: "t" })).toThrow(
      "page:read: text must be a string",
    );
  });
});

describe("badge", () => {
  beforeEach(() => fakeBrowser.reset());

  it("shows the number of commitments, a tick, or nothing", async () => {
    expect(badgeText(analysed(EN_SEED))).toBe(String(analysed(EN_SEED).commitments.length));
    expect(badgeText(stubAnalysis())).toBe("✓");
    expect(badgeText(stubAnalysis({ relevance: { relevant: false, score: 0.2, reasons: [] } }))).toBe("");

    await showBadge(3, analysed(MS_SEED));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe(
      String(analysed(MS_SEED).commitments.length),
    );
    await showBadge(3, stubAnalysis({ relevance: { relevant: false, score: 0.2, reasons: [] } }));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe("");
  });
});

describe("readiness", () => {
  it("runs a task once for any number of callers, and again after a failure", async () => {
    let runs = 0;
    const task = once(async () => {
      runs += 1;
      if (runs === 1) throw new Error("first fails");
      return runs;
    });
    await expect(Promise.all([task(), task()])).rejects.toThrow("first fails");
    expect(runs).toBe(1);
    expect(await Promise.all([task(), task()])).toEqual([2, 2]);
    expect(runs).toBe(2);
  });
});

describe("background entrypoint", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // A browser profile of its own: the background opens the real database name.
    globalThis.indexedDB = new IDBFactory();
  });

  it("seeds on install and on startup without duplicates, and answers messages", async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: "install", temporary: false });
    expect(await fakeBrowser.runtime.sendMessage({ type: "count" })).toEqual({ count: 2 });

    // The background is stopped and started again (a new worker), with a second install event.
    fakeBrowser.reset();
    background.main();
    await Promise.all([
      fakeBrowser.runtime.onStartup.trigger(),
      fakeBrowser.runtime.onInstalled.trigger({
        reason: "update",
        previousVersion: "0.0.1",
        temporary: false,
      }),
    ]);
    expect(await fakeBrowser.runtime.sendMessage({ type: "count" })).toEqual({ count: 2 });
    const list = (await fakeBrowser.runtime.sendMessage({ type: "list" })) as BackgroundReplies["list"];
    expect(list.map((s) => s.language).sort()).toEqual(["en", "ms"]);
  });

  it("answers a first message before any install event has been handled", async () => {
    background.main();
    expect(await fakeBrowser.runtime.sendMessage({ type: "count" })).toEqual({ count: 2 });
  });
});
