import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { followSettings } from "../../src/page/follow-settings";
import type { PageSession } from "../../src/page/session";
import { DEFAULT_SETTINGS, SETTINGS_KEY } from "../../src/settings/settings";

// The session's side of the settings. The gate no longer waits on a paused site: the background
// injects the session, which must then start paused, read nothing, and paint once resumed.

function fakeSession() {
  return {
    setLook: vi.fn(async () => {}),
    setPaused: vi.fn(async () => {}),
    auto: vi.fn(async () => {}),
  };
}

describe("a session following the settings", () => {
  beforeEach(() => fakeBrowser.reset());

  it("starts paused on a paused site, then resumes when the user resumes it", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, paused: ["vov.vn"] } });
    const session = fakeSession();
    followSettings(session as unknown as PageSession, "vov.vn", ["vov.vn"], (e) => {
      throw e;
    });
    await vi.waitFor(() => expect(session.setPaused).toHaveBeenCalledWith(true));
    expect(session.auto).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    await vi.waitFor(() => expect(session.setPaused).toHaveBeenLastCalledWith(false));
  });

  it("starts reading at once on a site that is not paused", async () => {
    const session = fakeSession();
    const settings = followSettings(session as unknown as PageSession, "www.vov.vn", ["vov.vn"], (e) => {
      throw e;
    });
    await vi.waitFor(() => expect(session.auto).toHaveBeenCalledTimes(1));
    expect(session.setPaused).not.toHaveBeenCalled();
    expect(settings.enabled()).toBe(true);
  });
});
