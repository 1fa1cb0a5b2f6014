import type { Route } from "../../../tools/browsers/server";
import { ARTICLE_PARAGRAPHS } from "../../../tools/pages/sample-article";

// Pages built to break an extension: huge, deep, restless, self-replacing, with the page's
// own globals swapped out, with payloads in their text. Each carries a probe (in <head>, so it
// runs before the page's own script and keeps the originals it needs) that snapshots the DOM
// and the page's own result once the page has settled; the tests compare both at the end.

export interface HostilePage extends Route {
  name: string;
  /** The article is about Vietnam–DPRK talks, so the extension does its whole job on it. */
  relevant: boolean;
}

export const HOSTILE_HOST = "vov.vn";

const TITLE = "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Kim Jong Un";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const paragraphs = (ps: readonly string[] = ARTICLE_PARAGRAPHS) =>
  ps.map((p) => `<p>${esc(p)}</p>`).join("\n");

/**
 * window.__probe: the page's long tasks, a DOM signature that leaves out only our card host
 * and style (and regions the page itself marks data-volatile), and the page's own result.
 * Written against the originals it saved, so pages that override globals cannot fool it.
 */
const PROBE = `<script>
(() => {
  const P = { longtasks: [], snapshot: null, initial: null, compute: () => "", settled: false };
  window.__probe = P;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const walkerOf = Document.prototype.createTreeWalker;
  const stringify = JSON.stringify;
  /** Tests read results as JSON made with the original stringify: the page may replace builtins. */
  P.json = (value) => stringify(value);
  // Ours carry no marker: the highlight style by what it styles, the card host as a child of <html>.
  const ours = (n) => n.nodeType === 1 && (n.hasAttribute("data-volatile") || (n.parentNode === document.documentElement && n.tagName !== "HEAD" && n.tagName !== "BODY") || (n.tagName === "STYLE" && /::highlight\\(diplomark-|mark\\[data-diplomark/.test(n.textContent || "")));
  P.sign = () => {
    const w = walkerOf.call(document, document, 0xFFFFFFFF, { acceptNode: (n) => (ours(n) ? 2 : 1) });
    let nodes = 0, chars = 0, h = 7;
    for (let n = w.currentNode; n; n = w.nextNode()) {
      nodes++;
      if (n.nodeType === 3) {
        const d = n.data;
        chars += d.length;
        for (let i = 0; i < d.length; i += 7) h = (h * 31 + d.charCodeAt(i)) | 0;
      } else if (n.nodeType === 1) {
        const t = n.tagName;
        for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) | 0;
        h = (h * 31 + n.attributes.length) | 0;
      }
    }
    return nodes + ":" + chars + ":" + h;
  };
  /** Called by the page when it has done what it does at load. */
  P.settle = (compute) => {
    if (compute) P.compute = compute;
    // The parser still has the text after this script to add.
    if (document.readyState === "loading") return document.addEventListener("DOMContentLoaded", () => P.settle());
    P.initial = String(P.compute());
    P.snapshot = P.sign();
    P.settled = true;
  };
  P.check = () => ({ result: String(P.compute()), initial: P.initial, sign: P.sign(), snapshot: P.snapshot });
})();
</script>`;

function page(opts: { title?: string; head?: string; body: string; script?: string; lang?: string }): string {
  return `<!doctype html>
<html lang="${opts.lang ?? "vi"}">
<head>
<meta charset="utf-8">
${PROBE}
<title>${esc(opts.title ?? TITLE)}</title>
${opts.head ?? ""}
</head>
<body>
${opts.body}
<script>
${opts.script ?? "__probe.settle();"}
</script>
</body>
</html>`;
}

const article = (inner = paragraphs(), title = TITLE) =>
  `<h1>${esc(title)}</h1>\n<div class="article-content">\n${inner}\n</div>`;

/** About 5 MB of text in 2,500 paragraphs after the article. */
function fiveMegabytes(): string {
  const sentence =
    "Thời tiết hôm nay ở Hà Nội có mưa rào rải rác, nhiệt độ từ 24 đến 30 độ, độ ẩm cao và gió nhẹ. ";
  const para = `<p>${sentence.repeat(20)}</p>`;
  return Array.from({ length: 1300 }, () => para).join("\n");
}

