import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserDriver, PageHandle } from "../../../tools/browsers/driver";
import { pollUntil } from "../../../tools/browsers/driver";
import { type FixtureServer, PAGES_DIR, startFixtureServer } from "../../../tools/browsers/server";
import {
  appendTextScript,
  CHOOSE_ASSEMBLED_SCRIPT,
  CORPUS_DIGEST_SCRIPT,
  exportLinesScript,
  generateCorpusScript,
} from "./big-corpus";
import { FIXTURE_HOSTS, PAGES, type PageFixture, SEED_IDS, VI_BAOTINTUC } from "./fixtures";
import { openPainted } from "./open-painted";
import type { LaunchOptions } from "./suite";

// The library page as a researcher uses it: open it from the popup, filter, read a sentence
// from the matrix, delete and undo, export, then import the export into a fresh profile.

interface LibraryReading {
  state: string | null;
  shown: string | null;
  total: string | null;
  rows: { id: string; title: string; seed: boolean }[];
  status: string | null;
  transfer: { status: string | null; text: string };
}

const READ_LIBRARY = `(() => {
  const count = document.querySelector("[data-library-count]");
  const transfer = document.querySelector("[data-transfer-status]");
  return {
    state: document.body.getAttribute("data-state"),
    shown: count && count.getAttribute("data-shown"),
    total: count && count.getAttribute("data-total"),
    rows: [...document.querySelectorAll("tr[data-article-id]")].map((r) => ({
      id: r.getAttribute("data-article-id"),
      title: r.querySelector("[data-title]").textContent,
      seed: r.getAttribute("data-seed") === "true",
    })),
    status: (document.querySelector("[data-library-status]") || {}).textContent || null,
    transfer: transfer ? { status: transfer.getAttribute("data-status"), text: transfer.textContent } : { status: null, text: "" },
  };
})()`;

/** Opens the fixture page, saves it with its popup's Save, and waits until the corpus holds `count`. */
async function saveWithPopup(
  d: BrowserDriver,
  url: string,
  fixture: PageFixture,
  count: number,
): Promise<PageHandle> {
  const popup = await d.popupFor(await openPainted(d, url, fixture));
  await pollUntil(
    () => popup.evaluate<string | null>(`document.body.getAttribute("data-state")`),
    (s) => s === "ready",
    30_000,
  );
  await popup.click('button[data-action="save"]');
  await pollUntil(
    () =>
      popup.evaluate<string | null>(
        `document.querySelector("[data-corpus-count]")?.getAttribute("data-corpus-count") ?? null`,
      ),
    (c) => c === String(count),
    30_000,
  );
  return popup;
}

/** Sets a filter control as a user would (value, then the events the form listens to). */
function setFilter(field: string, value: string): string {
  return `(() => {
    const c = document.querySelector('[data-filter="${field}"]');
    c.value = ${JSON.stringify(value)};
    c.dispatchEvent(new Event("input", { bubbles: true }));
    c.dispatchEvent(new Event("change", { bubbles: true }));
    return c.value;
  })()`;
}

/** Gives the import picker a file, as choosing one in the file dialog does. */
function chooseFile(text: string): string {
  return `(() => {
    const input = document.querySelector('input[data-action="import"]');
    const dt = new DataTransfer();
    dt.items.add(new File([${JSON.stringify(text)}], "corpus.json", { type: "application/json" }));
    input.files = dt.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    return input.files.length;
  })()`;
}

/** The headline as the page shows it: text that looks like markup (as a hostile page may title itself). */
const MARKUP_TITLE = "<b>Tô Lâm</b> hội đàm Kim Jong Un — Trade a<b DPRK";

/** The Vietnamese fixture under another address, its headline holding MARKUP_TITLE as text. */
const MARKUP_TITLED: PageFixture = {
  ...VI_BAOTINTUC,
  // The headline's "DPRK" is one more mention of the DPRK side, right after "Kim Jong Un".
  highlights: {
    ...VI_BAOTINTUC.highlights,
    "diplomark-actor-dprk": (VI_BAOTINTUC.highlights["diplomark-actor-dprk"] ?? []).flatMap((x, i) =>
      i === 0 ? [x, "DPRK"] : [x],
    ),
  },
  name: "Vietnamese article whose headline looks like markup",
  path: "/thoi-su/markup-title-20251010183012777.htm",
  file: undefined,
  html: readFileSync(join(PAGES_DIR, VI_BAOTINTUC.file!), "utf8").replace(
    /<h1 class="detail-title">[^<]*<\/h1>/,
    `<h1 class="detail-title">${MARKUP_TITLE.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")}</h1>`,
  ),
};

