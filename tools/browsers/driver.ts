// What a test does with a browser, whichever browser it is.

export interface PageHandle {
  readonly url: string;
  evaluate<T>(js: string): Promise<T>;
  click(selector: string): Promise<void>;
  /** Presses a key ("Tab", "Enter", " ") as the keyboard would, in the focused element. */
  press(key: string): Promise<void>;
  /**
   * Brings the tab to the front, as the tab a user reads is: a background tab gets no animation
   * frames (Firefox), so neither a page's rAF loop nor the hover card's would run.
   */
  front(): Promise<void>;
  /** Moves the real pointer (the tab comes to the front first). */
  hover(x: number, y: number): Promise<void>;
  /** A real click at (x, y), with Alt held if asked, as the user makes it. */
  clickAt(x: number, y: number, opts?: { alt?: boolean }): Promise<void>;
  resize(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: "chromium" | "firefox";
  /** Opens `url` in a new tab and waits for its load event. */
  open(url: string): Promise<PageHandle>;
  /** The extension's tab id for a page opened with open(). */
  tabIdOf(page: PageHandle): Promise<number>;
  /** Runs `js` (an expression, may be a promise) in an extension page and returns its value. */
  inExtension<T>(js: string): Promise<T>;
  /** Opens the popup as the extension's page for that tab: popup.html?tab=<id>. */
  popupFor(page: PageHandle): Promise<PageHandle>;
  /** Opens one of the extension's pages in a new tab, e.g. "/library.html". */
  openExtensionPage(path: string): Promise<PageHandle>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  /** The address of every open tab (extension pages included). */
  tabUrls(): Promise<string[]>;
  /** Every URL the browser's pages and the extension requested. */
  requestedUrls(): string[];
  close(): Promise<void>;
}

/** What Playwright's and Puppeteer's pages both offer for the real pointer and keyboard. */
interface PointerPage {
  bringToFront(): Promise<void>;
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { down(key: "Alt"): Promise<void>; up(key: "Alt"): Promise<void> };
}

/** The PageHandle's pointer methods over either library's page. */
export function pointerOf(page: PointerPage): Pick<PageHandle, "front" | "hover" | "clickAt"> {
  return {
    front: () => page.bringToFront(),
    hover: async (x, y) => {
      await page.bringToFront();
      await page.mouse.move(x, y);
    },
    clickAt: async (x, y, opts) => {
      await page.bringToFront();
      if (opts?.alt) await page.keyboard.down("Alt");
      await page.mouse.click(x, y);
      if (opts?.alt) await page.keyboard.up("Alt");
    },
  };
}

export const GECKO_ID = "diplomark@diplomark.local";

/**
 * An extension-context expression for the id of the tab showing `url`. Without the "tabs"
 * permission tabs.query hides URLs, so the tab is also recognised by what our content script
 * says it is reading.
 */
export function tabIdScript(url: string): string {
  return `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const url = ${JSON.stringify(url)};
    const tabs = await api.tabs.query({});
    const direct = tabs.find((t) => t.url === url);
    if (direct) return direct.id;
    for (const t of tabs) {
      try {
        const state = await api.tabs.sendMessage(t.id, { type: "page:state" });
        if (state && state.url === url) return t.id;
      } catch {}
    }
    return -1;
  })()`;
}

/** Polls `probe` until `done` holds (or the time is up) and returns the last value: tests assert on it. */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
  intervalMs = 150,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (done(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > until) {
      if (last === undefined) throw lastError ?? new Error("pollUntil: no value");
      return last;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