function hundredThousandTextNodes(): string {
  const spans: string[] = [];
  for (let i = 0; i < 100_000; i++) spans.push(`<span>ô ${i} </span>`);
  return `<div class="grid">${spans.join("")}</div>`;
}

function deepNesting(depth: number): string {
  return `${"<div>".repeat(depth)}${article()}${"</div>".repeat(depth)}`;
}

const PAYLOAD_IMG = `<img src=x onerror="window.__pwned='img'">`;
const PAYLOAD_SCRIPT = `<script>window.__pwned='script'</script>`;
const PAYLOAD_LINK = `javascript:window.__pwned='link'`;
/** The payload sentence is a commitment, so the popup and the cards show it. */
export const PAYLOAD_SENTENCE = `Hai bên nhất trí tăng cường hợp tác y tế ${PAYLOAD_IMG} và giáo dục ${PAYLOAD_LINK}.`;
export const PAYLOAD_TITLE = `Kim Jong Un ${PAYLOAD_SCRIPT} tiếp Tô Lâm ${PAYLOAD_IMG}`;

const route = (path: string, name: string, html: string, relevant = true): HostilePage => ({
  host: HOSTILE_HOST,
  path,
  html,
  name,
  relevant,
});

export function hostilePages(): HostilePage[] {
  return [
    route("/hostile/5mb.html", "a 5 MB text page", page({ body: `${article()}\n${fiveMegabytes()}` })),
    route(
      "/hostile/100k-nodes.html",
      "100,000 text nodes",
      page({ body: `${article()}\n${hundredThousandTextNodes()}` }),
    ),
    route("/hostile/deep.html", "2,000-deep nesting", page({ body: deepNesting(2000) })),
    route(
      "/hostile/shadow-iframe.html",
      "text in an open shadow root and a same-origin iframe",
      page({
        body: `${article()}\n<div id="shadow-host"></div>\n<iframe id="frame" srcdoc="${esc(`<p>${ARTICLE_PARAGRAPHS[2]}</p>`)}"></iframe>`,
        script: `
          const root = document.getElementById("shadow-host").attachShadow({ mode: "open" });
          root.innerHTML = "<p>" + ${JSON.stringify(ARTICLE_PARAGRAPHS[0])} + "</p>";
          addEventListener("load", () => __probe.settle(() => root.innerHTML + "|" + (document.getElementById("frame").contentDocument?.body?.innerHTML ?? "")));`,
      }),
    ),
    route(
      "/hostile/contenteditable.html",
      "a contenteditable region inside the article",
      page({
        body: `<h1>${esc(TITLE)}</h1>\n<div class="article-content">\n${paragraphs()}\n<div id="editor" contenteditable="true"><p>Bản nháp: Kim Jong Un và Tô Lâm nhất trí tăng cường hợp tác văn hóa.</p></div>\n</div>`,
      }),
    ),
    route(
      "/hostile/mutating.html",
      "a page that mutates its DOM every few milliseconds, forever",
      page({
        body: `${article()}\n<div data-volatile><p id="ticker">0</p></div>`,
        script: `
          let n = 0;
          const ticker = document.getElementById("ticker");
          const body = document.querySelector(".article-content");
          setInterval(() => {
            n++;
            ticker.textContent = String(n);
            // Inside the article too: a live counter the watcher sees.
            let live = document.getElementById("live");
            if (!live) { live = document.createElement("p"); live.id = "live"; live.setAttribute("data-volatile", ""); body.appendChild(live); }
            live.textContent = "Cập nhật " + n + " Triều Tiên";
          }, 4);
          __probe.settle(() => typeof n);`,
      }),
    ),
    route(
      "/hostile/replace-body.html",
      "a page that replaces document.body",
      page({
        body: article(),
        script: `
          setTimeout(() => {
            const b = document.createElement("body");
            b.innerHTML = ${JSON.stringify(article(paragraphs(ARTICLE_PARAGRAPHS.slice(1))))};
            document.body = b;
            __probe.settle(() => document.body === b);
          }, 1500);`,
      }),
    ),
    route(
      "/hostile/globals.html",
      "a page that overrides Array.prototype, JSON, Range and CSS",
      page({
        body: article(),
        script: `
          Array.prototype.map = function () { return "hijacked"; };
          Array.prototype.push = function () { return -1; };
          Array.prototype.includes = () => true;
          Array.from = () => [];
          JSON.stringify = () => "{}";
          JSON.parse = () => ({ hijacked: true });
          window.Range = function () { throw new Error("no ranges here"); };
          Document.prototype.createRange = function () { throw new Error("no createRange"); };
          window.CSS = { hijacked: true };
          window.Highlight = undefined;
          __probe.settle(() => [1, 2].map((x) => x) + "|" + JSON.stringify({ a: 1 }) + "|" + JSON.parse("1").hijacked + "|" + String(window.CSS.hijacked));`,
      }),
    ),
    route(
      "/hostile/payloads.html",
      "title and text with script and HTML payloads",
      page({
        title: PAYLOAD_TITLE,
        body: `<h1>${esc(PAYLOAD_TITLE)}</h1>\n<div class="article-content">\n${paragraphs([...ARTICLE_PARAGRAPHS, PAYLOAD_SENTENCE])}\n<p><a href="${esc(PAYLOAD_LINK)}">${esc(PAYLOAD_LINK)}</a></p>\n</div>`,
        script: `__probe.settle(() => String(window.__pwned));`,
      }),
    ),
    route(
      "/hostile/rtl.html",
      "right-to-left and mixed scripts",
      page({
        body: article(
          paragraphs([
            "وقال المتحدث إن كوريا الشمالية وفيتنام اتفقتا على تعزيز التعاون.",
            ARTICLE_PARAGRAPHS[0]!,
            "שני הצדדים הסכימו להרחיב את שיתוף הפעולה בתחום הבריאות.",
            `Kim Jong Un 김정은 và Tô Lâm 苏林 ${ARTICLE_PARAGRAPHS[1]}`,
            ARTICLE_PARAGRAPHS[2]!,
          ]).replace(/<p>(و|ש)/g, '<p dir="rtl">$1'),
        ),
      }),
    ),
    route(
      "/hostile/clobber.html",
      "an element named like our session flag, and our old host marker on the article",
      page({
        // <div id> and <form name> are both reachable as window.__diplomarkSession (named access).
        body: `<div id="__diplomarkSession"></div><form name="__diplomarkSession"></form>\n<div data-diplomark-host="card">${article()}</div>`,
      }),
    ),
    route(
      "/hostile/probe-card.html",
      "a page script that moves a synthetic mouse over our highlights and reads the DOM",
      page({
        body: article(),
        script: `
          // What a curious page can do: move a synthetic mouse over every highlight, then read
          // everything it can reach. window.__learn() returns whatever it found about the corpus.
          window.__learn = async () => {
            const points = [];
            for (const [, hl] of CSS.highlights) for (const r of hl) {
              const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset);
              const b = x.getClientRects()[0];
              if (b) points.push([b.left + b.width / 2, b.top + b.height / 2]);
            }
            for (const [x, y] of points) {
              const target = document.elementFromPoint(x, y) || document.body;
              for (const type of ["mouseover", "mousemove"]) {
                target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y, view: window }));
              }
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
            }
            // The card's words, spelt so that this script's own text (the page reads it too) has none.
            const corpusWords = new RegExp("Sto" + "red|[0-9]+ arti" + "cles?|none " + "yet", "i");
            const hosts = [...document.documentElement.children].filter((e) => e.tagName !== "HEAD" && e.tagName !== "BODY");
            const texts = [document.documentElement.textContent, document.documentElement.innerText || "", document.documentElement.outerHTML];
            for (const h of hosts) texts.push(h.shadowRoot ? h.shadowRoot.textContent : "");
            const marked = [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => /diplomark/i.test(a.name) || (/diplomark/i.test(a.value) && a.name !== "data-diplomark-host")));
            return {
              points: points.length,
              hosts: hosts.length,
              readableRoots: hosts.filter((h) => h.shadowRoot !== null).length,
              corpusWords: texts.filter((t) => corpusWords.test(t)).length,
              said: texts.map((t) => { const m = corpusWords.exec(t); return m ? t.slice(Math.max(0, m.index - 60), m.index + 40) : ""; }).filter(Boolean),
              markedElements: marked.map((e) => e.tagName),
            };
          };
          __probe.settle(() => typeof window.__learn);`,
      }),
    ),
    route(
      "/hostile/no-text.html",
      "a page with no text at all",
      page({
        title: "",
        body: `<div class="article-content"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>`,
      }),
      false,
    ),
  ];
}
