import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { launchChromium } from "../tools/browsers/chromium";
import { pollUntil } from "../tools/browsers/driver";
import { startFixtureServer } from "../tools/browsers/server";

// npm start: build, then open Chromium with the extension on a local copy of the English seed,
// served under its outlet's real name (vietnamnews.vn, resolved to this machine only inside
// this browser). Without a display it runs headless and leaves two screenshots behind.

const ROOT = resolve(import.meta.dirname, "..");
const SEED = join(ROOT, "assets/seeds/000_600e93926c99760f.txt");
const HOST = "vietnamnews.vn";
const PATH =
  "/politics-laws/1724512/upcoming-visit-marks-an-important-milestone-in-viet-nam-dprk-relations.html";
const TITLE = "Upcoming visit marks an important milestone in Việt Nam–DPRK relations";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function seedPage(): string {
  // The seed opens with its capture artefact " date 2025-10-08 "; the page carries the date as metadata.
  const text = readFileSync(SEED, "utf8").replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "");
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(TITLE)} - Việt Nam News</title>
<meta property="article:published_time" content="2025-10-08T08:00:00+07:00">
<style>body{font:17px/1.6 Georgia,serif;max-width:760px;margin:24px auto;padding:0 16px;color:#222}
nav{font:14px sans-serif;border-bottom:1px solid #ddd;padding-bottom:8px}nav a{margin-right:12px;color:#036}
.sapo{font-weight:bold}</style></head><body>
<nav><a href="/politics-laws">Politics &amp; Law</a><a href="/society">Society</a><a href="/economy">Economy</a></nav>
<h1 class="headline">${escapeHtml(TITLE)}</h1>
<div class="detail__content">${paragraphs}</div>
<footer><p>Việt Nam News — local copy served by npm start</p></footer>
</body></html>`;
}

function build(): void {
  const r = spawnSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error("the build failed");
}

async function main(): Promise<void> {
  build();
  const headless = !process.env.DISPLAY;
  const server = await startFixtureServer([{ host: HOST, path: PATH, html: seedPage() }], "127.0.0.1");
  const profileDir = mkdtempSync(join(tmpdir(), "diplomark-start-"));
  const browser = await launchChromium({
    extensionDir: join(ROOT, ".output/chrome-mv3"),
    profileDir,
    hosts: [HOST],
    headless,
  });
  const cleanup = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    const url = server.url({ host: HOST, path: PATH });
    const page = await browser.open(url);
    const painted = await pollUntil(
      () =>
        page.evaluate<number>(`[...CSS.highlights.keys()].filter((k) => k.startsWith("diplomark-")).length`),
      (n) => n > 0,
      30_000,
    );
    if (painted === 0) throw new Error("the page was not highlighted");
    const popup = await browser.popupFor(page);
    // The size of the toolbar popup, so the screenshot shows what a user sees there.
    await popup.resize(420, 800);
    const state = await pollUntil(
      () => popup.evaluate<string | null>(`document.body.getAttribute("data-state")`),
      (s) => s === "ready" || s === "error",
      30_000,
    );
    if (headless) {
      const dir = join(ROOT, ".output/screenshots");
      mkdirSync(dir, { recursive: true });
      const pageShot = join(dir, "page.png");
      const popupShot = join(dir, "popup.png");
      await page.screenshot(pageShot);
      await popup.screenshot(popupShot);
      console.log(`No display: ran headless (popup state: ${state}).`);
      console.log(`Highlighted page: ${pageShot}`);
      console.log(`Popup:            ${popupShot}`);
      await cleanup();
      return;
    }
    console.log(`DiploMark is loaded in Chromium on ${url}. Close the browser window to stop.`);
    await new Promise<void>((resolveClosed) => {
      const stop = () => resolveClosed();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      const timer = setInterval(() => {
        page.evaluate("1").catch(() => {
          clearInterval(timer);
          stop();
        });
      }, 1000);
    });
    await cleanup();
  } catch (e) {
    await cleanup();
    throw e;
  }
}

main().catch((e: unknown) => {
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
