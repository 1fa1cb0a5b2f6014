import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserDriver, PageHandle } from "../../../tools/browsers/driver";
import { pollUntil } from "../../../tools/browsers/driver";
import { type FixtureServer, startFixtureServer } from "../../../tools/browsers/server";
import { FIXTURE_HOSTS, PAGES, type PageFixture, VI_BAOTINTUC } from "./fixtures";
import { openPainted as openPaintedPage } from "./open-painted";
import { type HighlightReading, readHighlightsScript } from "./page-scripts";
import type { LaunchOptions } from "./suite";

// Settings, keyboard and the Vietnamese UI, in a browser whose language is Vietnamese
// (Chromium --lang=vi; Firefox intl.locale.requested=vi with Debian's language pack).
//
// Keyboard commands (manifest `commands`) cannot be pressed from automation in either browser:
// the tests send the message the background sends for them, { type: "page:step" }, to the tab;
// the command → message step is covered by the unit tests (test/unit/settings.test.ts).

const API = "(globalThis.browser ?? globalThis.chrome)";

const FLASHED = `[...(CSS.highlights.get("diplomark-flash") || [])].map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); })`;

/** Every painted range's text in the order keyboard navigation visits them: by start, longer first. */
const NAVIGATION_ORDER = `(() => {
  const all = [];
  for (const [name, hl] of CSS.highlights) {
    if (name === "diplomark-flash") continue;
    for (const r of hl) { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); all.push(x); }
  }
  all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || b.compareBoundaryPoints(Range.END_TO_END, a));
  return all.map((r) => r.toString());
})()`;

