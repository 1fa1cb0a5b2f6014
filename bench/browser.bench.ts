import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { analyse } from "../src/analysis";
import { GATE_SCRIPT, MAIN_SCRIPT } from "../src/protocol/script-files";
import { CHROMIUM } from "../tools/browsers/chromium";
import { launchFirefox } from "../tools/browsers/firefox";
import { type Route, startFixtureServer } from "../tools/browsers/server";
import { ARTICLE_PARAGRAPHS } from "../tools/pages/sample-article";
import { writeEmptyExtension } from "./empty-extension";
import { formatMs } from "./timing";

/** Vite's `?raw` suffix for esbuild: the plain file, read with the text loader. */
const rawText: Plugin = {
  name: "raw-text",
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -4)) }));
  },
};

// `npm run bench` (second part): the content script in real browsers, on pages served
// locally under outlet host names. Figures come from our own marks on the page's timeline
// ("diplomark:*", see src/support/timeline.ts), Chromium's DevTools metrics and long-task entries.
// Prints figures and ratios; asserts nothing.

const RUNS = 7;
// The product build, and the bench's build of the same code (`npm run build:bench`), whose gate
// also puts its time on the page's timeline: timing it in the product would cost more than it.
const CHROME_EXT = resolve(".output/chrome-mv3");
const CHROME_BENCH_EXT = resolve(".output/chrome-mv3-bench");
const FIREFOX_BENCH_EXT = resolve(".output/firefox-mv3-bench");
const HOST = "vov.vn";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[s.length >> 1]!;
};
const ratio = (x: number) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const words = (ps: string[]) => ps.join(" ").split(/\s+/).length;

// ---------- pages ----------

const UNRELATED = [
  "Thời tiết hôm nay ở Hà Nội có mưa rào rải rác, nhiệt độ từ 24 đến 30 độ, độ ẩm cao và gió nhẹ.",
  "Giá xăng dầu trong nước được điều chỉnh giảm nhẹ từ 15 giờ chiều nay theo quyết định của liên bộ.",
  "Đội tuyển bóng đá quốc gia chuẩn bị cho trận giao hữu cuối tuần với nhiều gương mặt trẻ.",
  "Thị trường chứng khoán phiên sáng giao dịch sôi động, nhóm cổ phiếu ngân hàng dẫn dắt đà tăng.",
];
const RELEVANT_EXTRA = [
  "Hai bên đánh giá cao kết quả hợp tác giữa các bộ, ngành và địa phương của hai nước trong thời gian qua.",
  "Phía Triều Tiên cảm ơn sự ủng hộ quý báu của Đảng, Nhà nước và nhân dân Việt Nam.",
  "Các cơ quan chức năng hai bên sẽ phối hợp triển khai các thỏa thuận đã đạt được.",
  "Đại sứ quán Việt Nam tại Bình Nhưỡng tổ chức nhiều hoạt động giao lưu văn hóa.",
];

function cycle(sentences: readonly string[], targetWords: number): string[] {
  const out: string[] = [];
  for (let i = 0; words(out) < targetWords; i++) out.push(sentences[i % sentences.length]!);
  return out;
}

const html = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const article = (title: string, ps: string[]) =>
  `<h1>${title}</h1><div class="article-content">${ps.map((p) => `<p>${p}</p>`).join("\n")}</div>`;

const relevantParas = cycle([...ARTICLE_PARAGRAPHS, ...RELEVANT_EXTRA], 3000);
const unrelatedParas = cycle(UNRELATED, 8000);
const bigNodes = Array.from({ length: 100_000 }, (_, i) => `<span>ô ${i} </span>`).join("");

/**
 * Our pages are cross-origin isolated (Chromium treats their origin as secure, see
 * withExtension): that gives performance.now() 5 µs steps instead of 100 µs, which matters
 * for sub-millisecond figures, and changes nothing else our scripts do.
 */
const ISOLATED = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

const ROUTES: Route[] = [
  {
    host: HOST,
    path: "/unrelated.html",
    html: html("Thời tiết", article("Thời tiết", unrelatedParas)),
    headers: ISOLATED,
  },
  { host: HOST, path: "/100k.html", html: html("Bảng", `<div>${bigNodes}</div>`), headers: ISOLATED },
  {
    host: HOST,
    path: "/relevant.html",
    html: html("Tô Lâm hội đàm với Kim Jong Un", article("Tô Lâm hội đàm với Kim Jong Un", relevantParas)),
    headers: ISOLATED,
  },
  // Served under a host the content script does not run on (the baselines' page world).
  { host: "example.org", path: "/relevant.html", html: html("x", article("x", relevantParas)) },
  {
    host: "example.org",
    path: "/paint.html",
    html: html(
      "x",
      Array.from({ length: 5000 }, (_, i) => `<p>Kim${i} Jong Un gặp Tô Lâm tại Bình Nhưỡng.</p>`).join(""),
    ),
  },
];

