import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../tools/browsers/chromium";
import { launchFirefox } from "../tools/browsers/firefox";
import { type Route, startFixtureServer } from "../tools/browsers/server";
import { ARTICLE_PARAGRAPHS } from "../tools/pages/sample-article";
import { writeEmptyExtension } from "./empty-extension";
import { formatMs } from "./timing";

// `npx tsx bench/blocking.bench.ts` (after `npm run build:bench`): the main-thread blocking our
// content script adds on two heavy relevant pages, a ~100,000-word article and a page of
// 100,000 elements, in Chromium and Firefox. Blocking is counted as long tasks are: the part of
// each task beyond 50 ms. Ours come from our own marks on the page's timeline ("diplomark:task:*",
// src/support/timeline.ts). The page's own blocking is also counted, with our extension and with
// an empty one (a content script that does nothing): in Chromium from its long-task entries; in
// Firefox, which has none, from a probe the page carries (a 10 ms interval timer: a tick that
// comes late was held up by a task, and its lateness beyond 50 ms is that task's blocking).
// Firefox parses such a page in one task of 0.5–0.8 s whose length varies by ±150 ms from load
// to load, so its figure is also given after the parse, where all our scripts run.
// Prints figures; asserts nothing.

const RUNS = 7;
const HOST = "vov.vn";
const CHROME_BENCH_EXT = resolve(".output/chrome-mv3-bench");
const FIREFOX_BENCH_EXT = resolve(".output/firefox-mv3-bench");

const words = (ps: string[]) => ps.join(" ").split(/\s+/).length;
function cycle(sentences: readonly string[], targetWords: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < targetWords; i++) {
    const s = sentences[i % sentences.length]!;
    out.push(s);
    n += words([s]);
  }
  return out;
}
/** The late ticks of a 10 ms timer, from the first script the page runs (Firefox has no long tasks). */
const PROBE = `<script>window.__gaps=[];(()=>{let last=performance.now();setInterval(()=>{const now=performance.now();if(now-last>50)window.__gaps.push([last,now-last]);last=now;},10);})();</script>`;
const html = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>${PROBE}</head><body>${body}</body></html>`;
const TITLE = "Tô Lâm hội đàm với Kim Jong Un";
const article = (ps: string[]) =>
  `<h1>${TITLE}</h1><div class="article-content">${ps.map((p) => `<p>${p}</p>`).join("\n")}</div>`;

const ISOLATED = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};
const PAGES = [
  {
    name: "~100,000-word relevant article",
    path: "/words.html",
    body: article(cycle(ARTICLE_PARAGRAPHS, 100_000)),
  },
  {
    name: "100,000-element relevant page",
    path: "/elements.html",
    body: `${article(ARTICLE_PARAGRAPHS)}<div>${Array.from({ length: 100_000 }, (_, i) => `<span>ô ${i} </span>`).join("")}</div>`,
  },
];
const ROUTES: Route[] = PAGES.map((p) => ({
  host: HOST,
  path: p.path,
  html: html(TITLE, p.body),
  headers: ISOLATED,
}));

interface Timeline {
  tasks: number[];
  /** Our longest task's name ("walk", "map", "paint"…). */
  longestName: string;
  painted: boolean;
  longtasks: number[];
  /** The probe's late ticks: [when the last tick before came, ms to the late one]. */
  gaps: Array<[number, number]>;
  /** When the page's parse ended (domInteractive): our scripts run only after it. */
  parsed: number;
}
const TIMELINE = `(() => ({
  tasks: performance.getEntriesByType("measure").filter((e) => e.name.startsWith("diplomark:task:")).map((e) => e.duration),
  longestName: performance.getEntriesByType("measure").filter((e) => e.name.startsWith("diplomark:task:")).sort((a, b) => b.duration - a.duration).map((e) => e.name.slice(15))[0] || "",
  painted: performance.getEntriesByType("measure").some((e) => e.name === "diplomark:stage:paint"),
  longtasks: (window.__longtasks || []).map((e) => e.duration),
  gaps: window.__gaps || [],
  parsed: performance.getEntriesByType("navigation")[0]?.domInteractive ?? 0,
}))()`;
const LONGTASKS = `window.__longtasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e); }).observe({ type: "longtask", buffered: true }); } catch {}`;

const blocking = (ds: number[]) => ds.reduce((s, d) => s + Math.max(0, d - 50), 0);
const afterParse = (t: Timeline) => blocking(t.gaps.filter(([at]) => at >= t.parsed).map(([, d]) => d));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Polls the page until our paint is on its timeline and nothing new came for a second. */
async function settle(evaluate: (js: string) => Promise<unknown>, waitForPaint: boolean): Promise<Timeline> {
  const end = Date.now() + 90_000;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const t = (await evaluate(TIMELINE)) as Timeline;
    if (t.tasks.length !== last) {
      last = t.tasks.length;
      since = Date.now();
    }
    if (((t.painted || !waitForPaint) && Date.now() - since > 1000) || Date.now() > end) return t;
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Figures {
  ourLongest: number;
  longestNames: string;
  ourBlocking: number;
  pageBlocking?: number;
  emptyBlocking?: number;
  /** Firefox: the page's blocking after its parse, where all our scripts run. */
  afterParse?: number;
  emptyAfterParse?: number;
}

/** One load of a page: with our extension (waits for our paint) or with the empty one. */
type Load = (ext: "ours" | "empty", path: string) => Promise<Timeline>;

/**
 * A warm-up load (the corpus' seeding), then RUNS loads of each page with our extension and with
 * the empty one in turn, so that a busy moment of the machine falls on both alike.
 */
async function measure(
  load: Load,
  pageFigures: (runs: Timeline[], emptyRuns: Timeline[]) => Partial<Figures>,
): Promise<Record<string, Figures>> {
  await load("ours", PAGES[0]!.path);
  const out: Record<string, Figures> = {};
  for (const p of PAGES) {
    const runs: Timeline[] = [];
    const emptyRuns: Timeline[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await load("ours", p.path));
      emptyRuns.push(await load("empty", p.path));
    }
    out[p.name] = {
      ourLongest: median(runs.map((t) => Math.max(0, ...t.tasks))),
      longestNames: [...new Set(runs.map((t) => t.longestName))].join("/"),
      ourBlocking: median(runs.map((t) => blocking(t.tasks))),
      ...pageFigures(runs, emptyRuns),
    };
  }
  return out;
}

async function chromiumFigures(url: (p: string) => string, port: number): Promise<Record<string, Figures>> {
  const rules = `MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND`;
  const launch = (profile: string, ext: string) =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        `--host-resolver-rules=${rules}`,
        `--unsafely-treat-insecure-origin-as-secure=http://${HOST}:${port}`,
        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
        "--no-first-run",
      ],
    });
  const emptyExt = writeEmptyExtension(HOST);
  const profiles = [
    mkdtempSync(join(tmpdir(), "diplomark-blocking-")),
    mkdtempSync(join(tmpdir(), "diplomark-blocking-e-")),
  ];
  const ours = await launch(profiles[0]!, CHROME_BENCH_EXT);
  const empty = await launch(profiles[1]!, emptyExt);
  try {
    return await measure(
      async (ext, path) => {
        const page = await (ext === "ours" ? ours : empty).newPage();
        await page.addInitScript(LONGTASKS);
        await page.goto(url(path), { waitUntil: "load" });
        const t = await settle((js) => page.evaluate(js), ext === "ours");
        await page.close();
        return t;
      },
      (runs, emptyRuns) => ({
        pageBlocking: median(runs.map((t) => blocking(t.longtasks))),
        emptyBlocking: median(emptyRuns.map((t) => blocking(t.longtasks))),
      }),
    );
  } finally {
    await ours.close();
    await empty.close();
    for (const p of [...profiles, emptyExt]) rmSync(p, { recursive: true, force: true });
  }
}

