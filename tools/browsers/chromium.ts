import { existsSync } from "node:fs";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { type BrowserDriver, type PageHandle, pointerOf, pollUntil, tabIdScript } from "./driver";

export const CHROMIUM = "/usr/bin/chromium";

// Requests made by the extension's service worker show up in the context's events only with this.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

export interface ChromiumOptions {
  extensionDir: string;
  profileDir: string;
  hosts: readonly string[];
  /** Default true; npm start shows the window when there is a display. */
  headless?: boolean;
  /** The browser's UI language (--lang), which picks the extension's messages. */
  locale?: string;
}

function handle(page: Page): PageHandle {
  return {
    get url() {
      return page.url();
    },
    evaluate: <T>(js: string) => page.evaluate(js) as Promise<T>,
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    ...pointerOf(page),
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(opts: ChromiumOptions): Promise<BrowserDriver> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`);
  if (!existsSync(`${opts.extensionDir}/manifest.json`)) {
    throw new Error(`No built extension at ${opts.extensionDir}: run npm run build first`);
  }
  const urls: string[] = [];
  let context: BrowserContext;
  let worker: Worker;

  async function start() {
    const rules = [...opts.hosts.map((h) => `MAP ${h} 127.0.0.1`), "MAP * ~NOTFOUND"].join(", ");
    context = await chromium.launchPersistentContext(opts.profileDir, {
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      viewport: { width: 1200, height: 900 },
      args: [
        `--disable-extensions-except=${opts.extensionDir}`,
        `--load-extension=${opts.extensionDir}`,
        `--host-resolver-rules=${rules}`,
        ...(opts.locale ? [`--lang=${opts.locale}`] : []),
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        // Chromium would first try https:// for these http:// pages (HTTPS-Upgrades).
        "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
      ],
    });
    context.on("request", (r) => urls.push(r.url()));
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
  }
  await start();

  // Node's URL gives chrome-extension: URLs an opaque ("null") origin.
  const extensionOrigin = () => worker.url().replace(/^(chrome-extension:\/\/[^/]+).*$/, "$1");

  const driver: BrowserDriver = {
    name: "chromium",
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      const h = handle(page);
      return h;
    },
    async tabIdOf(page) {
      const url = page.url;
      return pollUntil(
        () => worker.evaluate(tabIdScript(url)) as Promise<number>,
        (id) => id >= 0,
        10_000,
      );
    },
    inExtension: <T>(js: string) => worker.evaluate(js) as Promise<T>,
    async popupFor(page) {
      const id = await driver.tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`${extensionOrigin()}/popup.html?tab=${id}`);
      const h = handle(popup);
      return h;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin()}${path}`, { waitUntil: "load" });
      const h = handle(page);
      return h;
    },
    async restart() {
      await context.close();
      await start();
    },
    tabUrls: async () => context.pages().map((p) => p.url()),
    requestedUrls: () => [...urls],
    close: () => context.close(),
  };
  return driver;
}
