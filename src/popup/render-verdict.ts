import type { Relevance } from "../contract/analysis";
import { t } from "../i18n/t";
import { el, section } from "../ui/dom";

export function renderVerdict(relevance: Relevance): HTMLElement {
  const node = section(
    "verdict",
    t("sectionVerdict"),
    el(
      "p",
      { class: "verdict-line" },
      el("strong", {}, t(relevance.relevant ? "verdictRelevant" : "verdictNotRelevant")),
      t("verdictScore", Math.round(relevance.score * 100)),
    ),
    relevance.reasons.length > 0
      ? el("ul", { class: "reasons" }, ...relevance.reasons.map((reason) => el("li", {}, reason)))
      : null,
  );
  node.setAttribute("data-relevant", String(relevance.relevant));
  return node;
}
