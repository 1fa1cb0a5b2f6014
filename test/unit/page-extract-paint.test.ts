import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { boundedText, extractArticle, MAX_TITLE_CHARS } from "../../src/extract/extract";
import { MAX_NODE_CHARS } from "../../src/extract/offset-map";
import { MarkHighlighter, type PaintItem } from "../../src/page/highlighter";
import { mentionsDprk } from "../../src/page/prefilter";
import { ArticleWatcher } from "../../src/page/watch";

// A DOM of its own (the unit suite runs in Node with WXT's fake browser).
const win = new Window({ url: "https://baotintuc.vn/a.htm" });
(globalThis as { MutationObserver?: unknown }).MutationObserver = win.MutationObserver;

function load(html: string): Document {
  const doc = win.document as unknown as Document;
  doc.head.innerHTML = "";
  doc.body.innerHTML = html;
  return doc;
}

function items(doc: Document, spans: Array<[string, number, number]>): PaintItem[] {
  const { map } = extractArticle(doc, "baotintuc.vn");
  return spans.map(([category, start, end], id) => ({
    id,
    category,
    from: map.point(start, "start")!,
    to: map.point(end, "end")!,
  }));
}

describe("article extraction and its offset map", () => {
  it("keeps article text only, collapses whitespace and maps every span back to the DOM", () => {
    const doc = load(
      `<nav>Triều Tiên menu</nav><h1 class="detail-title">Tô   Lâm  thăm</h1>
       <div class="contents"><p>Hai bên <b>nhất trí</b>&nbsp;hợp tác.<br>Dòng hai</p>
       <div class="related-news">Tin liên quan Kim Jong Un</div><p contenteditable="true">Kim Jong Un đang gõ</p></div>
       <div class="box-comment">Bình luận</div>`,
    );
    const { map } = extractArticle(doc, "baotintuc.vn");
    expect(map.text).toBe("Tô Lâm thăm\n\nHai bên nhất trí hợp tác.\nDòng hai");
    for (const needle of ["Tô Lâm", "nhất trí hợp", "Dòng hai", "Hai bên nhất trí"]) {
      const start = map.text.indexOf(needle);
      const range = map.range(start, start + needle.length, doc)!;
      expect(range.toString().replace(/\s+/g, " ")).toBe(needle);
    }
  });

  it("the prefilter folds case and diacritics", () => {
    expect(mentionsDprk("QUAN HỆ VIỆT NAM – TRIỀU TIÊN")).toBe(true);
    expect(mentionsDprk("quan he viet nam trieu tien")).toBe(true);
    expect(mentionsDprk("Việt Nam – Hàn Quốc ký kết")).toBe(false);
  });
});

describe("the <mark> fallback", () => {
  it("wraps overlapping spans without nesting and restores the exact DOM on clear", async () => {
    const doc = load(
      `<h1>Tô Lâm gặp Kim Jong Un</h1><div class="contents"><p>Hai bên <i>nhất trí</i> hợp tác.</p></div>`,
    );
    const before = doc.body.innerHTML;
    const nodes = [...doc.body.querySelectorAll("h1, p, i")].map((e) => e.firstChild);
    const hl = new MarkHighlighter(doc);
    const text = extractArticle(doc, "baotintuc.vn").map.text;
    const sentence = text.indexOf("Hai bên");
    await hl.sync(
      items(doc, [
        ["diplomark-actor-vietnam", 0, 6],
        ["diplomark-commitment-agreed", sentence, text.length],
        ["diplomark-actor-other", sentence, sentence + 7],
      ]),
    );
    const marks = [...doc.querySelectorAll("mark[data-diplomark]")];
    expect(marks.map((m) => m.textContent)).toEqual(["Tô Lâm", "Hai bên", " ", "nhất trí", " hợp tác."]);
    expect(marks.some((m) => m.querySelector("mark"))).toBe(false);
    expect(marks[1]!.getAttribute("data-diplomark")).toBe(
      "diplomark-commitment-agreed diplomark-actor-other",
    );
    hl.clear();
    expect(doc.body.innerHTML).toBe(before);
    // The very same text nodes are back, so the page's own references to them still hold.
    expect([...doc.body.querySelectorAll("h1, p, i")].map((e) => e.firstChild)).toEqual(nodes);
    const style = [...doc.querySelectorAll("head style")].find((s) => s.textContent?.includes("diplomark-"));
    expect(style).toBeDefined();
    expect(style?.attributes).toHaveLength(0);
  });
});

describe("the article watcher", () => {
  it("reacts to added article text, not to our own changes nor to excluded parts", async () => {
    const doc = load(`<div class="contents"><p>Một</p><div class="box-comment"></div></div>`);
    const body = doc.querySelector(".contents")!;
    let runs = 0;
    const w = new ArticleWatcher(body, ".box-comment", () => runs++, {
      debounceMs: 10,
      maxWaitMs: 50,
      maxRuns: 2,
    });
    w.start();
    const settle = () => new Promise((r) => setTimeout(r, 80));
    w.quiet(() => body.append(doc.createElement("mark")));
    doc.querySelector(".box-comment")!.append(doc.createTextNode("bình luận mới"));
    await settle();
    expect(runs).toBe(0);
    body.append(Object.assign(doc.createElement("p"), { textContent: "Hai" }));
    await settle();
    expect(runs).toBe(1);
    for (let i = 0; i < 3; i++) {
      body.append(Object.assign(doc.createElement("p"), { textContent: `Thêm ${i}` }));
      await settle();
    }
    // Capped: a page that keeps growing cannot keep us re-analysing.
    expect(runs).toBe(2);
    w.stop();
  });

  it("reads a hostile page's title, headline and text nodes only up to fixed limits, before any normalising", () => {
    const five = "Triều Tiên ".repeat(500_000); // about 5.5 MB
    const doc = load(`<div class="contents"><p>${"Hai bên nhất trí hợp tác y tế. ".repeat(5)}</p></div>`);
    // No <h1>: the page's <title> is the title.
    const titleEl = doc.createElement("title");
    titleEl.textContent = five;
    doc.head.append(titleEl);
    expect(extractArticle(doc, "example.org").title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    // A headline split over many nodes is read node by node, up to the limit.
    const h1 = doc.createElement("h1");
    for (let i = 0; i < 1000; i++) h1.append(doc.createTextNode("Kim Jong Un "));
    expect(boundedText(h1)).toHaveLength(MAX_TITLE_CHARS);
    expect(boundedText(h1).startsWith("Kim Jong Un Kim")).toBe(true);
    // One text node of megabytes in the body: only its start is taken into the text.
    const big = load(`<h1>Tô Lâm</h1><div class="contents"><p>x</p></div>`);
    big.querySelector(".contents p")!.textContent = five;
    const { map } = extractArticle(big, "baotintuc.vn");
    expect(map.text.length).toBeLessThanOrEqual(MAX_NODE_CHARS + 100);
    expect(map.text.startsWith("Tô Lâm\n\nTriều Tiên Triều")).toBe(true);
  });
});
