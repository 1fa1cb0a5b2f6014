import { Window } from "happy-dom";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing";
import type { StoredArticle } from "../../src/contract/corpus";
import { crossReference } from "../../src/corpus/cross-reference";
import { renderPage } from "../../src/popup/render-view";
import type { PageState } from "../../src/protocol/messages";
import { analysed, EN_SEED, MS_SEED } from "./helpers/corpus";
import { getMessageIn, readMessages } from "./helpers/messages";

// The popup of an English page in a Vietnamese browser: every word the UI writes is Vietnamese;
// what comes from the page (its title, sentences) or the analyser's reasons is left out of the check.

const win = new Window({ url: "chrome-extension://test-extension-id/popup.html" });
beforeAll(() => vi.stubGlobal("document", win.document));
afterAll(() => {
  vi.unstubAllGlobals();
  void win.happyDOM.close();
});
const english = fakeBrowser.i18n.getMessage;
afterEach(() => {
  fakeBrowser.i18n.getMessage = english;
});

const en = readMessages("en");
const viMessages = readMessages("vi");

/** Fragments of English UI text that a Vietnamese screen must not show. */
const ENGLISH_FRAGMENTS = Object.entries(en)
  .filter(([k, e]) => k !== "uiLang" && k !== "extName" && e.message !== viMessages[k]?.message)
  .flatMap(([, e]) => e.message.split(/\$[A-Za-z0-9_]+\$/))
  .map((f) => f.trim())
  .filter((f) => f.length >= 6 && /[a-z]{3}/.test(f));

const PAGE_TEXT = "[data-page-title], .sentence, .reasons, .related h3, .stored";

function renderEnglishPageInVietnamese(): HTMLElement {
  fakeBrowser.i18n.getMessage = getMessageIn("vi") as typeof fakeBrowser.i18n.getMessage;
  const page: PageState = {
    url: "https://vietnamnews.vn/x.html",
    title: "Deputy FM on the visit",
    text: EN_SEED,
    published: "2025-10-08",
    analysis: analysed(EN_SEED),
  };
  const ms: StoredArticle = {
    id: "seed-002_e8120e5def90eb2b",
    url: "https://baotintuc.vn/x.htm",
    title: "Membuka bab baharu",
    outlet: "baotintuc.vn",
    language: "ms",
    published: "2025-10-11",
    savedAt: "2025-10-12T00:00:00.000Z",
    text: MS_SEED,
    analysis: analysed(MS_SEED),
  };
  const root = document.createElement("main");
  document.body.replaceChildren(root);
  const xref = crossReference(page, [ms], { corpusSize: 2 });
  renderPage(
    root,
    { page, xref, count: 2 },
    { reveal: () => {}, save: async () => ({ id: "x", created: true, count: 3 }) },
  );
  return root;
}

describe("the popup in Vietnamese", () => {
  it("names actors and roles as the Vietnamese lexicon does, never by a raw id", () => {
    const root = renderEnglishPageInVietnamese();
    const actor = (id: string) => root.querySelector(`[data-actor-id="${id}"]`)?.textContent ?? "";
    expect(actor("cpv")).toContain("Đảng Cộng sản Việt Nam");
    expect(actor("to-lam")).toContain("Tổng Bí thư");
    expect(actor("dprk")).toContain("Triều Tiên");
    const ui = root.cloneNode(true) as HTMLElement;
    for (const n of ui.querySelectorAll(PAGE_TEXT)) n.remove();
    const text = ui.textContent ?? "";
    const analysis = analysed(EN_SEED);
    for (const id of new Set(analysis.actors.map((a) => a.id))) {
      expect(new RegExp(`(^|[^\\p{L}-])${id}([^\\p{L}-]|$)`, "u").test(text), id).toBe(false);
    }
  });

  it("shows no English UI string", () => {
    const root = renderEnglishPageInVietnamese();
    const ui = root.cloneNode(true) as HTMLElement;
    for (const n of ui.querySelectorAll(PAGE_TEXT)) n.remove();
    const text = ui.textContent ?? "";
    expect(ENGLISH_FRAGMENTS.length).toBeGreaterThan(50);
    expect(ENGLISH_FRAGMENTS.filter((f) => text.includes(f))).toEqual([]);
    // Nor an English role or actor name the page used.
    for (const english of ["General Secretary", "Communist Party of", "Deputy Minister", "Workers’ Party"]) {
      expect(text, english).not.toContain(english);
    }
  });
});
