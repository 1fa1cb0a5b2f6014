import { IDBFactory } from "fake-indexeddb";
import { Window } from "happy-dom";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing";
import background from "../../entrypoints/background";
import type { StoredArticle } from "../../src/contract/corpus";
import { crossReference } from "../../src/corpus/cross-reference";
import type { PopupActions } from "../../src/popup/actions";
import { runPopup } from "../../src/popup/app";
import { renderVerdict } from "../../src/popup/render-verdict";
import { renderPage } from "../../src/popup/render-view";
import type { PageRequest, PageState } from "../../src/protocol/messages";
import { analysed, EN_SEED, MS_SEED } from "./helpers/corpus";
import { getMessageIn } from "./helpers/messages";

// A happy-dom window of our own rather than vitest's happy-dom environment: that environment's
// URL global breaks the WXT testing module that the fake browser comes from.
const win = new Window({ url: "chrome-extension://test-extension-id/popup.html" });
beforeAll(() => vi.stubGlobal("document", win.document));
afterAll(() => {
  vi.unstubAllGlobals();
  void win.happyDOM.close();
});

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

function enStored(title = "English seed"): StoredArticle {
  return {
    id: "seed-000_600e93926c99760f",
    url: "urn:diplomark:seed:000_600e93926c99760f",
    title,
    outlet: "vietnamnews.vn",
    language: "en",
    published: "2025-10-08",
    savedAt: "2025-10-12T00:00:00.000Z",
    seed: true,
    text: EN_SEED,
    analysis: analysed(EN_SEED),
  };
}

function msPage(title = "Membuka bab baharu"): PageState {
  return {
    url: "https://vietnamplus.vn/ms.vnp",
    title,
    text: MS_SEED,
    published: "2025-10-11",
    analysis: analysed(MS_SEED),
  };
}

function fakeActions() {
  return {
    reveal: vi.fn<PopupActions["reveal"]>(),
    save: vi.fn<PopupActions["save"]>(async () => ({ id: "url-1", created: true, count: 3 })),
  };
}

function render(page = msPage(), stored = [enStored()], count = 2) {
  document.body.replaceChildren();
  const root = document.createElement("main");
  document.body.append(root);
  const xref = crossReference(page, stored, { corpusSize: count });
  const actions = fakeActions();
  renderPage(root, { page, xref, count }, actions);
  return { root, actions, page, xref };
}

