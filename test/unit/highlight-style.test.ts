import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { createHighlighter } from "../../src/page/highlighter";
import { PRESET_CSS_FILES } from "../../src/protocol/script-files";
import {
  CATEGORIES,
  type HighlightEngine,
  highlightCss,
  nativeDefaultCss,
} from "../../src/settings/categories";
import { parseSettings } from "../../src/settings/settings";

const rules = (dense: boolean) =>
  Object.fromEntries(
    highlightCss((c) => `::highlight(${c})`, {}, dense)
      .split("\n")
      .map((r) => [r.slice(0, r.indexOf("{")), r.slice(r.indexOf("{"))]),
  );

describe("the highlight style", () => {
  it("underlines commitments without washing them by default; the denser style washes them", () => {
    const light = rules(false);
    const dense = rules(true);
    for (const c of CATEGORIES.filter((c) => c.includes("-commitment-"))) {
      expect(light[`::highlight(${c})`], c).not.toContain("background-color");
      expect(light[`::highlight(${c})`], c).toContain("text-decoration:underline");
      expect(dense[`::highlight(${c})`], c).toContain("background-color");
    }
    // Actors (a few words each) keep their wash in both styles.
    expect(light["::highlight(diplomark-actor-dprk)"]).toContain("background-color");
  });

  it("keeps every underline clear of the marks below Vietnamese letters", () => {
    for (const dense of [false, true]) {
      for (const [selector, body] of Object.entries(rules(dense))) {
        if (!body.includes("underline")) continue;
        expect(body, selector).toMatch(/text-underline-offset:\.\d+em/);
        expect(body, selector).toContain("text-decoration-skip-ink:auto");
      }
    }
  });

  it("is a setting, off unless the user turned it on", () => {
    expect(parseSettings({}).denseHighlights).toBe(false);
    expect(parseSettings({ denseHighlights: "yes" }).denseHighlights).toBe(false);
    expect(parseSettings({ denseHighlights: true }).denseHighlights).toBe(true);
  });
});

describe("the hover card's place", () => {
  it("sits above the line under the pointer, or below it near the top, never over it", async () => {
    const { placeCard } = await import("../../src/page/hover-card");
    const view = { w: 1000, h: 800 };
    const card = { w: 240, h: 90 };
    const mid = placeCard(300, { top: 400, bottom: 424 }, card, view);
    expect(mid.top + card.h).toBeLessThanOrEqual(400);
    const nearTop = placeCard(300, { top: 30, bottom: 54 }, card, view);
    expect(nearTop.top).toBeGreaterThanOrEqual(54);
    expect(placeCard(990, { top: 400, bottom: 424 }, card, view).left + card.w).toBeLessThanOrEqual(996);
  });
});

describe("the default look on the outlets' pages", () => {
  it("is the file each browser gets (Chromium's manifest, Firefox's with the session), rule for rule", async () => {
    for (const [engine, name] of Object.entries(PRESET_CSS_FILES)) {
      const file = readFileSync(new URL(`../../public/${name}`, import.meta.url), "utf8");
      expect(file.trim(), "npx tsx scripts/highlight-css.ts regenerates it").toBe(
        nativeDefaultCss(engine as HighlightEngine),
      );
    }
    const config = readFileSync(new URL("../../wxt.config.ts", import.meta.url), "utf8");
    expect(config).toMatch(/\(browser === "firefox" \? \{\} : \{ css: \[PRESET_CSS_FILES\.chromium\] \}\)/);
  });

  it("styles Chromium's highlights from the root element alone, Firefox's on every element", () => {
    // Chromium inherits highlight styles down the tree; a rule on each element would make it
    // resolve them per element (categories.ts). Firefox paints only what rules match directly.
    const selectors = (engine: HighlightEngine) =>
      nativeDefaultCss(engine)
        .split("\n")
        .map((r) => r.slice(0, r.indexOf("{")));
    expect(selectors("chromium").every((s) => /^:root::highlight\([a-z-]+\)$/.test(s))).toBe(true);
    expect(selectors("firefox").every((s) => /^::highlight\([a-z-]+\)$/.test(s))).toBe(true);
    // The user's own look follows the same form in the sheet a session adds.
    const doc = new Window({ url: "https://example.org/a" }).document as unknown as Document;
    const hl = createHighlighter(doc, true, {}, false, false, "chromium");
    hl.restyle({ [CATEGORIES[0]!]: "#ff0000" });
    expect(doc.head.querySelector("style")?.textContent).toContain(`:root::highlight(${CATEGORIES[0]})`);
  });

  it("adds no stylesheet to a page the manifest styled, unless the user's look differs", () => {
    const doc = new Window({ url: "https://baotintuc.vn/a.htm" }).document as unknown as Document;
    const ours = () => doc.head.querySelectorAll("style").length;
    const preset = createHighlighter(doc, true, {}, false, true);
    expect(ours()).toBe(0);
    preset.restyle({ [CATEGORIES[0]!]: "#ff0000" });
    expect(ours()).toBe(1);
    preset.restyle({}, true);
    expect(ours()).toBe(1);
    preset.restyle({});
    expect(ours()).toBe(0);
    // A page the manifest does not style (a site the user analyses by a click) gets the sheet.
    const other = new Window({ url: "https://example.org/a" }).document as unknown as Document;
    createHighlighter(other, true, {}, false, false);
    expect(other.head.querySelectorAll("style").length).toBe(1);
  });
});