// ---------- timeline ----------

interface Timeline {
  tasks: Array<{ name: string; duration: number; start: number }>;
  stages: Record<string, number>;
  longtasks: Array<{ start: number; duration: number }>;
  /** Fine timers: see ISOLATED. */
  isolated?: boolean;
}

const TIMELINE = `(() => {
  const tasks = [], stages = {};
  for (const e of performance.getEntriesByType("measure")) {
    if (e.name.startsWith("diplomark:task:")) tasks.push({ name: e.name.slice(15), start: e.startTime, duration: e.duration });
    if (e.name.startsWith("diplomark:stage:")) stages[e.name.slice(16)] = (stages[e.name.slice(16)] || 0) + e.duration;
  }
  return { tasks, stages, longtasks: window.__longtasks || [], isolated: self.crossOriginIsolated === true };
})()`;
const LONGTASK_OBSERVER = `window.__longtasks = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask", buffered: true }); } catch {}`;

async function until<T>(probe: () => Promise<T>, done: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until our work on the page is over: a paint, or a gate that said no, then quiet. */
async function ourWork(evaluate: <T>(js: string) => Promise<T>, relevant: boolean): Promise<Timeline> {
  let last = -1;
  let since = Date.now();
  return until(
    () => evaluate<Timeline>(TIMELINE),
    (t) => {
      if (t.tasks.length !== last) {
        last = t.tasks.length;
        since = Date.now();
      }
      const done = relevant ? "paint" in t.stages : t.tasks.some((x) => x.name === "gate");
      return done && Date.now() - since > 500;
    },
  );
}

const sum = (t: Timeline, name?: string) =>
  t.tasks.filter((x) => !name || x.name === name).reduce((s, x) => s + x.duration, 0);
const longest = (t: Timeline) => Math.max(0, ...t.tasks.map((x) => x.duration));
const ourLongTasks = (t: Timeline) =>
  t.longtasks.filter((l) =>
    t.tasks.some((x) => x.start < l.start + l.duration && l.start < x.start + x.duration),
  ).length;

// ---------- Chromium ----------

/** A headless Chromium on its own profile, resolving `hosts` to this machine, with an extension or none. */
function launch(profile: string, hosts: string[], extension?: string, args: string[] = []) {
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1`), "MAP * ~NOTFOUND"].join(", ");
  const load = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...load, `--host-resolver-rules=${rules}`, ...args],
  });
}

async function withExtension(
  extension: string,
  profile: string,
  hosts: string[],
  port: number,
): Promise<{ ctx: BrowserContext; worker: Worker }> {
  const ctx = await launch(profile, hosts, extension, [
    `--unsafely-treat-insecure-origin-as-secure=http://${HOST}:${port}`,
    "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
    "--no-first-run",
  ]);
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 30_000 }));
  return { ctx, worker };
}

async function metric(page: Page, ctx: BrowserContext, url: string) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url, { waitUntil: "load" });
  return async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { scriptMs: (m.ScriptDuration ?? 0) * 1000, heap: heap.usedSize };
  };
}

interface PageRun {
  timeline: Timeline;
  scriptMs: number;
  heap: number;
  analyseMs: number;
}

async function runPage(
  ctx: BrowserContext,
  url: string,
  relevant: boolean,
  worker?: Worker,
  observe = true,
): Promise<PageRun> {
  const page = await ctx.newPage();
  if (observe) await page.addInitScript(LONGTASK_OBSERVER);
  const read = await metric(page, ctx, url);
  const timeline = worker
    ? await ourWork((js) => page.evaluate(js), relevant)
    : await new Promise<Timeline>((r) =>
        setTimeout(() => r({ tasks: [], stages: {}, longtasks: [] }), relevant ? 1500 : 800),
      );
  const { scriptMs, heap } = await read();
  const analyseMs = worker
    ? await worker.evaluate(
        `(() => { const e = performance.getEntriesByName("diplomark:analyse"); return e.length ? e[e.length - 1].duration : NaN; })()`,
      )
    : Number.NaN;
  await page.close();
  return { timeline, scriptMs, heap, analyseMs: analyseMs as number };
}

