import type { Relevance } from "../contract/analysis";
import type { CrossReference } from "../contract/corpus";
import { evidenceLabel } from "../i18n/labels";
import { t } from "../i18n/t";
import { el, section } from "../ui/dom";

/**
 * The answer in one line: relevant or not, and whether the page is a stored article (its
 * address, or a copy of its text on another outlet). The reasons wait behind "Why".
 */
export function renderVerdict(relevance: Relevance, xref?: CrossReference): HTMLElement {
  const stored = xref?.savedAs
    ? el(
        "span",
        { class: "stored", "data-stored-id": xref.savedAs, title: xref.savedTitle ?? "" },
        t("verdictStored", xref.savedTitle ?? xref.savedAs),
      )
    : xref
      ? el("span", { class: "stored not-stored" }, t("verdictNotStored"))
      : null;
  const node = section(
    "verdict",
    t("sectionVerdict"),
    el(
      "p",
      { class: "verdict-line" },
      el("strong", {}, t(relevance.relevant ? "verdictRelevant" : "verdictNotRelevant")),
      el("span", { class: "score" }, t("verdictScore", Math.round(relevance.score * 100))),
      stored ? el("span", { class: "sep", "aria-hidden": "true" }, " · ") : null,
      stored,
    ),
    reasonBox(relevance),
  );
  node.setAttribute("data-relevant", String(relevance.relevant));
  return node;
}

// The evidence worded in the UI language; an analysis stored before evidence existed (or one
// whose codes these messages do not know) shows its English reasons.
function reasonBox(relevance: Relevance): HTMLElement | null {
  const worded = relevance.evidence?.map(evidenceLabel);
  const lines =
    worded && worded.length > 0 && worded.every((w) => w !== null) ? (worded as string[]) : relevance.reasons;
  if (lines.length === 0) return null;
  return el(
    "details",
    { class: "reasons-box" },
    el("summary", {}, t("verdictWhy")),
    el("ul", { class: "reasons" }, ...lines.map((line) => el("li", {}, line))),
  );
}
