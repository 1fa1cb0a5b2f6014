import { describe, expect, it, vi } from "vitest";
import { type GateDeps, runGate } from "../../src/page/gate";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings/settings";

const OUTLETS = ["vietnamplus.vn", "nhandan.vn"];

function deps(settings: Settings | Error, host: string, mentions = true) {
  const listeners: Array<(s: Settings) => void> = [];
  const d = {
    host: vi.fn(() => host),
    settings: vi.fn(async () => {
      if (settings instanceof Error) throw settings;
      return settings;
    }),
    onSettingsChange: vi.fn((l: (s: Settings) => void) => {
      listeners.push(l);
      return () => listeners.splice(listeners.indexOf(l), 1);
    }),
    mentionsDprk: vi.fn(() => mentions),
    inject: vi.fn(async () => {}),
    sessionRunning: vi.fn(() => false),
  } satisfies GateDeps;
  const change = (s: Settings) => {
    for (const l of [...listeners]) l(s);
  };
  return { d, change, listeners };
}

describe("the gate content script", () => {
  it("asks for the session on an outlet page that mentions the DPRK", async () => {
    const { d } = deps(DEFAULT_SETTINGS, "en.vietnamplus.vn");
    expect(await runGate(OUTLETS, d)).toBe(true);
    expect(d.inject).toHaveBeenCalledTimes(1);
  });

  it("leaves an unrelated page alone: no settings read, no session script", async () => {
    const { d } = deps(DEFAULT_SETTINGS, "vietnamplus.vn", false);
    expect(await runGate(OUTLETS, d)).toBe(false);
    expect(d.mentionsDprk).toHaveBeenCalledTimes(1);
    for (const api of [d.host, d.settings, d.inject]) expect(api).not.toHaveBeenCalled();
  });

  it("asks for no session on an outlet the user turned off, or a site not turned on", async () => {
    const off = deps({ ...DEFAULT_SETTINGS, outletsOff: ["vietnamplus.vn"] }, "vietnamplus.vn");
    expect(await runGate(OUTLETS, off.d)).toBe(false);
    const other = deps(DEFAULT_SETTINGS, "example.org");
    expect(await runGate(OUTLETS, other.d)).toBe(false);
    for (const { d } of [off, other]) expect(d.inject).not.toHaveBeenCalled();
    const site = deps({ ...DEFAULT_SETTINGS, sites: ["example.org"] }, "news.example.org");
    expect(await runGate(OUTLETS, site.d)).toBe(true);
  });

  it("waits while the site is paused, and goes on once the user resumes it", async () => {
    const { d, change, listeners } = deps(
      { ...DEFAULT_SETTINGS, paused: ["vietnamplus.vn"] },
      "vietnamplus.vn",
    );
    const gate = runGate(OUTLETS, d);
    await vi.waitFor(() => expect(listeners).toHaveLength(1));
    change({ ...DEFAULT_SETTINGS, paused: ["vietnamplus.vn"], hidden: ["x"] });
    await Promise.resolve();
    expect(d.inject).not.toHaveBeenCalled();
    change(DEFAULT_SETTINGS);
    expect(await gate).toBe(true);
    expect(listeners).toHaveLength(0);
    expect(d.inject).toHaveBeenCalledTimes(1);
  });

  it("reads unreadable settings as the defaults, and stays out of a page that already has a session", async () => {
    const broken = deps(new Error("storage gone"), "nhandan.vn");
    expect(await runGate(OUTLETS, broken.d)).toBe(true);
    const running = deps(DEFAULT_SETTINGS, "nhandan.vn");
    running.d.sessionRunning.mockReturnValue(true);
    expect(await runGate(OUTLETS, running.d)).toBe(false);
    expect(running.d.mentionsDprk).not.toHaveBeenCalled();
    expect(running.d.inject).not.toHaveBeenCalled();
  });
});
