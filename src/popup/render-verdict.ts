import type { Relevance } from "../analysis/types";
import { el, section } from "./dom";

export function renderVerdict(relevance: Relevance): HTMLElement {
  const node = section(
    "verdict",
    "Verdict",
    el(
      "p",
      { class: "verdict-line" },
      el("strong", {}, relevance.relevant ? "Vietnam–DPRK coverage" : "Not Vietnam–DPRK coverage"),
      ` · score ${Math.round(relevance.score * 100)}%`,
    ),
    relevance.reasons.length > 0
      ? el("ul", { class: "reasons" }, ...relevance.reasons.map((reason) => el("li", {}, reason)))
      : null,
  );
  node.setAttribute("data-relevant", String(relevance.relevant));
  return node;
}
