import { describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { forwardCommand } from "../../src/background/commands";
import { SITE_SCRIPT_ID, syncSiteScripts } from "../../src/background/site-scripts";
import type { PageRequest } from "../../src/protocol/messages";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normaliseHost,
  parseSettings,
  pausedOn,
  siteEnabled,
  toggled,
  updateSettings,
} from "../../src/settings/settings";

const BUILT_IN = ["baotintuc.vn", "vietnamplus.vn"];

describe("settings", () => {
  it("parses whatever storage holds into valid settings", () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("junk")).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({
        hidden: ["diplomark-actor-dprk", 3, "diplomark-actor-dprk"],
        colours: { "diplomark-actor-dprk": "#00aa00", "diplomark-actor-other": "red" },
        sites: ["example.org", "not a host", "*://x/*"],
        paused: "baotintuc.vn",
      }),
    ).toEqual({
      hidden: ["diplomark-actor-dprk"],
      colours: { "diplomark-actor-dprk": "#00aa00" },
      outletsOff: [],
      sites: ["example.org"],
      paused: [],
      denseHighlights: false,
    });
  });

  it("normalises what a user types as a site", () => {
    expect(normaliseHost("https://www.Example.org/news/x?y=1")).toBe("www.example.org");
    expect(normaliseHost("example.org")).toBe("example.org");
    expect(normaliseHost(" *.kcna.kp ")).toBe("kcna.kp");
    expect(normaliseHost("localhost")).toBeNull();
    expect(normaliseHost("not a site")).toBeNull();
    expect(normaliseHost("")).toBeNull();
  });

  it("decides where the content script starts by itself and where it is paused", () => {
    const s = {
      ...DEFAULT_SETTINGS,
      outletsOff: ["vietnamplus.vn"],
      sites: ["example.org"],
      paused: ["nhandan.vn"],
    };
    expect(siteEnabled(s, "baotintuc.vn", BUILT_IN)).toBe(true);
    expect(siteEnabled(s, "en.vietnamplus.vn", BUILT_IN)).toBe(false);
    expect(siteEnabled(s, "news.example.org", BUILT_IN)).toBe(true);
    expect(siteEnabled(s, "example.com", BUILT_IN)).toBe(false);
    expect(pausedOn(s, "en.nhandan.vn")).toBe(true);
    expect(pausedOn(s, "baotintuc.vn")).toBe(false);
    // A lookalike host is not a subdomain.
    expect(pausedOn(s, "fakenhandan.vn")).toBe(false);
  });

  it("reads and writes storage.local", async () => {
    fakeBrowser.reset();
    expect(await loadSettings(fakeBrowser.storage.local)).toEqual(DEFAULT_SETTINGS);
    await updateSettings(fakeBrowser.storage.local, (s) => ({
      ...s,
      paused: toggled(s.paused, "qdnd.vn", true),
    }));
    await updateSettings(fakeBrowser.storage.local, (s) => ({
      ...s,
      paused: toggled(s.paused, "vov.vn", true),
    }));
    await updateSettings(fakeBrowser.storage.local, (s) => ({
      ...s,
      paused: toggled(s.paused, "qdnd.vn", false),
    }));
    expect((await loadSettings(fakeBrowser.storage.local)).paused).toEqual(["vov.vn"]);
  });
});

describe("keyboard commands", () => {
  function recorder() {
    const sent: Array<[number, PageRequest]> = [];
    return {
      sent,
      deps: {
        activeTabId: async () => 7,
        sendToTab: async (tabId: number, message: PageRequest) => {
          sent.push([tabId, message]);
        },
      },
    };
  }

  it("forwards next and previous to the tab they were pressed in, or the active one", async () => {
    const r = recorder();
    expect(await forwardCommand("next-highlight", 3, r.deps)).toBe(true);
    expect(await forwardCommand("previous-highlight", undefined, r.deps)).toBe(true);
    expect(r.sent).toEqual([
      [3, { type: "page:step", direction: 1 }],
      [7, { type: "page:step", direction: -1 }],
    ]);
  });

  it("ignores other commands and pages without a content script", async () => {
    const r = recorder();
    expect(await forwardCommand("_execute_action", 3, r.deps)).toBe(false);
    expect(r.sent).toEqual([]);
    const failing = { ...r.deps, sendToTab: async () => Promise.reject(new Error("no receiver")) };
    expect(await forwardCommand("next-highlight", 3, failing)).toBe(false);
  });
});

describe("the content script on the sites a user turned on", () => {
  function fakeApis(granted: Set<string>) {
    const registered = new Map<string, string[]>();
    return {
      registered,
      api: {
        contains: async (origins: string[]) => origins.every((o) => granted.has(o)),
        registered: async () => [...registered.keys()],
        unregister: async (ids: string[]) => {
          for (const id of ids) registered.delete(id);
        },
        register: async (s: { id: string; matches: string[] }) => {
          if (registered.has(s.id)) throw new Error("duplicate id");
          registered.set(s.id, s.matches);
        },
      },
    };
  }

  it("registers the granted sites only, and replaces the registration when they change", async () => {
    const granted = new Set(["*://example.org/*", "*://*.example.org/*"]);
    const f = fakeApis(granted);
    expect(await syncSiteScripts(f.api, ["example.org", "revoked.net"])).toEqual(["example.org"]);
    expect(f.registered.get(SITE_SCRIPT_ID)).toEqual(["*://example.org/*", "*://*.example.org/*"]);
    granted.add("*://revoked.net/*").add("*://*.revoked.net/*");
    await syncSiteScripts(f.api, ["example.org", "revoked.net"]);
    expect(f.registered.get(SITE_SCRIPT_ID)).toHaveLength(4);
    await syncSiteScripts(f.api, []);
    expect(f.registered.size).toBe(0);
  });
});
