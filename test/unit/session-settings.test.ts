import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";
import { PageSession } from "../../src/page/session";

// The content script's reactions to the user's settings and keyboard, on a DOM of its own with
// the <mark> fallback (happy-dom has no CSS Custom Highlight API): what is painted is in the DOM.

const win = new Window({ url: "https://baotintuc.vn/a.htm" });
Object.assign(globalThis, {
  MutationObserver: win.MutationObserver,
  requestAnimationFrame: win.requestAnimationFrame.bind(win),
  cancelAnimationFrame: win.cancelAnimationFrame.bind(win),
});

const ARTICLE = `<h1 class="detail-title">Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Triều Tiên Kim Jong Un</h1>
<div class="contents"><p>Tổng Bí thư Tô Lâm và Chủ tịch Kim Jong Un đã hội đàm tại Hà Nội.</p>
<p>Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực văn hóa, du lịch và y tế.</p></div>`;

function setup() {
  const doc = win.document as unknown as Document;
  doc.head.innerHTML = "";
  doc.body.innerHTML = ARTICLE;
  const session = new PageSession(
    doc,
    {
      read: async (req) => ({ analysis: analyse(req.text), actorCounts: {} }),
      openActor: async () => undefined,
    },
    { nativeHighlights: false, siteOn: () => true, watch: { debounceMs: 0, maxWaitMs: 0 } },
  );
  const painted = () =>
    [...doc.querySelectorAll("mark[data-diplomark]")].map((m) => m.getAttribute("data-diplomark") ?? "");
  const has = (category: string) => painted().some((c) => c.split(" ").includes(category));
  return { doc, session, painted, has };
}

describe("a page session follows the settings", () => {
  it("leaves hidden categories out and paints them again when shown", async () => {
    const { session, has } = setup();
    await session.auto();
    expect(has("diplomark-actor-dprk")).toBe(true);
    expect(has("diplomark-actor-vietnam")).toBe(true);
    await session.setLook({ hidden: new Set(["diplomark-actor-dprk"]), colours: {} });
    expect(has("diplomark-actor-dprk")).toBe(false);
    expect(has("diplomark-actor-vietnam")).toBe(true);
    await session.setLook({ hidden: new Set(), colours: {} });
    expect(has("diplomark-actor-dprk")).toBe(true);
    session.dispose();
  });

  it("recolours through the injected style", async () => {
    const { doc, session } = setup();
    await session.auto();
    await session.setLook({ hidden: new Set(), colours: { "diplomark-actor-dprk": "#00ff00" } });
    // Our one style carries no marker attribute: it is found by what it styles.
    const ours = [...doc.querySelectorAll("style")].filter((s) => s.textContent?.includes("diplomark-actor"));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.textContent).toContain("rgb(0,255,0)");
    expect(ours[0]?.attributes).toHaveLength(0);
    session.dispose();
  });

  it("paused: nothing painted, the analysis kept; resumed: painted again", async () => {
    const { session, painted } = setup();
    await session.auto();
    expect(painted().length).toBeGreaterThan(0);
    await session.setPaused(true);
    expect(painted()).toEqual([]);
    expect(await session.current()).not.toBeNull();
    await session.setPaused(false);
    expect(painted().length).toBeGreaterThan(0);
    session.dispose();
  });

  it("paused before start: an analysis paints nothing until resumed", async () => {
    const { session, painted } = setup();
    await session.setPaused(true);
    await session.analyse();
    expect(painted()).toEqual([]);
    await session.setPaused(false);
    expect(painted().length).toBeGreaterThan(0);
    session.dispose();
  });
});

describe("keyboard steps through the highlights in document order", () => {
  it("next wraps around at the end, previous goes back", async () => {
    const { session } = setup();
    await session.auto();
    const first = session.step(1);
    expect(first.found).toBe(true);
    expect(first.index).toBe(1);
    const total = first.total;
    expect(total).toBeGreaterThan(3);
    expect(session.step(1).index).toBe(2);
    expect(session.step(-1).index).toBe(1);
    expect(session.step(-1).index).toBe(total);
    expect(session.step(1).index).toBe(1);
    for (let i = 2; i <= total; i++) expect(session.step(1).index).toBe(i);
    expect(session.step(1).index).toBe(1);
    session.dispose();
  });

  it("skips hidden categories and says so when nothing is painted", async () => {
    const { session } = setup();
    await session.auto();
    const all = session.step(1).total;
    await session.setLook({ hidden: new Set(["diplomark-actor-vietnam"]), colours: {} });
    expect(session.step(1).total).toBeLessThan(all);
    await session.setPaused(true);
    expect(session.step(1)).toEqual({ found: false, index: 0, total: 0 });
    session.dispose();
  });
});
