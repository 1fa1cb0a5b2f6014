import type { Relevance } from "../contract/analysis";
import type { CrossReference } from "../contract/corpus";
import { evidenceLabel } from "../i18n/labels";
import { t, uiLanguage } from "../i18n/t";
import { el, section } from "../ui/dom";

/**
 * The answer in one line: relevant or not, and whether the page is a stored article (its
 * address, or a copy of its text on another outlet). The reasons wait behind "Why".
 */
export function renderVerdict(relevance: Relevance, xref?: CrossReference, note?: string): HTMLElement {
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
    reasonBox(note ? [note] : reasonLines(relevance)),
  );
  node.setAttribute("data-relevant", String(relevance.relevant));
  return node;
}

// The evidence worded in the UI language. An analysis stored before evidence existed (or one
// whose codes these messages do not know) has only the analyser's English sentences: shown in an
// English UI, left out of any other rather than mixing languages.
function reasonLines(relevance: Relevance): string[] {
  const worded = relevance.evidence?.map(evidenceLabel);
  if (worded && worded.length > 0 && worded.every((w) => w !== null)) return worded as string[];
  return uiLanguage() === "en" ? relevance.reasons : [];
}

function reasonBox(lines: string[]): HTMLElement | null {
  if (lines.length === 0) return null;
  return el(
    "details",
    { class: "reasons-box" },
    el("summary", {}, t("verdictWhy")),
    el("ul", { class: "reasons" }, ...lines.map((line) => el("li", {}, line))),
  );
}
