import { Window } from "happy-dom";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing";
import type { StoredArticle } from "../../src/contract/corpus";
import { crossReference } from "../../src/corpus/cross-reference";
import { DB_NAME, openCorpus } from "../../src/corpus/db";
import { seedCorpus } from "../../src/corpus/seed";
import { SEEDS } from "../../src/corpus/seeds";
import { runLibrary } from "../../src/library/app";
import { runOptions } from "../../src/options/app";
import { actorCard, cardFor } from "../../src/page/card-content";
import { renderPage } from "../../src/popup/render-view";
import type { PageState } from "../../src/protocol/messages";
import { OUTLETS } from "../../src/settings/outlets";
import { analysed, EN_SEED, MS_SEED } from "./helpers/corpus";
import { getMessageIn, readMessages } from "./helpers/messages";

// Every screen in a Vietnamese browser: the popup of an English page (reasons included), the
// settings page and the library over the seeds. No text node the UI writes may be, or contain,
// an English message that Vietnamese words differently. What is not UI text is set aside by
// what it is: the page's and the articles' own words (titles, sentences, names the page gave),
// numbers, hosts and other language-neutral tokens.

const win = new Window({ url: "chrome-extension://test-extension-id/popup.html" });
beforeAll(() => {
  vi.stubGlobal("document", win.document);
  vi.stubGlobal("location", win.location);
  vi.stubGlobal("window", win);
  // The library checks elements' classes (instanceof HTMLInputElement…): the window's own.
  const dom = win as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(win)).concat(Object.keys(win))) {
    if (/^(?:HTML|SVG)\w*Element$|^(?:Node|Element|Text|DocumentFragment|\w*Event)$/.test(name)) {
      vi.stubGlobal(name, dom[name]);
    }
  }
});
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

/**
 * The English-only messages, as the fixed parts between placeholders ("Stored: $P1$" gives
 * "Stored:"); fragments too short or without a word of three letters say nothing of the language.
 */
const VIETNAMESE_TEXT = Object.values(viMessages)
  .map((e) => e.message)
  .join("\n");
const ENGLISH_ONLY = Object.entries(en)
  .filter(([k, e]) => k !== "uiLang" && k !== "extName" && e.message !== viMessages[k]?.message)
  .flatMap(([, e]) => e.message.split(/\$[A-Za-z0-9_]+\$/))
  .map((f) => f.trim())
  // A fragment the Vietnamese messages also use ("DiploMark:", "CAMEO") is not English-only.
  .filter((f) => f.length >= 4 && /\p{L}{3}/u.test(f) && !VIETNAMESE_TEXT.includes(f));

/**
 * Names are names in any UI language: the outlets' own names ("Voice of Vietnam"), and the
 * stored articles' titles and publishers, which are the articles' words. They are cut out of a
 * text node before it is checked, so the UI's words around them still are.
 */
const NAMES = [
  ...OUTLETS.map((o) => o.name),
  ...SEEDS.flatMap((s) => [s.title, s.publisher ?? ""]),
  "Deputy FM on the visit",
  "Membuka bab baharu",
]
  .filter((n) => n.length > 0)
  .sort((a, b) => b.length - a.length);

/** Text that belongs to an article or the page, not to the UI. */
const CONTENT = [
  "[data-page-title]",
  ".sentence",
  ".related h3",
  "[data-stored-id]",
  "[data-article-title]",
  "[data-library-title]",
  ".title",
  "h3 a",
  "blockquote",
  "[data-reader-text]",
].join(", ");

function withoutNames(text: string): string {
  return NAMES.reduce((t, name) => t.replaceAll(name, ""), text).trim();
}

