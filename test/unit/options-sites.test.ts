import { Window } from "happy-dom";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pausedSection } from "../../src/options/sites-section";
import type { SettingsStore } from "../../src/options/store";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";

// A happy-dom window of our own, as in popup-render.test.ts.
const win = new Window({ url: "chrome-extension://test-extension-id/options.html" });
beforeAll(() => vi.stubGlobal("document", win.document));
afterAll(() => {
  vi.unstubAllGlobals();
  void win.happyDOM.close();
});

function memoryStore(): SettingsStore & { settings: Settings } {
  const store = {
    settings: DEFAULT_SETTINGS,
    load: async () => store.settings,
    async update(change: (s: Settings) => Settings) {
      store.settings = change(store.settings);
      return store.settings;
    },
  };
  return store;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("a list of sites on the settings page", () => {
  it("stays as the settings are after a removal followed by an addition", async () => {
    const store = memoryStore();
    const root = pausedSection(store.settings, store);
    const input = root.querySelector("input") as unknown as HTMLInputElement;
    const form = root.querySelector("form")!;
    const add = async (host: string) => {
      input.value = host;
      form.dispatchEvent(new win.Event("submit", { cancelable: true }) as unknown as Event);
      await flush();
    };
    const listed = () => [...root.querySelectorAll("[data-host]")].map((li) => li.getAttribute("data-host"));

    await add("a.org");
    await add("b.org");
    (root.querySelector('[data-remove="a.org"]') as unknown as HTMLButtonElement).click();
    await flush();
    expect(listed()).toEqual(["b.org"]);
    await add("c.org");
    expect(listed()).toEqual(["b.org", "c.org"]);
    expect(store.settings.paused).toEqual(["b.org", "c.org"]);
  });
});