/** What has focus, and whether it shows it. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return { key: el.id || el.getAttribute("data-remove") || el.getAttribute("data-action") || el.getAttribute("type") || el.tagName, outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 };
})()`;

// A control inside a closed <details> is out of the tab order, its summary in it.
const FOCUSABLE = `(() => {
  const folded = (el) => { for (let d = el.closest("details:not([open])"); d; d = d.parentElement && d.parentElement.closest("details:not([open])")) { const s = d.querySelector(":scope > summary"); if (!(s && s.contains(el))) return true; } return false; };
  return [...document.querySelectorAll("input, button, select, textarea, a[href], summary, [tabindex]:not([tabindex='-1'])")].filter((el) => !el.disabled && !el.closest("dialog:not([open]), [hidden]") && !folded(el)).map((el) => el.id || el.getAttribute("data-remove") || el.getAttribute("data-action") || el.getAttribute("type") || el.tagName);
})()`;

export function workbenchSuite(
  name: "chromium" | "firefox",
  launch: (opts: LaunchOptions & { locale: string }) => Promise<BrowserDriver>,
  opts: { extensionDir: string; listenHost: string },
): void {
  describe(`DiploMark's settings, keyboard and Vietnamese UI in ${name}`, () => {
    let server: FixtureServer;
    let driver: BrowserDriver;
    let profileDir: string;

    beforeAll(async () => {
      server = await startFixtureServer(PAGES, opts.listenHost);
      profileDir = mkdtempSync(join(tmpdir(), `diplomark-wb-${name}-`));
      driver = await launch({
        extensionDir: resolve(opts.extensionDir),
        profileDir,
        hosts: FIXTURE_HOSTS,
        proxyPort: server.port,
        locale: "vi",
      });
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    });

    const openPainted = (fixture: PageFixture) => openPaintedPage(driver, server.url(fixture), fixture);

    const highlights = (page: PageHandle, fixture: PageFixture) =>
      page.evaluate<HighlightReading>(readHighlightsScript(fixture.articleSelector));
    const sameHighlights = (r: HighlightReading, expected: Record<string, string[]>) =>
      JSON.stringify(sortKeys(r.byName)) === JSON.stringify(sortKeys(expected));

    async function openOptions(): Promise<PageHandle> {
      const options = await driver.openExtensionPage("/options.html");
      await pollUntil(
        () => options.evaluate<string | null>(`document.body.getAttribute("data-state")`),
        (s) => s === "ready",
      );
      return options;
    }

    it("the popup speaks Vietnamese in a Vietnamese browser", async () => {
      const page = await openPainted(VI_BAOTINTUC);
      const popup = await driver.popupFor(page);
      const read = () =>
        popup.evaluate<{ state: string | null; lang: string; headings: string[]; save: string | undefined }>(
          `({ state: document.body.getAttribute("data-state"), lang: document.documentElement.lang, headings: [...document.querySelectorAll("h2")].map((h) => h.textContent), save: document.querySelector('[data-action="save"]')?.textContent })`,
        );
      const r = await pollUntil(read, (x) => x.state === "ready");
      expect(r.lang).toBe("vi");
      // The answer first (verdict, corpus, cross-reference), the details below.
      expect(r.headings.slice(0, 3)).toEqual(["Đánh giá", "Kho bài", "Trong kho của bạn"]);
      expect(r.headings).toContain("Chủ thể");
      expect(r.save).toBe("Lưu vào kho");
      await popup.close();
      await page.close();
    });

    it("hiding DPRK actors in the options page takes them off the page; showing them puts them back", async () => {
      const page = await openPainted(VI_BAOTINTUC);
      const options = await openOptions();
      expect(await options.evaluate(`document.title`)).toBe("Cài đặt DiploMark");
      await options.click('input[data-category="diplomark-actor-dprk"]');
      const { "diplomark-actor-dprk": _dprk, ...withoutDprk } = VI_BAOTINTUC.highlights;
      const hidden = await pollUntil(
        () => highlights(page, VI_BAOTINTUC),
        (r) => sameHighlights(r, withoutDprk),
      );
      expect(hidden.byName).toEqual(withoutDprk);
      await options.click('input[data-category="diplomark-actor-dprk"]');
      const shown = await pollUntil(
        () => highlights(page, VI_BAOTINTUC),
        (r) => sameHighlights(r, VI_BAOTINTUC.highlights),
      );
      expect(shown.byName).toEqual(VI_BAOTINTUC.highlights);
      await options.close();
      await page.close();
    });

    it("a colour chosen in the options page repaints the page's highlights", async () => {
      const page = await openPainted(VI_BAOTINTUC);
      const options = await openOptions();
      // A colour picker's dialog is the browser's own: set the value as it would, then change.
      await options.evaluate(
        `(() => { const i = document.querySelector('input[data-colour="diplomark-actor-vietnam"]'); i.value = "#0f766e"; i.dispatchEvent(new Event("change", { bubbles: true })); })()`,
      );
      const style = await pollUntil(
        () =>
          page.evaluate<string>(
            `[...document.querySelectorAll("head style")].map((s) => s.textContent).find((t) => t.includes("::highlight(diplomark-")) ?? ""`,
          ),
        (css) => css.includes("::highlight(diplomark-actor-vietnam){background-color:rgba(15,118,110"),
      );
      expect(style).toContain("::highlight(diplomark-actor-vietnam){background-color:rgba(15,118,110");
      await options.click('[data-action="reset-colours"]');
      await pollUntil(
        () =>
          page.evaluate<string>(
            `[...document.querySelectorAll("head style")].map((s) => s.textContent).find((t) => t.includes("::highlight(diplomark-")) ?? ""`,
          ),
        (css) => !css.includes("15,118,110"),
      );
      await options.close();
      await page.close();
    });

    it("pausing the site from the popup clears the page; resuming it in the options page paints it again", async () => {
      const page = await openPainted(VI_BAOTINTUC);
      const popup = await driver.popupFor(page);
      await pollUntil(
        () =>
          popup.evaluate<boolean>(
            `!!document.querySelector('input[data-pause="baotintuc.vn"]:not([disabled])')`,
          ),
        Boolean,
      );
      await popup.click('input[data-pause="baotintuc.vn"]');
      const paused = await pollUntil(
        () => highlights(page, VI_BAOTINTUC),
        (r) => Object.keys(r.byName).length === 0,
      );
      expect(paused.byName).toEqual({});
      const options = await openOptions();
      expect(
        await options.evaluate(
          `[...document.querySelectorAll('[data-hosts="paused"] [data-host]')].map((li) => li.getAttribute("data-host"))`,
        ),
      ).toEqual(["baotintuc.vn"]);
      await options.click('[data-remove="baotintuc.vn"]');
      const resumed = await pollUntil(
        () => highlights(page, VI_BAOTINTUC),
        (r) => sameHighlights(r, VI_BAOTINTUC.highlights),
      );
      expect(resumed.byName).toEqual(VI_BAOTINTUC.highlights);
      await options.close();
      await popup.close();
      await page.close();
    });

    it("next/previous highlight (the commands' message) scroll to and flash the ranges in document order", async () => {
      const page = await openPainted(VI_BAOTINTUC);
      const tab = await driver.tabIdOf(page);
      const order = await page.evaluate<string[]>(NAVIGATION_ORDER);
      expect(order.length).toBeGreaterThan(3);
      const step = (direction: 1 | -1) =>
        driver.inExtension<{ found: boolean; index: number; total: number }>(
          `${API}.tabs.sendMessage(${tab}, { type: "page:step", direction: ${direction} })`,
        );
      expect(await step(1)).toEqual({ found: true, index: 1, total: order.length });
      expect(await page.evaluate<string[]>(FLASHED)).toEqual([order[0]]);
      expect((await step(1)).index).toBe(2);
      expect(await page.evaluate<string[]>(FLASHED)).toEqual([order[1]]);
      expect((await step(-1)).index).toBe(1);
      // Before the first comes the last.
      expect(await step(-1)).toEqual({ found: true, index: order.length, total: order.length });
      expect(await page.evaluate<string[]>(FLASHED)).toEqual([order[order.length - 1]]);
      await page.close();
    });

    it("the popup works by keyboard alone: every control in order, focus visible, Enter reveals", async () => {
      const page = await openPainted(VI_BAOTINTUC);
      const popup = await driver.popupFor(page);
      await pollUntil(
        () =>
          popup.evaluate<boolean>(
            `document.body.getAttribute("data-state") === "ready" && !!document.querySelector("input[data-pause]:not([disabled])")`,
          ),
        Boolean,
      );
      const expected = await popup.evaluate<string[]>(FOCUSABLE);
      // Collapsed sections keep the tab order short: library, Save, Why, the stored articles, the
      // three section summaries, the pause switch and Settings.
      expect(expected.length).toBeGreaterThan(6);
      const visited: Array<{ key: string; outline: boolean }> = [];
      for (let i = 0; i < expected.length; i++) {
        await popup.press("Tab");
        const f = await popup.evaluate<{ key: string; outline: boolean } | null>(FOCUSED);
        if (f) visited.push(f);
      }
      expect(visited.map((v) => v.key)).toEqual(expected);
      expect(visited.filter((v) => !v.outline)).toEqual([]);
      // An actor's button, by keyboard: Enter on the section's summary opens it, Enter on the
      // actor shows it on the page.
      await popup.evaluate(`document.querySelector('[data-section="actors"] summary').focus()`);
      await popup.press("Enter");
      await popup.evaluate(`document.querySelector('[data-actor-id="arf"]').focus()`);
      await popup.press("Enter");
      const flashed = await pollUntil(
        () => page.evaluate<string[]>(FLASHED),
        (f) => f.length > 0,
        10_000,
      );
      expect(flashed).toEqual(["Diễn đàn khu vực ASEAN"]);
      await popup.close();
      await page.close();
    });

    it("the library is in Vietnamese too, and every control is reached by Tab with its focus shown", async () => {
      const library = await driver.openExtensionPage("/library.html");
      await pollUntil(
        () => library.evaluate<string | null>(`document.body.getAttribute("data-state")`),
        (s) => s === "ready",
      );
      expect(await library.evaluate(`[document.documentElement.lang, document.title]`)).toEqual([
        "vi",
        "Thư viện DiploMark",
      ]);
      const expected = await library.evaluate<string[]>(FOCUSABLE);
      // Collapsed sections keep the tab order short: library, Save, Why, the stored articles, the
      // three section summaries, the pause switch and Settings.
      expect(expected.length).toBeGreaterThan(6);
      // A date field takes one Tab per part (day, month, year) in Chromium: one control all the same.
      const visited: Array<{ key: string; outline: boolean }> = [];
      for (let presses = 0; visited.length < expected.length && presses < expected.length * 4; presses++) {
        await library.press("Tab");
        const f = await library.evaluate<{ key: string; outline: boolean } | null>(FOCUSED);
        if (f && !(f.key.startsWith("filter-") && visited.at(-1)?.key === f.key)) visited.push(f);
      }
      expect(visited.map((v) => v.key)).toEqual(expected);
      expect(visited.filter((v) => !v.outline)).toEqual([]);
      await library.close();
    });

    it("the options page works by keyboard alone: focus order, visible focus, Space toggles", async () => {
      const page = await openPainted(VI_BAOTINTUC);
      const options = await openOptions();
      const expected = await options.evaluate<string[]>(FOCUSABLE);
      const visited: Array<{ key: string; outline: boolean }> = [];
      for (let i = 0; i < expected.length; i++) {
        await options.press("Tab");
        const f = await options.evaluate<{ key: string; outline: boolean } | null>(FOCUSED);
        if (f) visited.push(f);
      }
      expect(visited.map((v) => v.key)).toEqual(expected);
      expect(visited.filter((v) => !v.outline)).toEqual([]);
      // Back to the DPRK switch, and Space: the page loses its DPRK highlights.
      await options.evaluate(`document.querySelector('input[data-category="diplomark-actor-dprk"]').focus()`);
      await options.press(" ");
      const { "diplomark-actor-dprk": _dprk, ...withoutDprk } = VI_BAOTINTUC.highlights;
      const hidden = await pollUntil(
        () => highlights(page, VI_BAOTINTUC),
        (r) => sameHighlights(r, withoutDprk),
      );
      expect(hidden.byName).toEqual(withoutDprk);
      await options.press(" ");
      await pollUntil(
        () => highlights(page, VI_BAOTINTUC),
        (r) => sameHighlights(r, VI_BAOTINTUC.highlights),
      );
      await options.close();
      await page.close();
    });
  });
}

function sortKeys(o: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