async function firefoxFigures(url: (p: string) => string): Promise<Record<string, Figures>> {
  const profiles = [
    mkdtempSync(join(tmpdir(), "diplomark-blocking-ff-")),
    mkdtempSync(join(tmpdir(), "diplomark-blocking-ff-e-")),
  ];
  const emptyExt = writeEmptyExtension(HOST);
  const launch = (profileDir: string, extensionDir: string) =>
    launchFirefox({
      extensionDir,
      profileDir,
      hosts: [HOST],
      prefs: { "privacy.reduceTimerPrecision": false },
    });
  const ours = await launch(profiles[0]!, FIREFOX_BENCH_EXT);
  const empty = await launch(profiles[1]!, emptyExt);
  try {
    return await measure(
      async (ext, path) => {
        const page = await (ext === "ours" ? ours : empty).open(url(path));
        const t = await settle((js) => page.evaluate(js), ext === "ours");
        await page.close();
        return t;
      },
      (runs, emptyRuns) => {
        const probed = (t: Timeline) => blocking(t.gaps.map(([, d]) => d));
        return {
          pageBlocking: median(runs.map(probed)),
          emptyBlocking: median(emptyRuns.map(probed)),
          afterParse: median(runs.map(afterParse)),
          emptyAfterParse: median(emptyRuns.map(afterParse)),
        };
      },
    );
  } finally {
    await ours.close();
    await empty.close();
    for (const p of [...profiles, emptyExt]) rmSync(p, { recursive: true, force: true });
  }
}

const server = await startFixtureServer(ROUTES, "::");
try {
  const url = (path: string) => `http://${HOST}:${server.port}${path}`;
  const only = process.argv[2];
  const results: Array<[string, Record<string, Figures>]> = [];
  if (only !== "firefox") results.push(["Chromium", await chromiumFigures(url, server.port)]);
  if (only !== "chromium") results.push(["Firefox", await firefoxFigures(url)]);
  console.log(
    `\nMain-thread blocking on heavy relevant pages (medians of ${RUNS} loads; target < 50 ms added)\n`,
  );
  for (const [browser, figures] of results) {
    for (const [page, f] of Object.entries(figures)) {
      const added =
        f.pageBlocking !== undefined && f.emptyBlocking !== undefined
          ? `; page's ${browser === "Firefox" ? "blocking (probe)" : "long tasks"}: ${formatMs(f.pageBlocking)} vs ${formatMs(f.emptyBlocking)} with an empty extension (added ${formatMs(f.pageBlocking - f.emptyBlocking)})`
          : "";
      const late =
        f.afterParse !== undefined && f.emptyAfterParse !== undefined
          ? `; after its parse: ${formatMs(f.afterParse)} vs ${formatMs(f.emptyAfterParse)} (added ${formatMs(f.afterParse - f.emptyAfterParse)})`
          : "";
      console.log(
        `${browser.padEnd(9)} ${page.padEnd(32)} our longest task ${formatMs(f.ourLongest)} (${f.longestNames}), our blocking ${formatMs(f.ourBlocking)}${added}${late}`,
      );
    }
  }
} finally {
  await server.close();
}
