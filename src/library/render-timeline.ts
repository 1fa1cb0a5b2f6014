import { el } from "../ui/dom";
import { S } from "./strings";
import { svg } from "./svg";
import { type TimelineInput, timelineData } from "./timeline-data";

const WIDTH = 960;
const PAD = 24;
const LANE = 18;

/** Dots on a date axis; each dot is a focusable link to the article's reader view. */
export function renderTimeline(articles: readonly TimelineInput[], read: (id: string) => void): HTMLElement {
  const data = timelineData(articles);
  const desc = el("p", { class: "desc", id: "timeline-desc" }, S.timelineDesc);
  if (data.points.length === 0) return el("div", {}, desc, el("p", { class: "empty" }, S.timelineEmpty));

  const axisY = PAD + data.lanes * LANE + 8;
  const height = axisY + 36;
  const xOf = (x: number) => PAD + x * (WIDTH - 2 * PAD);
  const chart = svg(
    "svg",
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      class: "timeline",
      role: "group",
      "aria-labelledby": "section-timeline",
      "aria-describedby": "timeline-desc",
      "data-timeline": "",
    },
    svg("line", { x1: PAD, x2: WIDTH - PAD, y1: axisY, y2: axisY, class: "axis" }),
    ...data.ticks.map((t) =>
      svg(
        "g",
        { class: "tick", "aria-hidden": "true" },
        svg("line", { x1: xOf(t.x), x2: xOf(t.x), y1: axisY, y2: axisY + 6 }),
        svg("text", { x: xOf(t.x), y: axisY + 22, "text-anchor": "middle" }, t.date),
      ),
    ),
  );
  // Stems first, all of them: a later stem must not cross an earlier dot.
  chart.append(
    svg(
      "g",
      { "aria-hidden": "true" },
      ...data.points.map((p) =>
        svg("line", { x1: xOf(p.x), x2: xOf(p.x), y1: axisY - 10 - p.lane * LANE, y2: axisY, class: "stem" }),
      ),
    ),
  );
  for (const [i, p] of data.points.entries()) {
    const label = S.timelinePoint(p.title, p.date, p.relevant);
    const y = axisY - 10 - p.lane * LANE;
    const dot = svg(
      "a",
      {
        href: "#",
        role: "button",
        "aria-label": label,
        "data-timeline-point": p.id,
        "data-relevant": String(p.relevant),
      },
      svg("title", {}, label),
      svg("circle", { cx: xOf(p.x), cy: y, r: 6, class: p.relevant ? "dot relevant" : "dot" }),
      // The number of the article in the list under the chart.
      svg("text", { x: xOf(p.x) + 9, y: y + 4, class: "point-no", "aria-hidden": "true" }, String(i + 1)),
    );
    dot.addEventListener("click", (e) => {
      e.preventDefault();
      read(p.id);
    });
    chart.append(dot);
  }
  return el(
    "div",
    {},
    desc,
    el("div", { class: "chart" }, chart),
    el(
      "ol",
      { class: "column-key" },
      ...data.points.map((p) => {
        const button = el("button", { type: "button", class: "link" }, `${p.date} — ${p.title}`);
        button.addEventListener("click", () => read(p.id));
        return el("li", { "data-relevant": String(p.relevant) }, button);
      }),
    ),
    data.undated.length ? el("p", { class: "muted" }, S.timelineUndated(data.undated.length)) : null,
  );
}