function textNodes(root: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const s = withoutNames(n.textContent ?? "");
      if (s) out.push(s);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** The English messages a screen shows: in a text node, a title, a label or a placeholder. */
function englishIn(root: HTMLElement): string[] {
  const ui = root.cloneNode(true) as HTMLElement;
  for (const n of ui.querySelectorAll(CONTENT)) n.remove();
  const texts = textNodes(ui);
  for (const n of ui.querySelectorAll("[title], [aria-label], [placeholder]")) {
    for (const a of ["title", "aria-label", "placeholder"]) {
      const v = n.getAttribute(a);
      if (v) texts.push(withoutNames(v));
    }
  }
  return [
    ...new Set(
      texts.flatMap((text) => ENGLISH_ONLY.filter((f) => text.includes(f)).map((f) => `${f} ⟵ ${text}`)),
    ),
  ];
}

function inVietnamese(): void {
  fakeBrowser.i18n.getMessage = getMessageIn("vi") as typeof fakeBrowser.i18n.getMessage;
}

/** The popup of the English seed in a Vietnamese browser, cross-referenced with the Malay seed. */
function renderEnglishPopup(): { root: HTMLElement; page: PageState } {
  inVietnamese();
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
  renderPage(
    root,
    { page, xref: crossReference(page, [ms], { corpusSize: 2 }), count: 2 },
    { reveal: () => {}, save: async () => ({ id: "x", created: true, count: 3 }) },
  );
  return { root, page };
}

describe("every screen in Vietnamese", () => {
  it("knows enough English messages to tell", () => {
    expect(ENGLISH_ONLY.length).toBeGreaterThan(200);
  });

  it("the popup of an English page, reasons included", () => {
    const { root, page } = renderEnglishPopup();
    expect(page.analysis.relevance.evidence?.length).toBeGreaterThan(1);
    const reasons = [...root.querySelectorAll(".reasons li")].map((li) => li.textContent ?? "");
    expect(reasons.length).toBeGreaterThan(1);
    for (const r of page.analysis.relevance.reasons) expect(reasons).not.toContain(r);
    expect(englishIn(root)).toEqual([]);
  });

  it("the popup names actors and roles as the Vietnamese lexicon does, never by a raw id", () => {
    const { root, page } = renderEnglishPopup();
    const actor = (id: string) => root.querySelector(`[data-actor-id="${id}"]`)?.textContent ?? "";
    expect(actor("cpv")).toContain("Đảng Cộng sản Việt Nam");
    expect(actor("to-lam")).toContain("Tổng Bí thư");
    expect(actor("dprk")).toContain("Triều Tiên");
    const ui = root.cloneNode(true) as HTMLElement;
    for (const n of ui.querySelectorAll(CONTENT)) n.remove();
    const text = ui.textContent ?? "";
    for (const id of new Set(page.analysis.actors.map((a) => a.id))) {
      expect(new RegExp(`(^|[^\\p{L}-])${id}([^\\p{L}-]|$)`, "u").test(text), id).toBe(false);
    }
    // Nor an English role or actor name the page used.
    for (const english of ["General Secretary", "Communist Party of", "Deputy Minister", "Workers’ Party"]) {
      expect(text, english).not.toContain(english);
    }
  });

  it("the settings page", async () => {
    inVietnamese();
    const root = document.createElement("main");
    document.body.replaceChildren(root);
    await runOptions(root);
    expect(root.querySelectorAll("input").length).toBeGreaterThan(5);
    expect(englishIn(root)).toEqual([]);
  });

  it("the library over the seeds", async () => {
    inVietnamese();
    const db = await openCorpus(DB_NAME);
    const count = (await seedCorpus(db)).added.length;
    db.close();
    // The background's part: the library asks it for the count.
    fakeBrowser.runtime.onMessage.addListener(async (msg: unknown) =>
      (msg as { type?: string }).type === "count" ? { count } : undefined,
    );
    const root = document.createElement("main");
    document.body.replaceChildren(root);
    await runLibrary(root);
    await vi.waitFor(
      () =>
        expect(
          document.body.getAttribute("data-state"),
          root.querySelector("[role=alert]")?.textContent ?? "",
        ).toBe("ready"),
      { timeout: 20_000 },
    );
    expect(root.querySelectorAll("[data-article-id]").length).toBeGreaterThan(1);
    expect(englishIn(root)).toEqual([]);
  }, 30_000);

  it("the library's actor page", async () => {
    inVietnamese();
    win.happyDOM.setURL("chrome-extension://test-extension-id/library.html?actor=to-lam");
    const root = document.createElement("main");
    document.body.replaceChildren(root);
    await runLibrary(root);
    await vi.waitFor(() => expect(root.querySelector("[data-actor-page]")).not.toBeNull(), {
      timeout: 20_000,
    });
    expect(root.querySelector("[data-role]")?.textContent).toContain("Tổng Bí thư");
    expect(englishIn(root)).toEqual([]);
  }, 30_000);

  it("the hover cards of an English page", () => {
    inVietnamese();
    const analysis = analysed(EN_SEED);
    const toLam = analysis.actors.find((a) => a.id === "to-lam")!;
    expect(toLam.roles).toContain("General Secretary");
    const card = actorCard(toLam, 2);
    expect(card.rows[0]![1]).toContain("Tổng Bí thư");
    const c = analysis.commitments.findIndex((x) => x.actors.length > 0);
    const cards = [card, cardFor([{ commitment: c }], analysis, new Map())!];
    for (const { title, rows } of cards) {
      const root = document.createElement("div");
      root.append(
        ...[title, ...rows.flat()].map((text) => {
          const p = document.createElement("p");
          p.textContent = text;
          return p;
        }),
      );
      expect(englishIn(root)).toEqual([]);
      for (const english of ["General Secretary", "Communist Party of", "Workers’ Party", "DPRK"]) {
        expect(root.textContent, english).not.toContain(english);
      }
    }
  });
});
