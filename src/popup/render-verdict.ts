import type { Relevance } from "../contract/analysis";
import type { CrossReference } from "../contract/corpus";
import { t } from "../i18n/t";
import { el, section } from "../ui/dom";
import { evidenceLines } from "./evidence-text";

/**
 * The answer in one line: relevant or not, and whether the page is a stored article (its
 * address, or a copy of its text on another outlet). The reasons wait behind "Why".
 */
export function renderVerdict(relevance: Relevance, xref?: CrossReference, note?: string): HTMLElement {
  const lines = note ? [note] : evidenceLines(relevance);
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
    lines.length > 0
      ? el(
          "details",
          { class: "reasons-box" },
          el("summary", {}, t("verdictWhy")),
          el("ul", { class: "reasons" }, ...lines.map((reason) => el("li", {}, reason))),
        )
      : null,
  );
  node.setAttribute("data-relevant", String(relevance.relevant));
  return node;
}