export function librarySuite(
  name: "chromium" | "firefox",
  launch: (opts: LaunchOptions) => Promise<BrowserDriver>,
  opts: { extensionDir: string; listenHost: string },
): void {
  describe(`DiploMark library in ${name}`, () => {
    let server: FixtureServer;
    let driver: BrowserDriver | undefined;
    const profiles: string[] = [];
    const start = async () => {
      const profileDir = mkdtempSync(join(tmpdir(), `diplomark-library-${name}-`));
      profiles.push(profileDir);
      return launch({
        extensionDir: resolve(opts.extensionDir),
        profileDir,
        hosts: FIXTURE_HOSTS,
        proxyPort: server.port,
      });
    };

    beforeAll(async () => {
      server = await startFixtureServer([...PAGES, MARKUP_TITLED], opts.listenHost);
      driver = await start();
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
      for (const p of profiles) rmSync(p, { recursive: true, force: true });
    });

    const read = (page: PageHandle) => page.evaluate<LibraryReading>(READ_LIBRARY);
    const until = (page: PageHandle, done: (r: LibraryReading) => boolean) =>
      pollUntil(() => read(page), done, 30_000);

    async function openLibrary(d: BrowserDriver, total: number): Promise<PageHandle> {
      const page = await d.openExtensionPage("/library.html");
      const r = await until(page, (x) => x.state === "ready" && x.total === String(total));
      expect(r.state).toBe("ready");
      expect(r.total).toBe(String(total));
      return page;
    }

    let exported = "";
    let sourceRows: LibraryReading["rows"] = [];

    it("opens from the popup; lists, filters, reads from the matrix, deletes with undo and exports", async () => {
      const d = driver!;
      // Store one page besides the two seeds, with the popup's Save.
      const popup = await saveWithPopup(d, server.url(VI_BAOTINTUC), VI_BAOTINTUC, 3);
      await popup.click('button[data-action="open-library"]');
      const views = await pollUntil(
        () =>
          popup.evaluate<string[]>(
            `(globalThis.browser ?? globalThis.chrome).extension.getViews({ type: "tab" }).map((w) => w.location.pathname)`,
          ),
        (v) => v.includes("/library.html"),
        20_000,
      );
      expect(views).toContain("/library.html");
      await popup.close().catch(() => undefined);

      const lib = await openLibrary(d, 3);
      const all = await read(lib);
      expect(
        all.rows
          .filter((r) => r.seed)
          .map((r) => r.id)
          .sort(),
      ).toEqual([...SEED_IDS].sort());
      const mine = all.rows.find((r) => !r.seed)!;
      expect(mine.title).toContain("Tô Lâm");

      // Free text without accents: a place written only in the Vietnamese page's text …
      await lib.evaluate(setFilter("text", "binh nhuong"));
      const place = await until(lib, (r) => r.rows.length === 1);
      expect(place.rows.map((r) => r.id)).toEqual([mine.id]);
      // … and the accented name, which all three articles carry.
      await lib.evaluate(setFilter("text", "to lam"));
      expect((await until(lib, (r) => r.shown === "3")).shown).toBe("3");
      await lib.evaluate(setFilter("text", "no article says this"));
      expect((await until(lib, (r) => r.shown === "0")).rows).toEqual([]);
      await lib.evaluate(setFilter("text", ""));
      await until(lib, (r) => r.rows.length === 3);
      // By area: only the English seed signed anything on taxation.
      await lib.evaluate(setFilter("area", "taxation"));
      const taxation = await until(lib, (r) => r.rows.length === 1);
      expect(taxation.rows.map((r) => r.id)).toEqual(["seed-000_600e93926c99760f"]);
      expect(await lib.evaluate<number>(`document.querySelectorAll("[data-timeline-point]").length`)).toBe(1);
      await lib.evaluate(setFilter("area", ""));
      await until(lib, (r) => r.rows.length === 3);

      // The matrix: the Vietnamese page's health cell opens its sentence in the reader.
      const cell = `button[data-cell-area="health"][data-cell-article="${mine.id}"]`;
      const index = await lib.evaluate<string>(
        `document.querySelector('${cell}').getAttribute("data-commitment")`,
      );
      await lib.click(cell);
      const sentence = await pollUntil(
        () =>
          lib.evaluate<{ open: boolean; text: string }>(
            `(() => { const d = document.querySelector("dialog[data-reader]"); return { open: d.open, text: [...d.querySelectorAll("mark[data-current]")].map((m) => m.textContent).join("") }; })()`,
          ),
        (s) => s.open && s.text.length > 0,
        20_000,
      );
      const stored = await lib.evaluate<{ analysis: { commitments: { text: string }[] } }>(
        `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type: "get", id: ${JSON.stringify(mine.id)} })`,
      );
      expect(sentence.text).toBe(stored.analysis.commitments[Number(index)]!.text);
      expect(sentence.text).toContain("y tế");
      await lib.click('button[data-action="close-reader"]');

      // Delete, then undo.
      await lib.click(`tr[data-article-id="${mine.id}"] button[data-action="delete"]`);
      expect((await until(lib, (r) => r.total === "2")).rows.map((r) => r.id)).not.toContain(mine.id);
      await lib.click('button[data-action="undo"]');
      const back = await until(lib, (r) => r.total === "3");
      expect(back.rows.map((r) => r.id)).toContain(mine.id);
      sourceRows = back.rows;

      await lib.click('button[data-action="export-json"]');
      await pollUntil(
        () => lib.evaluate<boolean>(`Boolean(document.querySelector('a[data-export="json"]'))`),
        (x) => x,
        20_000,
      );
      exported = await lib.evaluate<string>(
        `fetch(document.querySelector('a[data-export="json"]').href).then((r) => r.text())`,
      );
      // JSON Lines: a header, then one article per line (docs/export-schema.md).
      const [header, ...lines] = exported.trimEnd().split("\n");
      const data = JSON.parse(header!) as { format: string; version: number };
      expect(data.format).toBe("diplomark-corpus");
      expect(data.version).toBe(2);
      const articles = lines.map((l) => JSON.parse(l) as { id: string; title: string });
      expect(articles.map((a) => a.id).sort()).toEqual(sourceRows.map((r) => r.id).sort());
    });

    it("a fresh profile refuses a broken file, then imports the export and holds the same corpus", async () => {
      expect(exported, "the export of the previous test").not.toBe("");
      // One browser at a time on this machine: the first has done its part.
      await driver?.close();
      driver = await start();
      const lib = await openLibrary(driver, 2);

      await lib.evaluate(chooseFile(exported.slice(0, Math.floor(exported.length / 2))));
      const refused = await until(lib, (r) => r.transfer.status === "refused");
      expect(refused.transfer.text).toMatch(/truncated/);
      expect(refused.total).toBe("2");

      await lib.evaluate(chooseFile(exported));
      const done = await until(lib, (r) => r.transfer.status === "done" && r.total === "3");
      expect(done.transfer.status).toBe("done");
      const key = (rows: LibraryReading["rows"]) => rows.map((r) => `${r.id}|${r.title}|${r.seed}`).sort();
      expect(key(done.rows)).toEqual(key(sourceRows));

      // It survives a reload of the page (it is in the corpus, not only on screen).
      await lib.close();
      const again = await openLibrary(driver, 3);
      expect(key((await read(again)).rows)).toEqual(key(sourceRows));
    });

    it("a page titled with markup is saved, deleted, undone, and the export imports into a fresh profile", async () => {
      await driver?.close();
      driver = await start();
      const popup = await saveWithPopup(driver, server.url(MARKUP_TITLED), MARKUP_TITLED, 3);
      await popup.close().catch(() => undefined);
      const lib = await openLibrary(driver, 3);
      const mine = (await read(lib)).rows.find((r) => !r.seed)!;
      // Stored and shown as the text it is.
      expect(mine.title).toBe(MARKUP_TITLE);
      expect(await lib.evaluate<number>(`document.querySelectorAll("tbody b").length`)).toBe(0);

      await lib.click(`tr[data-article-id="${mine.id}"] button[data-action="delete"]`);
      await until(lib, (r) => r.total === "2");
      await lib.click('button[data-action="undo"]');
      const back = await until(lib, (r) => r.total === "3" && r.rows.some((x) => x.id === mine.id));
      expect(back.rows.find((r) => r.id === mine.id)?.title).toBe(MARKUP_TITLE);
      expect(back.status).toContain(MARKUP_TITLE);
      expect(await lib.evaluate<boolean>(`document.querySelector("[data-library-error]").hidden`)).toBe(true);
      // In the corpus, not only on screen: a new library page finds it.
      await lib.close();
      const again = await openLibrary(driver, 3);
      expect((await read(again)).rows.find((r) => r.id === mine.id)?.title).toBe(MARKUP_TITLE);

      await again.click('button[data-action="export-json"]');
      await pollUntil(
        () => again.evaluate<boolean>(`Boolean(document.querySelector('a[data-export="json"]'))`),
        (x) => x,
        20_000,
      );
      const backup = await again.evaluate<string>(
        `fetch(document.querySelector('a[data-export="json"]').href).then((r) => r.text())`,
      );
      const rows = (await read(again)).rows;
      await driver.close();
      driver = await start();
      const fresh = await openLibrary(driver, 2);
      await fresh.evaluate(chooseFile(backup));
      const done = await until(fresh, (r) => r.transfer.status === "done" && r.total === "3");
      const key = (xs: LibraryReading["rows"]) => xs.map((r) => `${r.id}|${r.title}|${r.seed}`).sort();
      expect(key(done.rows)).toEqual(key(rows));
    });

    it("a 20,000-article corpus opens, exports and imports into a fresh profile, every article identical", async () => {
      const BIG = 20_000;
      await driver?.close();
      driver = await start();
      const seeded = await openLibrary(driver, 2);
      // Copies of the seeds (about 90 MB of articles), written straight into IndexedDB.
      expect(await seeded.evaluate<number>(generateCorpusScript(BIG))).toBe(BIG + 2);
      await seeded.close();

      const t0 = Date.now();
      const lib = await driver.openExtensionPage("/library.html");
      const ready = await pollUntil(
        () => read(lib),
        (x) => x.state === "ready" || x.state === "error",
        300_000,
        500,
      );
      expect(ready.state).toBe("ready");
      expect(ready.total).toBe(String(BIG + 2));
      const firstScreen = await lib.evaluate<string | null>(
        `document.body.getAttribute("data-first-screen")`,
      );
      // Rows are paged: the page never draws 20,000 of them.
      expect(ready.rows.length).toBeLessThanOrEqual(200);
      expect(ready.rows.length).toBeGreaterThan(0);
      console.log(
        `library of ${BIG + 2} articles in ${name}: first screen ${firstScreen} ms, all loaded in ${Date.now() - t0} ms`,
      );
      const source = await lib.evaluate<{ count: number; digest: string }>(CORPUS_DIGEST_SCRIPT);
      expect(source.count).toBe(BIG + 2);

      const t1 = Date.now();
      await lib.click('button[data-action="export-json"]');
      const exportedSize = await pollUntil(
        () =>
          lib.evaluate<number>(
            `(() => { const a = document.querySelector('a[data-export="json"]'); return a ? fetch(a.href).then((r) => r.blob()).then((b) => b.size) : 0; })()`,
          ),
        (x) => x > 0,
        300_000,
        1000,
      );
      console.log(
        `export of ${BIG + 2} articles in ${name}: ${Math.round(exportedSize / 1e6)} MB in ${Date.now() - t1} ms`,
      );
      expect(exportedSize).toBeGreaterThan(64 * 1024 * 1024);
      // The file goes to the fresh profile through the test, some megabytes of lines at a time.
      const parts: string[] = [];
      for (let at = 0; at < exportedSize; ) {
        const piece = await lib.evaluate<{ text: string; next: number }>(
          exportLinesScript(at, 16 * 1024 * 1024),
        );
        expect(piece.next).toBeGreaterThan(at);
        parts.push(piece.text);
        at = piece.next;
      }
      expect(parts.reduce((n, p) => n + Buffer.byteLength(p), 0)).toBe(exportedSize);
      console.log(`export copied out of ${name} at ${Date.now() - t0} ms`);
      await driver.close();

      driver = await start();
      const fresh = await openLibrary(driver, 2);
      for (const text of parts.splice(0)) await fresh.evaluate<number>(appendTextScript(text));
      console.log(`export copied into the fresh ${name} at ${Date.now() - t0} ms`);
      const t2 = Date.now();
      expect(await fresh.evaluate<number>(CHOOSE_ASSEMBLED_SCRIPT)).toBe(exportedSize);
      const done = await pollUntil(
        () => read(fresh),
        (r) => r.transfer.status !== "progress" && r.transfer.status !== null && r.state === "ready",
        600_000,
        1000,
      );
      expect(done.transfer.status, done.transfer.text).toBe("done");
      expect(done.total).toBe(String(BIG + 2));
      console.log(`import of ${BIG + 2} articles in ${name}: ${Date.now() - t2} ms`);
      expect(await fresh.evaluate<{ count: number; digest: string }>(CORPUS_DIGEST_SCRIPT)).toEqual(source);
    }, 1_200_000);
  });
}
