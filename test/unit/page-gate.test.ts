import { Window } from "happy-dom";
import { describe, expect, it, vi } from "vitest";
import { startGate } from "../../src/page/gate";
import { SESSION_FLAG } from "../../src/protocol/script-files";

// The gate content script: the title check (src/page/prefilter.ts, tested on its own), then a
// request to the background, which reads the settings (test/unit/background-dispatch.test.ts).
describe("the gate on a live page", () => {
  it("reads the title and nothing else on an unrelated page; asks for the session on a relevant one", async () => {
    const api = {
      storage: { local: { get: vi.fn(async () => ({})) } },
      runtime: { sendMessage: vi.fn(async () => ({ injected: true })) },
    };
    vi.stubGlobal("browser", undefined);
    vi.stubGlobal("chrome", api);
    vi.stubGlobal("window", {});
    try {
      const doc = new Window({ url: "https://vietnamplus.vn/a.htm" }).document as unknown as Document;
      doc.title = "Giá vàng hôm nay tăng mạnh";
      doc.body.innerHTML = "<p>Quan hệ Việt Nam – Triều Tiên</p>";
      startGate(doc);
      await new Promise((r) => setTimeout(r, 20));
      expect(api.storage.local.get).not.toHaveBeenCalled();
      expect(api.runtime.sendMessage).not.toHaveBeenCalled();

      doc.title = "Việt Nam – Triều Tiên nhất trí tăng cường hợp tác";
      startGate(doc);
      await vi.waitFor(() => expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: "page:inject" }));
      // The settings are the background's to read (it refuses a site turned off).
      expect(api.storage.local.get).not.toHaveBeenCalled();

      // A page that already has a session asks for nothing.
      (globalThis as unknown as Record<symbol, unknown>)[SESSION_FLAG] = {};
      startGate(doc);
      await new Promise((r) => setTimeout(r, 20));
      expect(api.runtime.sendMessage).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
