import nlp from "compromise";
import { createHighlighter, type PaintItem } from "../../src/page/highlighter";

// Bundled into the bench page's own world (no extension): our highlighter, the <mark>
// wrapping most annotators use, and the naive pipeline (compromise over the whole page text,
// then <mark> around every entity it finds), timed on the same page and ranges.

const CATEGORIES = ["diplomark-actor-vietnam", "diplomark-actor-dprk", "diplomark-commitment-agreed"];

/** n ranges: the first word of each of the first n paragraphs' text nodes. */
function items(n: number): PaintItem[] {
  const out: PaintItem[] = [];
  const paras = document.querySelectorAll("p");
  for (let i = 0; i < n && i < paras.length; i++) {
    const node = paras[i]!.firstChild as Text;
    const end = node.data.indexOf(" ");
    out.push({
      id: i,
      category: CATEGORIES[i % 3]!,
      from: { node, offset: 0 },
      to: { node, offset: end > 0 ? end : node.data.length },
    });
  }
  return out;
}

/** Time to the next rendered frame after `work`: JS, style, layout and paint it caused. */
async function toFrame(work: () => unknown): Promise<number> {
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const t0 = performance.now();
  await work();
  document.body.getBoundingClientRect();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}

function wrap(list: PaintItem[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // Back to front, so splitting a node leaves the earlier offsets valid.
  for (let i = list.length - 1; i >= 0; i--) {
    const it = list[i]!;
    const range = document.createRange();
    range.setStart(it.from.node, it.from.offset);
    range.setEnd(it.to.node, it.to.offset);
    const mark = document.createElement("mark");
    mark.className = it.category;
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}

function unwrap(marks: HTMLElement[]): void {
  for (const m of marks) {
    const parent = m.parentNode!;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  }
}

async function paint(n: number) {
  const list = items(n);
  const hl = createHighlighter(document, true);
  const ourPaint = await toFrame(() => hl.sync(list));
  const ourClear = await toFrame(() => hl.clear());
  let marks: HTMLElement[] = [];
  const markPaint = await toFrame(() => {
    marks = wrap(items(n));
  });
  const markClear = await toFrame(() => unwrap(marks));
  return { ourPaint, ourClear, markPaint, markClear };
}

/** The obvious build: compromise over the page's text, <mark> around every match. */
async function naive() {
  let marks: HTMLElement[] = [];
  let found = 0;
  const ms = await toFrame(() => {
    const text = document.body.textContent ?? "";
    const doc = nlp(text);
    const names = new Set<string>([
      ...doc.people().out("array"),
      ...doc.organizations().out("array"),
      ...doc.places().out("array"),
    ]);
    found = names.size;
    const targets: PaintItem[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      for (const name of names) {
        const at = t.data.indexOf(name);
        if (at >= 0 && name.length > 0) {
          targets.push({
            id: 0,
            category: "naive",
            from: { node: t, offset: at },
            to: { node: t, offset: at + name.length },
          });
          break;
        }
      }
    }
    marks = wrap(targets);
  });
  unwrap(marks);
  return { ms, found, marks: marks.length };
}

(window as unknown as { __bench: unknown }).__bench = { paint, naive };