const q = (root: ParentNode, selector: string) => {
  const node = root.querySelector(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return node as HTMLElement;
};

describe("popup rendering", () => {
  it("shows the verdict with its reasons, worded by the UI from the analyser's evidence", () => {
    const { root, page } = render();
    const verdict = q(root, '[data-section="verdict"]');
    expect(verdict.dataset.relevant).toBe("true");
    const lines = [...verdict.querySelectorAll("li")].map((li) => li.textContent);
    // The evidence, worded by the UI's messages (English here), one line per reason.
    const evidence = page.analysis.relevance.evidence!;
    expect(lines).toHaveLength(evidence.length);
    const sides = evidence.find((e) => e.code === "sides-named")!;
    expect(lines[0]).toBe(`Names Việt Nam's side ${sides.n} times and the DPRK's side ${sides.m} times`);
    expect(lines).toContain("The headline or lead brings the two sides together");
  });

  it("words the reasons in Vietnamese in a Vietnamese browser, and falls back to the English reasons", () => {
    const { page } = render();
    const english = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = getMessageIn("vi") as typeof fakeBrowser.i18n.getMessage;
    try {
      const vi = renderVerdict(page.analysis.relevance);
      const sides = page.analysis.relevance.evidence!.find((e) => e.code === "sides-named")!;
      expect(vi.querySelector("li")!.textContent).toBe(
        `Nêu phía Việt Nam ${sides.n} lần và phía Triều Tiên ${sides.m} lần`,
      );
    } finally {
      fakeBrowser.i18n.getMessage = english;
    }
    const { evidence: _e, ...old } = page.analysis.relevance;
    const stored = renderVerdict(old);
    expect([...stored.querySelectorAll("li")].map((li) => li.textContent)).toEqual(old.reasons);
  });

  it("groups actors by side with their mention counts; a click reveals the actor on the page", () => {
    const { root, actions, page } = render();
    const actors = q(root, '[data-section="actors"]');
    const toLam = q(actors, '[data-actor-id="to-lam"]');
    expect(toLam.dataset.side).toBe("vietnam");
    expect(toLam.textContent).toContain("Tô Lâm");
    const expected = page.analysis.actors.find((a) => a.id === "to-lam")?.mentions.length;
    expect(q(toLam, "[data-mentions]").textContent).toBe(String(expected));
    expect(q(toLam, "[data-mentions]").getAttribute("data-mentions")).toBe(String(expected));
    expect(toLam.closest('[data-side-group="vietnam"]')?.querySelector("h3")?.textContent).toBe("Việt Nam");
    expect(
      q(actors, '[data-actor-id="wpk"]').closest("[data-side-group]")?.getAttribute("data-side-group"),
    ).toBe("dprk");
    expect(actors.querySelectorAll("[data-actor-id]")).toHaveLength(page.analysis.actors.length);
    expect(toLam.tagName).toBe("BUTTON");

    toLam.click();
    expect(actions.reveal).toHaveBeenCalledWith({ actor: "to-lam" });
  });

  it("lists commitments with kind, areas, actors and sentence; a click reveals it", () => {
    const { root, actions, page } = render();
    const items = root.querySelectorAll<HTMLElement>('[data-section="commitments"] [data-commitment-index]');
    expect(items).toHaveLength(page.analysis.commitments.length);
    const i = page.analysis.commitments.findIndex((c) => c.areas.includes("health"));
    const c = page.analysis.commitments[i]!;
    const item = items[i]!;
    expect(item.dataset.commitmentIndex).toBe(String(i));
    expect(item.dataset.kind).toBe(c.kind);
    expect(item.dataset.areas).toBe(c.areas.join(" "));
    expect(item.textContent).toContain("Health");
    expect(item.textContent).toContain(c.text);
    item.click();
    expect(actions.reveal).toHaveBeenCalledWith({ commitment: i });
  });

  it("shows the areas as chips", () => {
    const { root, page } = render();
    const chips = [...root.querySelectorAll<HTMLElement>('[data-section="areas"] [data-area]')];
    expect(chips.map((c) => c.dataset.area)).toEqual(page.analysis.areas);
    expect(q(root, '[data-area="people-to-people"]').textContent).toBe("People-to-people");
  });

  it("cross-references the stored articles: common, new, matches, expectation → outcome", () => {
    const { root } = render();
    const related = q(root, '[data-section="crossref"] [data-related-id="seed-000_600e93926c99760f"]');
    expect(q(related, "h3").textContent).toBe("English seed");
    expect(related.textContent).toContain("2025-10-08");
    expect(related.textContent).toContain("English");
    expect(q(related, '[data-field="actors-in-common"]').textContent).toContain("Tô Lâm");
    expect(q(related, '[data-field="areas-in-common"]').textContent).toContain("Health");
    expect(q(related, '[data-field="new-here"]').textContent).toContain("Tourism");
    expect(related.querySelectorAll('[data-field="matching-commitments"] li').length).toBeGreaterThan(0);
    for (const area of ["health", "culture", "sports", "agriculture", "people-to-people"]) {
      expect(q(related, `[data-expectation-area="${area}"]`).dataset.status).toBe("kept");
    }
  });

  it("saves once: shows Saved, disables the button and updates the count", async () => {
    const { root, actions } = render();
    expect(q(root, "[data-corpus-count]").textContent).toBe("2");
    const save = q(root, 'button[data-action="save"]') as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    save.click();
    await vi.waitFor(() => expect(save.textContent).toBe("Saved"));
    expect(save.disabled).toBe(true);
    expect(actions.save).toHaveBeenCalledTimes(1);
    expect(q(root, "[data-corpus-count]").textContent).toBe("3");
    expect(q(root, "[data-corpus-count]").getAttribute("data-corpus-count")).toBe("3");
  });

  it("says in the verdict line that a page is stored, and offers to update it rather than add it", () => {
    const page = msPage();
    const { root } = render(
      page,
      [enStored(), { ...enStored(), id: "mine", title: "My copy", url: page.url, language: "ms" }],
      3,
    );
    const stored = q(root, '[data-section="verdict"] [data-stored-id]');
    expect(stored.getAttribute("data-stored-id")).toBe("mine");
    expect(stored.textContent).toBe("Stored: My copy");
    const save = q(root, 'button[data-action="save"]') as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    expect(save.textContent).toBe("Update the stored copy");
  });

  it("answers first: the summary line and the areas table before actors and commitments, which are collapsed", () => {
    const { root } = render(msPage(), [enStored()]);
    const summary = q(root, "[data-summary]").textContent ?? "";
    expect(summary).toMatch(/^Confirms [1-9]\d* of [1-9]\d* expected areas; \d+ new; \d+ still open$/);
    const rows = [...root.querySelectorAll<HTMLElement>("[data-area-row]")];
    expect(rows.find((r) => r.dataset.areaRow === "health")?.dataset.status).toBe("confirmed");
    const order = [...root.querySelectorAll("section[data-section]")].map((s) =>
      s.getAttribute("data-section"),
    );
    expect(order.slice(0, 3)).toEqual(["verdict", "corpus", "crossref"]);
    for (const name of ["actors", "commitments", "areas"]) {
      const details = q(root, `[data-section="${name}"] > details`) as HTMLDetailsElement;
      expect(details.open, name).toBe(false);
    }
    expect(q(root, '[data-section="verdict"]').textContent).toContain("not stored");
  });

  it("renders HTML in page and stored titles, reasons and sentences as inert text", () => {
    const page = msPage(PAYLOAD);
    page.analysis.relevance.reasons.push(PAYLOAD);
    page.analysis.actors[0]!.name = PAYLOAD;
    const { root } = render(page, [enStored(PAYLOAD)]);
    expect(root.querySelector("img, script")).toBeNull();
    expect(q(root, "[data-page-title]").textContent).toBe(PAYLOAD);
    expect(q(root, "[data-related-id] h3").textContent).toBe(PAYLOAD);
    expect(root.textContent).toContain(PAYLOAD);
    expect((win as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("says an unrelated page is not cross-referenced", () => {
    const page = msPage();
    page.analysis.relevance = { relevant: false, score: 0.1, reasons: ["Only one side"] };
    const { root } = render(page);
    expect(q(root, '[data-section="verdict"]').dataset.relevant).toBe("false");
    expect(root.querySelector("[data-related-id]")).toBeNull();
  });
});

describe("popup flow", () => {
  let sent: PageRequest[];

  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    background.main();
    sent = [];
    document.body.replaceChildren();
  });

  function mountApp(): HTMLElement {
    const root = document.createElement("main");
    document.body.append(root);
    return root;
  }

  it("asks the tab's content script, then the background, and renders the page", async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, msg: PageRequest) => {
      sent.push(msg);
      if (msg.type === "page:reveal") return { found: true };
      return msPage();
    }) as never;
    const root = mountApp();
    await runPopup(root, "?tab=42");
    expect(document.body.dataset.state).toBe("ready");
    expect(sent).toEqual([{ type: "page:state" }]);
    expect(q(root, "[data-corpus-count]").textContent).toBe("2");
    expect(root.querySelector('[data-related-id="seed-000_600e93926c99760f"]')).not.toBeNull();

    q(root, '[data-actor-id="to-lam"]').click();
    expect(sent.at(-1)).toEqual({ type: "page:reveal", target: { actor: "to-lam" } });
    expect(vi.mocked(fakeBrowser.tabs.sendMessage).mock.calls.every(([tabId]) => tabId === 42)).toBe(true);

    // The page's text is the Malay seed's: recognised as that stored article on another
    // address, and not compared with itself.
    expect(q(root, "[data-stored-id]").getAttribute("data-stored-id")).toBe("seed-002_e8120e5def90eb2b");
    expect(root.querySelector('[data-related-id="seed-002_e8120e5def90eb2b"]')).toBeNull();
    const save = q(root, 'button[data-action="save"]') as HTMLButtonElement;
    save.click();
    await vi.waitFor(() => expect(save.textContent).toBe("Stored copy updated"));
    expect(q(root, "[data-corpus-count]").textContent).toBe("2");
    // The page reads itself again, so its hover cards count the article just saved.
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: "page:analyse" }));
  });

  it("with no content script, offers to analyse the page and injects the script on click", async () => {
    let injected = false;
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, msg: PageRequest) => {
      sent.push(msg);
      if (!injected) throw new Error("Could not establish connection. Receiving end does not exist.");
      return msPage();
    }) as never;
    const executeScript = vi.fn(async () => {
      injected = true;
      return [];
    });
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };

    const root = mountApp();
    await runPopup(root, "?tab=9");
    expect(document.body.dataset.state).toBe("ready");
    const button = q(root, 'button[data-action="analyse"]');
    expect(button.textContent).toBe("Analyse this page");
    expect(root.querySelector('[data-section="verdict"]')).toBeNull();

    button.click();
    expect(document.body.dataset.state).toBe("loading");
    await vi.waitFor(() => expect(document.body.dataset.state).toBe("ready"), { timeout: 10_000 });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 9 },
      files: ["/content-main.js"],
    });
    expect(sent.at(-1)).toEqual({ type: "page:analyse" });
    expect(q(root, '[data-section="verdict"]').dataset.relevant).toBe("true");
  });

  it("asks for a fresh analysis when the content script has none yet", async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, msg: PageRequest) => {
      sent.push(msg);
      return msg.type === "page:state" ? null : msPage();
    }) as never;
    const root = mountApp();
    await runPopup(root, "?tab=3");
    expect(sent).toEqual([{ type: "page:state" }, { type: "page:analyse" }]);
    expect(root.querySelector('[data-section="commitments"]')).not.toBeNull();
  });

  it("reports a page with no article text, and pages it cannot read", async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => null) as never;
    const root = mountApp();
    await runPopup(root, "?tab=3");
    expect(document.body.dataset.state).toBe("ready");
    expect(q(root, '[data-section="verdict"]').dataset.relevant).toBe("false");

    const tab = await fakeBrowser.tabs.create({ url: "chrome://settings" });
    await runPopup(root, `?tab=${tab.id}`);
    expect(document.body.dataset.state).toBe("unsupported");
  });
});