interface Unrelated {
  gate: number;
  gateLongest: number;
  scriptDelta: number;
  emptyDelta: number;
}

async function chromiumFigures(server: Awaited<ReturnType<typeof startFixtureServer>>) {
  const url = (path: string, host = HOST) => `http://${host}:${server.port}${path}`;
  const profile = mkdtempSync(join(tmpdir(), "diplomark-bench-"));
  const plainProfile = mkdtempSync(join(tmpdir(), "diplomark-bench-plain-"));
  const { ctx, worker } = await withExtension(CHROME_BENCH_EXT, profile, [HOST, "example.org"], server.port);
  const productProfile = mkdtempSync(join(tmpdir(), "diplomark-bench-product-"));
  const product = await withExtension(CHROME_EXT, productProfile, [HOST], server.port);
  const plain = await launch(plainProfile, [HOST, "example.org"]);
  // The baseline for script time: an extension whose content script does nothing.
  const emptyProfile = mkdtempSync(join(tmpdir(), "diplomark-bench-empty-"));
  const emptyExt = writeEmptyExtension(HOST);
  const empty = await launch(emptyProfile, [HOST], emptyExt);
  try {
    // Warm both browsers (first navigation, the extension's corpus seeding).
    await runPage(ctx, url("/relevant.html"), true, worker);
    await runPage(plain, url("/relevant.html"), true);
    await runPage(empty, url("/relevant.html"), true);
    await runPage(product.ctx, url("/relevant.html"), true, product.worker);

    const out: Record<string, unknown> = {};
    for (const [name, path] of [
      ["unrelated long article", "/unrelated.html"],
      ["unrelated 100k-node page", "/100k.html"],
    ] as const) {
      const withExt: PageRun[] = [];
      const withProduct: PageRun[] = [];
      const without: PageRun[] = [];
      const withEmpty: PageRun[] = [];
      // Sub-millisecond figures on a busy machine: more loads than elsewhere.
      for (let i = 0; i < 3 * RUNS; i++) {
        withExt.push(await runPage(ctx, url(path), false, worker));
        withProduct.push(await runPage(product.ctx, url(path), false));
        without.push(await runPage(plain, url(path), false));
        withEmpty.push(await runPage(empty, url(path), false));
      }
      if (!withExt.every((r) => r.timeline.isolated))
        console.warn(`${name}: page not cross-origin isolated, timers are coarse (100 µs)`);
      out[name] = {
        gate: median(withExt.map((r) => sum(r.timeline, "gate"))),
        gateLongest: median(withExt.map((r) => longest(r.timeline))),
        scriptDelta: median(withProduct.map((r) => r.scriptMs)) - median(without.map((r) => r.scriptMs)),
        emptyDelta: median(withEmpty.map((r) => r.scriptMs)) - median(without.map((r) => r.scriptMs)),
      };
    }

    const rel: PageRun[] = [];
    const relPlain: PageRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      rel.push(await runPage(ctx, url("/relevant.html"), true, worker));
      relPlain.push(await runPage(plain, url("/relevant.html"), true));
    }
    const stage = (k: string) => median(rel.map((r) => r.timeline.stages[k] ?? Number.NaN));
    const analyseMs = median(rel.map((r) => r.analyseMs));
    out.relevant = {
      extract: stage("extract"),
      message: stage("message") - analyseMs,
      analyse: analyseMs,
      paint: stage("paint"),
      total: stage("extract") + stage("message") + stage("paint"),
      ourMainThread: median(rel.map((r) => sum(r.timeline))),
      longest: median(rel.map((r) => longest(r.timeline))),
      longTasksOurs: Math.max(...rel.map((r) => ourLongTasks(r.timeline))),
      longTasksAll: Math.max(...rel.map((r) => r.timeline.longtasks.length)),
      heapDelta: median(rel.map((r) => r.heap)) - median(relPlain.map((r) => r.heap)),
    };

    // Painting and the naive pipeline, in a page world without the extension.
    const bundle = await build({
      entryPoints: [resolve("bench/page/paint-entry.ts")],
      bundle: true,
      write: false,
      format: "iife",
      minify: true,
      logLevel: "silent",
    });
    const script = bundle.outputFiles[0]!.text;
    const paints: Record<
      number,
      { ourPaint: number; ourClear: number; markPaint: number; markClear: number }
    > = {};
    for (const n of [500, 5000]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await plain.newPage();
        await page.goto(url("/paint.html", "example.org"));
        await page.addScriptTag({ content: script });
        runs.push(
          (await page.evaluate(`window.__bench.paint(${n})`)) as {
            ourPaint: number;
            ourClear: number;
            markPaint: number;
            markClear: number;
          },
        );
        await page.close();
      }
      paints[n] = {
        ourPaint: median(runs.map((r) => r.ourPaint)),
        ourClear: median(runs.map((r) => r.ourClear)),
        markPaint: median(runs.map((r) => r.markPaint)),
        markClear: median(runs.map((r) => r.markClear)),
      };
    }
    out.paint = paints;

    const naive: number[] = [];
    let found = 0;
    for (let i = 0; i < RUNS; i++) {
      const page = await plain.newPage();
      await page.goto(url("/relevant.html", "example.org"));
      await page.addScriptTag({ content: script });
      const r = (await page.evaluate("window.__bench.naive()")) as { ms: number; found: number };
      naive.push(r.ms);
      found = r.found;
      await page.close();
    }
    out.naive = { ms: median(naive), found };

    // Cross-reference on the browser's own IndexedDB (a page's, same engine as the extension's).
    const corpusBundle = await build({
      entryPoints: [resolve("bench/page/corpus-entry.ts")],
      bundle: true,
      // The background's dispatcher imports the seeds as Vite `?raw` text: the same here.
      plugins: [rawText],
      loader: { ".txt": "text" },
      write: false,
      format: "iife",
      minify: true,
      logLevel: "silent",
    });
    const seeds = join(import.meta.dirname, "../assets/seeds");
    const template = analyse(readFileSync(join(seeds, "000_600e93926c99760f.txt"), "utf8"));
    const pageAnalysis = analyse(readFileSync(join(seeds, "002_e8120e5def90eb2b.txt"), "utf8"));
    const corpusPage = await plain.newPage();
    await corpusPage.goto(url("/paint.html", "example.org"));
    await corpusPage.addScriptTag({ content: corpusBundle.outputFiles[0]!.text });
    out.corpus = (await corpusPage.evaluate(
      `window.__corpus.scale(${JSON.stringify(template)}, ${JSON.stringify(pageAnalysis)}, [10, 1000, 10000], 15)`,
    )) as Record<number, number>;
    await corpusPage.close();
    return out as {
      "unrelated long article": Unrelated;
      "unrelated 100k-node page": Unrelated;
      relevant: Record<string, number>;
      paint: typeof paints;
      naive: { ms: number; found: number };
      corpus: Record<number, number>;
    };
  } finally {
    await ctx.close();
    await plain.close();
    await empty.close();
    await product.ctx.close();
    rmSync(productProfile, { recursive: true, force: true });
    rmSync(emptyProfile, { recursive: true, force: true });
    rmSync(emptyExt, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    rmSync(plainProfile, { recursive: true, force: true });
  }
}

