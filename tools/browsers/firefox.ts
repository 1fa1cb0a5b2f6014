import { existsSync } from "node:fs";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { type BrowserDriver, GECKO_ID, type PageHandle, pointerOf, pollUntil, tabIdScript } from "./driver";

export const FIREFOX = "/usr/bin/firefox-esr";
/** Fixed, so the tests know the extension's pages: moz-extension://UUID/popup.html. */
export const EXTENSION_UUID = "3f0c9a52-7d1e-4b6a-9c2e-5a8d1f4e6b70";

export interface FirefoxOptions {
  extensionDir: string;
  profileDir: string;
  hosts: readonly string[];
  /**
   * When set, every request Firefox makes goes through this local port (the fixture server
   * as a recording proxy): WebDriver does not show the extension's background page, the proxy
   * sees its requests all the same.
   */
  proxyPort?: number;
  /**
   * The browser's UI language (intl.locale.requested), which picks the extension's messages.
   * Firefox needs that language's pack installed (Debian: firefox-esr-l10n-vi).
   */
  locale?: string;
  /** More preferences for the profile (the bench's timer precision). */
  prefs?: Record<string, string | number | boolean>;
}

const EXT_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

function handle(page: Page): PageHandle {
  return {
    get url() {
      return page.url();
    },
    evaluate: <T>(js: string) => page.evaluate(js) as Promise<T>,
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as never),
    ...pointerOf(page),
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

/** moz-extension:// navigations never report load to WebDriver BiDi: start one and poll. */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { waitUntil: [] as never }).catch(() => undefined);
  const reached = await pollUntil(
    () => page.evaluate(`location.href + "|" + document.readyState`) as Promise<string>,
    (s) => s.startsWith(url) && s.endsWith("|complete"),
    20_000,
  );
  if (!reached.startsWith(url)) throw new Error(`Firefox did not open ${url} (at ${reached})`);
}

export async function launchFirefox(opts: FirefoxOptions): Promise<BrowserDriver> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox is not installed at ${FIREFOX} (apt-get install firefox-esr)`);
  if (!existsSync(`${opts.extensionDir}/manifest.json`)) {
    throw new Error(`No built extension at ${opts.extensionDir}: run npm run build first`);
  }
  const urls: string[] = [];
  let browser: Browser;
  let extPage: Page | null = null;

  async function start() {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
      args: ["--remote-allow-system-access"],
      userDataDir: opts.profileDir,
      defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: {
        "network.dns.localDomains": opts.hosts.join(","),
        "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // A temporary add-on is uninstalled when the browser closes; its corpus must survive
        // the restart test exactly as a normally installed add-on's would.
        "extensions.webextensions.keepStorageOnUninstall": true,
        "extensions.webextensions.keepUuidOnUninstall": true,
        // Language packs are system add-ons: enabled without asking only with this.
        ...(opts.locale ? { "intl.locale.requested": opts.locale, "extensions.autoDisableScopes": 0 } : {}),
        // The library's exports are downloads: keep them inside the test profile.
        "browser.download.folderList": 2,
        "browser.download.dir": `${opts.profileDir}/downloads`,
        "browser.download.useDownloadDir": true,
        // The browser's own captive-portal and connectivity probes (detectportal.firefox.com):
        // off, so the requests the tests see are the pages' and the extension's.
        "network.captive-portal-service.enabled": false,
        "network.connectivity-service.enabled": false,
        ...opts.prefs,
        ...(opts.proxyPort === undefined
          ? {}
          : {
              "network.proxy.type": 1,
              "network.proxy.http": "127.0.0.1",
              "network.proxy.http_port": opts.proxyPort,
              "network.proxy.ssl": "127.0.0.1",
              "network.proxy.ssl_port": opts.proxyPort,
              "network.proxy.no_proxies_on": "",
              "network.proxy.allow_hijacking_localhost": true,
              "network.proxy.socks_remote_dns": false,
            }),
      },
    });
    browser.on("targetcreated", (target) => {
      void target.page().then((p) => p?.on("request", (r) => urls.push(r.url())));
    });
    for (const p of await browser.pages()) p.on("request", (r) => urls.push(r.url()));
    await browser.installExtension(opts.extensionDir);
    extPage = null;
  }
  await start();

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on("request", (r) => urls.push(r.url()));
    return page;
  }

  async function extensionPage(): Promise<Page> {
    if (extPage && !extPage.isClosed()) return extPage;
    const page = await newPage();
    // Any page of ours gives the browser.* API; the popup with an impossible tab answers nothing.
    await gotoExtensionPage(page, `${EXT_ORIGIN}/popup.html?tab=-1`);
    extPage = page;
    return page;
  }

  const driver: BrowserDriver = {
    name: "firefox",
    async open(url) {
      const page = await newPage();
      await page.goto(url, { waitUntil: "load" });
      return handle(page);
    },
    async tabIdOf(page) {
      const url = page.url;
      const ext = await extensionPage();
      return pollUntil(
        () => ext.evaluate(tabIdScript(url)) as Promise<number>,
        (id) => id >= 0,
        10_000,
      );
    },
    async inExtension<T>(js: string) {
      const ext = await extensionPage();
      return ext.evaluate(js) as Promise<T>;
    },
    async popupFor(page) {
      const id = await driver.tabIdOf(page);
      const popup = await newPage();
      await gotoExtensionPage(popup, `${EXT_ORIGIN}/popup.html?tab=${id}`);
      return handle(popup);
    },
    async openExtensionPage(path) {
      const page = await newPage();
      await gotoExtensionPage(page, `${EXT_ORIGIN}${path}`);
      return handle(page);
    },
    async restart() {
      await browser.close();
      await start();
    },
    // WebDriver BiDi reports a moz-extension:// tab as about:blank: ask the tab where it is.
    tabUrls: async () =>
      Promise.all(
        (await browser.pages()).map((p) =>
          (p.evaluate("location.href") as Promise<string>).catch(() => p.url()),
        ),
      ),
    requestedUrls: () => [...urls],
    close: () => browser.close(),
  };
  return driver;
}
