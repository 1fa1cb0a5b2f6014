import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idForUrl, normaliseUrl } from "../../../src/corpus/url";
import type { BrowserDriver, PageHandle } from "../../../tools/browsers/driver";
import { pollUntil } from "../../../tools/browsers/driver";
import type { FixtureServer, Route } from "../../../tools/browsers/server";
import { type Launch, startBrowserOnFixtures, stopBrowserOnFixtures } from "./browser-on-fixtures";
import { SEED_IDS } from "./fixtures";

// The analyst's memory in a real browser: a saved page whose text changes on its outlet is kept
// in both versions and the popup names the change; when the page then answers 404 the popup says
// it is no longer available and the stored copy stays readable in the library.

// Texts written for this test.
const KEPT = "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực giáo dục và y tế.";
const REMOVED = "Đoàn đại biểu đã thăm một trường học ở ngoại thành Hà Nội.";
const ADDED = "Thủ tướng Phạm Minh Chính cũng dự buổi tiếp.";

const page = (lead: string, last: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Tổng Bí thư Tô Lâm tiếp Đại sứ Triều Tiên</title></head>
<body><article class="detail">
<h1>Tổng Bí thư Tô Lâm tiếp Đại sứ Triều Tiên</h1>
<p>${lead}</p><p>${KEPT}</p><p>${last}</p>
</article></body></html>`;

const LEAD =
  "Hà Nội, ngày 3/3/2025, Tổng Bí thư Tô Lâm đã tiếp Đại sứ Cộng hòa Dân chủ Nhân dân Triều Tiên tại Việt Nam.";

const ROUTE: Route = {
  host: "baotintuc.vn",
  path: "/thoi-su/tong-bi-thu-tiep-dai-su-trieu-tien-20250303120000000.htm",
  html: page(LEAD, REMOVED),
};

/** One event (talks in Pyongyang) as two outlets report it, in Vietnamese and in English. */
const storyPage = (lang: string, title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2025-03-05T09:00:00+07:00"></head>
<body><article class="detail"><h1>${title}</h1><p>${body}</p></article></body></html>`;

const VI_STORY: Route = {
  host: "baotintuc.vn",
  path: "/thoi-su/hoi-dam-tai-binh-nhuong-20250305090000000.htm",
  html: storyPage(
    "vi",
    "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư Triều Tiên Kim Jong Un",
    "Bình Nhưỡng, ngày 5/3/2025 – Tổng Bí thư Tô Lâm đã hội đàm với Tổng Bí thư Kim Jong Un. Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cùng dự. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực y tế và giáo dục.",
  ),
};

const EN_STORY: Route = {
  host: "en.vietnamplus.vn",
  path: "/party-chief-holds-talks-in-pyongyang-post300000.vnp",
  html: storyPage(
    "en",
    "Party chief Tô Lâm holds talks with DPRK leader Kim Jong Un",
    "PYONGYANG, March 5, 2025 — General Secretary Tô Lâm held talks with General Secretary Kim Jong Un. Deputy Foreign Minister Nguyễn Minh Vũ attended. The two sides agreed to strengthen cooperation in health and education.",
  ),
};

const GONE_HTML = `<!doctype html><html><head><title>404</title></head><body><h1>Không tìm thấy trang</h1></body></html>`;

export function memorySuite(
  name: "chromium" | "firefox",
  launch: Launch,
  opts: { extensionDir: string; listenHost: string },
): void {
  describe(`DiploMark remembers changed and vanished pages in ${name}`, () => {
    let server: FixtureServer;
    let driver: BrowserDriver | undefined;
    let profileDir = "";

    beforeAll(async () => {
      ({ server, driver, profileDir } = await startBrowserOnFixtures(
        launch,
        opts,
        [ROUTE, VI_STORY, EN_STORY],
        `diplomark-memory-${name}-`,
      ));
    });
    afterAll(() => stopBrowserOnFixtures({ server, driver, profileDir }));

    const ready = (popup: PageHandle) =>
      pollUntil(
        () => popup.evaluate<string | null>(`document.body.getAttribute("data-state")`),
        (s) => s === "ready",
        30_000,
      );

    /** Opens the address in a tab and its popup once the session has read it (or offers to). */
    let seen = "";
    let lastTab: PageHandle | undefined;
    async function popupOn(d: BrowserDriver, want: string, route = ROUTE): Promise<PageHandle> {
      // The drivers find a tab by its address: the earlier tab at this address goes first.
      await lastTab?.close().catch(() => undefined);
      const tab = await d.open(server.url(route));
      lastTab = tab;
      // The session reads the page after it is idle; reopen the popup until it shows what it should.
      return pollUntil(
        async () => {
          const popup = await d.popupFor(tab);
          await ready(popup);
          if (await popup.evaluate<boolean>(`document.querySelector(${JSON.stringify(want)}) !== null`))
            return popup;
          seen = await popup.evaluate<string>(`document.body.innerText`);
          await popup.close().catch(() => undefined);
          return null;
        },
        (p) => p !== null,
        60_000,
      ) as Promise<PageHandle>;
    }

    /** Saves the page with the popup's Save, waits until it says so, and closes the popup. */
    async function saveFrom(popup: PageHandle): Promise<void> {
      await popup.click('button[data-action="save"]');
      await pollUntil(
        () =>
          popup.evaluate<string | null>(
            `document.querySelector("[data-action=save]")?.getAttribute("data-saved") ?? null`,
          ),
        (s) => s === "true",
        30_000,
      );
      await popup.close().catch(() => undefined);
    }

    it("keeps both versions of a changed page and names the change; a 404 leaves the stored copy", async () => {
      const d = driver!;
      const id = idForUrl(normaliseUrl(server.url(ROUTE)));
      await saveFrom(await popupOn(d, "[data-action=save]"));

      server.change(ROUTE.host, ROUTE.path, { html: page(LEAD, ADDED) });
      const second = await popupOn(d, "[data-changed-since]");
      const changed = await second.evaluate<{
        since: string | null;
        removed: string[];
        added: string[];
        newActors: string[];
      }>(`(() => {
        const box = document.querySelector("[data-changed-since]");
        const items = (kind) => [...box.querySelectorAll('[data-change="' + kind + '"] li')].map((li) => li.textContent);
        return { since: box.getAttribute("data-changed-since"), removed: items("removed"), added: items("added"), newActors: items("actors-added") };
      })()`);
      expect(Number.isNaN(Date.parse(changed.since ?? ""))).toBe(false);
      expect(changed.removed).toEqual([REMOVED]);
      expect(changed.added).toEqual([ADDED]);
      expect(changed.newActors.length).toBeGreaterThan(0);
      await second.close().catch(() => undefined);

      // The library holds both versions: the reader offers the earlier copy.
      const lib = await d.openExtensionPage(`/library.html?article=${encodeURIComponent(id)}`);
      const versions = await pollUntil(
        () =>
          lib.evaluate<{ count: string | null; text: string }>(
            `({ count: document.querySelector("[data-version-picker]")?.getAttribute("data-version-count") ?? null, text: document.querySelector("[data-reader-text]")?.textContent ?? "" })`,
          ),
        (r) => r.count !== null,
        30_000,
      );
      expect(versions.count).toBe("2");
      expect(versions.text).toContain(ADDED);
      const older = await lib.evaluate<string>(`(() => {
        const s = document.querySelector("[data-version-picker]");
        s.value = s.options[1].value;
        s.dispatchEvent(new Event("change"));
        return document.querySelector("[data-reader-text]").textContent;
      })()`);
      expect(older).toContain(REMOVED);
      expect(older).not.toContain(ADDED);
      await lib.close().catch(() => undefined);

      // Gone: the address answers 404.
      server.change(ROUTE.host, ROUTE.path, { html: GONE_HTML, status: 404 });
      const third = await popupOn(d, "[data-gone]");
      expect(third, seen).not.toBeNull();
      expect(
        await third.evaluate<string | null>(
          `document.querySelector("[data-gone]").getAttribute("data-stored-id")`,
        ),
      ).toBe(id);
      await third.close().catch(() => undefined);
      const after = await d.openExtensionPage(`/library.html?article=${encodeURIComponent(id)}`);
      const kept = await pollUntil(
        () => after.evaluate<string>(`document.querySelector("[data-reader-text]")?.textContent ?? ""`),
        (t) => t !== "",
        30_000,
      );
      expect(kept).toContain(ADDED);
      expect(kept).not.toContain("Không tìm thấy trang");
    });

    it("the actor page of Tô Lâm lists both seeds in date order with his roles", async () => {
      const lib = await driver!.openExtensionPage("/library.html?actor=to-lam");
      const page = await pollUntil(
        () =>
          lib.evaluate<{ appearances: { id: string; published: string }[]; roles: string[] }>(`({
            appearances: [...document.querySelectorAll("[data-appearance]")].map((e) => ({ id: e.getAttribute("data-appearance"), published: e.getAttribute("data-published") })),
            roles: [...document.querySelectorAll("[data-role]")].map((e) => e.getAttribute("data-role")),
          })`),
        (r) => SEED_IDS.every((id) => r.appearances.some((a) => a.id === id)),
        30_000,
      );
      const seeds = page.appearances.filter((a) => (SEED_IDS as readonly string[]).includes(a.id));
      expect(seeds).toHaveLength(SEED_IDS.length);
      const dates = page.appearances.map((a) => a.published).filter((p) => p !== "");
      expect(dates).toEqual([...dates].sort());
      expect(page.roles.length).toBeGreaterThan(0);
      await lib.close().catch(() => undefined);
    });

    it("the same story on two outlets in two languages is one story in the library; the seeds (a preview and its outcome) are not", async () => {
      const d = driver!;
      const ids: string[] = [];
      for (const route of [VI_STORY, EN_STORY]) {
        await saveFrom(await popupOn(d, "[data-action=save]", route));
        ids.push(idForUrl(normaliseUrl(server.url(route))));
      }
      const lib = await d.openExtensionPage("/library.html");
      const stories = await pollUntil(
        () =>
          lib.evaluate<{ articles: { id: string | null; outlet: string | null; lang: string | null }[] }[]>(
            `[...document.querySelectorAll("[data-story]")].map((s) => ({ articles: [...s.querySelectorAll("[data-story-article]")].map((a) => ({ id: a.getAttribute("data-story-article"), outlet: a.getAttribute("data-outlet"), lang: a.getAttribute("lang") })) }))`,
          ),
        (r) => r.some((st) => st.articles.some((a) => a.id === ids[0])),
        30_000,
      );
      const holding = stories.filter((st) => st.articles.some((a) => ids.includes(a.id ?? "")));
      expect(holding).toHaveLength(1);
      const reports = holding[0]!.articles;
      expect(reports.map((a) => a.id).sort()).toEqual([...ids].sort());
      expect(new Set(reports.map((a) => a.outlet)).size).toBe(2);
      expect(new Set(reports.map((a) => a.lang))).toEqual(new Set(["vi", "en"]));
      // The seeds are the expectation → outcome pair: two pieces, in no story together.
      expect(stories.some((st) => SEED_IDS.every((id) => st.articles.some((a) => a.id === id)))).toBe(false);
      await lib.close().catch(() => undefined);
    });
  });
}