// ---------- Firefox (our timeline marks; no long-task or DevTools metrics there) ----------

async function firefoxFigures(server: Awaited<ReturnType<typeof startFixtureServer>>) {
  const profile = mkdtempSync(join(tmpdir(), "diplomark-bench-ff-"));
  // Firefox rounds performance.now() to a millisecond unless told not to.
  const driver = await launchFirefox({
    extensionDir: FIREFOX_BENCH_EXT,
    profileDir: profile,
    hosts: [HOST],
    prefs: { "privacy.reduceTimerPrecision": false },
  });
  const url = (path: string) => `http://${HOST}:${server.port}${path}`;
  try {
    const once = async (path: string, relevant: boolean) => {
      const page = await driver.open(url(path));
      const t = await ourWork((js) => page.evaluate(js), relevant);
      await page.close();
      return t;
    };
    await once("/relevant.html", true);
    const rel: Timeline[] = [];
    const unrel: Timeline[] = [];
    const big: Timeline[] = [];
    for (let i = 0; i < 3 * RUNS; i++) {
      if (i < RUNS) rel.push(await once("/relevant.html", true));
      unrel.push(await once("/unrelated.html", false));
      big.push(await once("/100k.html", false));
    }
    const stage = (k: string) => median(rel.map((t) => t.stages[k] ?? Number.NaN));
    return {
      unrelated: median(unrel.map((t) => sum(t, "gate"))),
      big: median(big.map((t) => sum(t, "gate"))),
      extract: stage("extract"),
      message: stage("message"),
      paint: stage("paint"),
      total: stage("extract") + stage("message") + stage("paint"),
      longest: median(rel.map(longest)),
    };
  } finally {
    await driver.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------- report ----------

async function main() {
  // What every outlet page loads (the gate), and what only pages that pass it load on top.
  const gateBytes = statSync(join(CHROME_EXT, GATE_SCRIPT)).size;
  const mainBytes = statSync(join(CHROME_EXT, MAIN_SCRIPT.slice(1))).size;
  const server = await startFixtureServer(ROUTES, "::");
  try {
    const c = await chromiumFigures(server);
    const f = await firefoxFigures(server).catch((e: unknown) => {
      console.warn(`Firefox figures unavailable: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    });
    const u = c["unrelated long article"];
    const b = c["unrelated 100k-node page"];
    const r = c.relevant;
    const ours = r.total!;
    const rows: Array<[string, string, string, string]> = [
      ["figure", "Chromium", "Firefox", "target"],
      ["unrelated page: script bytes (the gate)", kb(gateBytes), "", "< 20 kB"],
      ["relevant page: session script bytes, on top", kb(mainBytes), "", ""],
      [
        `unrelated article (${words(unrelatedParas)} words): our gate's time`,
        formatMs(u.gate),
        f ? formatMs(f.unrelated) : "-",
        // The gate reads title, headline and lead (issue 12's budget per browser).
        "≤ 1 / ≤ 2 ms",
      ],
      ["  script time added, compile included (DevTools, product build)", formatMs(u.scriptDelta), "", ""],
      ["    by an empty content script (the browser's share)", formatMs(u.emptyDelta), "", ""],
      ["unrelated 100k-node page: our gate's time", formatMs(b.gate), f ? formatMs(f.big) : "-", "< 1 frame"],
      ["  its longest task", formatMs(b.gateLongest), "", ""],
      ["  script time added, compile included (DevTools, product build)", formatMs(b.scriptDelta), "", ""],
      ["    by an empty content script (the browser's share)", formatMs(b.emptyDelta), "", ""],
      [
        `relevant article (${words(relevantParas)} words): extraction`,
        formatMs(r.extract!),
        f ? formatMs(f.extract) : "-",
        "",
      ],
      ["  messaging (round trip minus analysis)", formatMs(r.message!), "", ""],
      ["  analysis (background)", formatMs(r.analyse!), "", ""],
      ["  messaging + analysis", formatMs(r.message! + r.analyse!), f ? formatMs(f.message) : "-", ""],
      ["  painting", formatMs(r.paint!), f ? formatMs(f.paint) : "-", ""],
      ["  total, first slice to painted", formatMs(ours), f ? formatMs(f.total) : "-", "< 50 ms"],
      ["  our main-thread time in the page", formatMs(r.ourMainThread!), "", ""],
      ["  our longest task", formatMs(r.longest!), f ? formatMs(f.longest) : "-", "< 50 ms"],
      ["  long tasks overlapping ours / all", `${r.longTasksOurs} / ${r.longTasksAll}`, "n/a", "0"],
      ["  JS heap added to the page", `${(r.heapDelta! / 1024).toFixed(0)} kB`, "", ""],
    ];
    for (const n of [500, 5000] as const) {
      const p = c.paint[n]!;
      rows.push(
        [`paint ${n} highlights (to next frame)`, formatMs(p.ourPaint), "", ""],
        [`  same ranges as <mark>`, formatMs(p.markPaint), "", ""],
        [`  ratio <mark>/ours`, ratio(p.markPaint / p.ourPaint), "", ""],
        [`clear ${n} highlights`, formatMs(p.ourClear), "", ""],
        [`  unwrap ${n} <mark>`, formatMs(p.markClear), "", ""],
        [`  ratio unwrap/ours`, ratio(p.markClear / p.ourClear), "", ""],
      );
    }
    rows.push(
      [`naive: compromise + <mark> in the page (${c.naive.found} names)`, formatMs(c.naive.ms), "", ""],
      ["  ratio naive/ours (whole pipeline)", ratio(c.naive.ms / ours), "", ""],
      ...[10, 1000, 10000].map((n): [string, string, string, string] => [
        `cross-reference, ${n} stored articles (IndexedDB on disk)`,
        formatMs(c.corpus[n]!),
        "",
        n === 10000 ? "< 50 ms" : "",
      ]),
    );
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
    console.log(
      `\nIn the browser: medians of ${RUNS} page loads, ${3 * RUNS} for unrelated pages (headless Chromium, Firefox ESR)\n`,
    );
    for (const [i, row] of rows.entries()) {
      console.log(
        row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join("  "),
      );
      if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
    }
  } finally {
    await server.close();
  }
}

await main();
