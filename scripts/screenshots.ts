import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FIXTURE_HOSTS, PAGES, type PageFixture, VI_BAOTINTUC } from "../test/e2e/harness/fixtures";
import { launchChromium } from "../tools/browsers/chromium";
import { type PageHandle, pollUntil } from "../tools/browsers/driver";
import { startFixtureServer } from "../tools/browsers/server";

// npx tsx scripts/screenshots.ts — run by hand, not in CI. Builds, stores the fixture pages
// next to the seeds in a throw-away Chromium profile (headless), and writes the library's
// pictures to docs/screenshots/ for the README.

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "docs/screenshots");

/** Shows only the sections named, so one full-page shot is one picture. */
const only = (sections: string[]) => `(() => {
  const keep = ${JSON.stringify(sections)};
  for (const s of document.querySelectorAll("section[data-section]")) s.hidden = !keep.includes(s.getAttribute("data-section"));
  return true;
})()`;

async function stateOf(page: PageHandle): Promise<string | null> {
  return page.evaluate<string | null>(`document.body.getAttribute("data-state")`);
}

async function main(): Promise<void> {
  const built = spawnSync("npx", ["wxt", "build"], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("the build failed");
  const server = await startFixtureServer(PAGES, "127.0.0.1");
  const profileDir = mkdtempSync(join(tmpdir(), "diplomark-shots-"));
  const launch = (locale?: string) =>
    launchChromium({
      extensionDir: join(ROOT, ".output/chrome-mv3"),
      profileDir,
      hosts: FIXTURE_HOSTS,
      headless: true,
      ...(locale ? { locale } : {}),
    });
  /** The popup as a 420 × 600 toolbar popup shows it, for the README. */
  const popupShot = async (b: Awaited<ReturnType<typeof launch>>, fixture: PageFixture, file: string) => {
    const page = await b.open(server.url(fixture));
    const popup = await b.popupFor(page);
    await popup.resize(420, 600);
    await pollUntil(
      () =>
        popup.evaluate<boolean>(
          `document.body.getAttribute("data-state") === "ready" && !!document.querySelector("[data-summary]")`,
        ),
      (x) => x,
      30_000,
    );
    await popup.screenshot(join(OUT, file));
    await popup.close();
    await page.close();
  };
  let browser = await launch();
  try {
    for (const fixture of PAGES) {
      const page = await browser.open(server.url(fixture));
      const popup = await browser.popupFor(page);
      await pollUntil(
        () => stateOf(popup),
        (s) => s === "ready",
        30_000,
      );
      const canSave = await popup.evaluate<boolean>(
        `Boolean(document.querySelector('button[data-action="save"]:not([disabled])'))`,
      );
      if (canSave) {
        await popup.click('button[data-action="save"]');
        await pollUntil(
          () => popup.evaluate<boolean>(`Boolean(document.querySelector('button[data-saved]'))`),
          (x) => x,
          30_000,
        );
      }
      await popup.close();
      await page.close();
    }
    const lib = await browser.openExtensionPage("/library.html");
    await lib.resize(1280, 900);
    await pollUntil(
      () => stateOf(lib),
      (s) => s === "ready",
      30_000,
    );
    mkdirSync(OUT, { recursive: true });
    await lib.evaluate(only(["articles"]));
    await lib.screenshot(join(OUT, "library.png"));
    await lib.evaluate(only(["timeline"]));
    await lib.screenshot(join(OUT, "timeline.png"));
    await lib.evaluate(only(["matrix"]));
    await lib.screenshot(join(OUT, "matrix.png"));
    await lib.evaluate(only(["stories"]));
    await lib.screenshot(join(OUT, "stories.png"));
    await lib.evaluate(only(["articles", "timeline", "matrix", "transfer"]));
    await lib.click('button[data-cell-area="health"]');
    await pollUntil(
      () => lib.evaluate<boolean>(`document.querySelector("dialog[data-reader]").open`),
      (x) => x,
      20_000,
    );
    await lib.screenshot(join(OUT, "reader.png"));
    const actor = await browser.openExtensionPage("/library.html?actor=to-lam");
    await actor.resize(1280, 900);
    await pollUntil(
      () => actor.evaluate<number>(`document.querySelectorAll("[data-appearance]").length`),
      (n) => n >= 2,
      30_000,
    );
    await actor.screenshot(join(OUT, "actor.png"));
    await popupShot(browser, VI_BAOTINTUC, "popup-en.png");
    await browser.close();
    browser = await launch("vi");
    await popupShot(browser, VI_BAOTINTUC, "popup-vi.png");
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
