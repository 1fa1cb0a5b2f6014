import { describe, expect, it, vi } from "vitest";
import { highlightStoredVisit } from "../../src/background/stored-visit";
import { isStoredUrl, saveArticle } from "../../src/corpus/store";
import { analysed, EN_SEED, freshCorpus } from "./helpers/corpus";

describe("a stored article is highlighted on every visit", () => {
  it("injects the session into a tab that shows a stored address, on a site that is on", async () => {
    const db = await freshCorpus();
    await saveArticle(db, {
      url: "https://vietnamplus.vn/party-chief-wraps-up-visit.vnp",
      title: "Party chief wraps up state visit",
      text: EN_SEED,
      analysis: analysed(EN_SEED),
    });
    const inject = vi.fn(async () => {});
    let on = true;
    const deps = { isStored: (u: string) => isStoredUrl(db, u), siteOn: async () => on, inject };
    // Tracking parameters and anchors aside, it is the stored address.
    expect(
      await highlightStoredVisit(
        3,
        "https://vietnamplus.vn/party-chief-wraps-up-visit.vnp?utm_source=x#top",
        deps,
      ),
    ).toBe(true);
    expect(inject).toHaveBeenCalledWith(3, 0);
    expect(await highlightStoredVisit(3, "https://vietnamplus.vn/gia-vang.vnp", deps)).toBe(false);
    expect(await highlightStoredVisit(3, undefined, deps)).toBe(false);
    expect(await highlightStoredVisit(3, "chrome://newtab", deps)).toBe(false);
    on = false;
    expect(await highlightStoredVisit(3, "https://vietnamplus.vn/party-chief-wraps-up-visit.vnp", deps)).toBe(
      false,
    );
    expect(inject).toHaveBeenCalledTimes(1);
  });
});
