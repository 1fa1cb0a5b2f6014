import type { Relevance } from "../analysis/types";
import { evidenceLabel } from "../i18n/labels";
import { t } from "../i18n/t";
import { el, section } from "./dom";

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
    reasonList(relevance),
  );
  node.setAttribute("data-relevant", String(relevance.relevant));
  return node;
}

// The evidence worded in the UI language; an analysis stored before evidence existed (or one
// whose codes these messages do not know) shows its English reasons.
function reasonList(relevance: Relevance): HTMLElement | null {
  const worded = relevance.evidence?.map(evidenceLabel);
  const lines =
    worded && worded.length > 0 && worded.every((w) => w !== null) ? (worded as string[]) : relevance.reasons;
  return lines.length > 0 ? el("ul", { class: "reasons" }, ...lines.map((line) => el("li", {}, line))) : null;
}
