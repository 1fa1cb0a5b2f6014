import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { injectSession } from "../../src/protocol/inject-session";

describe("injecting the page session", () => {
  const calls: string[] = [];
  const setup = () => {
    calls.length = 0;
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      insertCSS: vi.fn(async (o: { files: string[] }) => void calls.push(`css ${o.files.join()}`)),
      executeScript: vi.fn(async (o: { files: string[] }) => {
        calls.push(`js ${o.files.join()}`);
        return [];
      }),
    };
  };
  afterEach(() => vi.unstubAllEnvs());

  it("in Firefox inserts the highlights' stylesheet into the same frame first", async () => {
    setup();
    vi.stubEnv("FIREFOX", true as never);
    await injectSession({ tabId: 4, frameIds: [2] });
    expect(calls).toEqual(["css /highlights-firefox.css", "js /content-main.js"]);
    const { scripting } = fakeBrowser as unknown as {
      scripting: { insertCSS: ReturnType<typeof vi.fn> };
    };
    expect(scripting.insertCSS).toHaveBeenCalledWith({
      target: { tabId: 4, frameIds: [2] },
      files: ["/highlights-firefox.css"],
    });
  });

  it("in Chromium injects the script alone (the manifest styles the outlets)", async () => {
    setup();
    expect(import.meta.env.FIREFOX).toBeFalsy();
    await injectSession({ tabId: 4 });
    expect(calls).toEqual(["js /content-main.js"]);
  });
});
