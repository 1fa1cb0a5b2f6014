import type { Analysis } from "../contract/analysis";
import type { CommitmentMatch, CrossReference, ExpectationOutcome, RelatedArticle } from "../contract/corpus";
import { PAGE } from "../corpus/cross-reference";
import { actorName, displayName } from "../i18n/actor-names";
import { type MessageKey, t } from "../i18n/t";
import { el, section } from "../ui/dom";
import { areaLabel, kindLabel, languageName } from "../ui/labels";
import { renderAreaTable } from "./render-area-table";

const TIMING: Record<RelatedArticle["timing"], MessageKey | null> = {
  before: "timingBefore",
  after: "timingAfter",
  same: "timingSame",
  unknown: null,
};

/**
 * The summary line and the areas table first (the answer); then, collapsed, each related stored
 * article: what it shares with the page, what is new, what was kept.
 */
export function renderCrossReference(xref: CrossReference, page: Analysis): HTMLElement {
  const heading = t("sectionCrossref");
  if (!page.relevance.relevant) {
    return section("crossref", heading, el("p", { class: "empty" }, t("crossrefOnlyRelevant")));
  }
  const table = renderAreaTable(page, xref);
  if (xref.related.length === 0) {
    return section("crossref", heading, ...table, el("p", { class: "empty" }, t("crossrefNone")));
  }
  const names = new Map(page.actors.map((a) => [a.id, displayName(a)]));
  const actorNames = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? actorName(id));
  return section(
    "crossref",
    heading,
    ...table,
    el(
      "details",
      { class: "related-box" },
      el("summary", {}, t("crossrefArticles", xref.related.length)),
      ...xref.related.map((r) => renderRelated(r, actorNames)),
    ),
  );
}

function renderRelated(r: RelatedArticle, actorNames: (ids: readonly string[]) => string[]): HTMLElement {
  const a = r.article;
  const timing = TIMING[r.timing];
  const meta = [a.published ?? t("undated"), languageName(a.language), a.outlet, timing && t(timing)].filter(
    Boolean,
  );
  const newHere = [...actorNames(r.actorsOnlyHere), ...r.areasNewHere.map(areaLabel)];
  return el(
    "article",
    { class: "related", "data-related-id": a.id },
    el("h3", {}, a.title),
    el(
      "p",
      { class: "meta" },
      el("span", { "data-related-date": a.published ?? "" }, meta.join(" · ")),
      a.seed ? el("span", { class: "tag" }, t("tagSeed")) : null,
    ),
    r.copies && r.copies.length > 0
      ? el(
          "p",
          { class: "meta", "data-copies": r.copies.map((c) => c.id).join(" ") },
          t("copiesAlso", r.copies.map((c) => `${c.outlet} (${languageName(c.language)})`).join(", ")),
        )
      : null,
    ...(r.copies ?? [])
      .filter((c) => r.omits?.[c.id])
      .map((c) =>
        el(
          "p",
          { class: "meta omits", "data-omits": c.id },
          t("copyOmits", c.outlet, r.omits![c.id]!.map(areaLabel).join(", ")),
        ),
      ),
    el(
      "dl",
      { class: "facts" },
      ...fact(t("factActorsInCommon"), actorNames(r.actorsInCommon), "actors-in-common"),
      ...fact(t("factAreasInCommon"), r.areasInCommon.map(areaLabel), "areas-in-common"),
      ...fact(t("factNewHere"), newHere, "new-here"),
    ),
    r.commitmentMatches.length > 0
      ? el(
          "div",
          { class: "matches", "data-field": "matching-commitments" },
          el("h4", {}, t("matchingCommitments")),
          el("ul", {}, ...r.commitmentMatches.map(renderMatch)),
        )
      : null,
    r.expectationOutcome.length > 0
      ? el(
          "div",
          { class: "outcomes", "data-field": "expectation-outcome" },
          el("h4", {}, t("expectationOutcome")),
          el("ul", {}, ...r.expectationOutcome.map(renderOutcome)),
        )
      : null,
  );
}

function fact(label: string, values: readonly string[], field: string): HTMLElement[] {
  return [
    el("dt", {}, label),
    el("dd", { "data-field": field }, values.length > 0 ? values.join(", ") : t("factNone")),
  ];
}

function renderMatch(m: CommitmentMatch): HTMLElement {
  return el(
    "li",
    { "data-here": String(m.here), "data-movement": m.movement },
    t("matchLine", kindLabel(m.kindThere), kindLabel(m.kindHere), m.areas.map(areaLabel).join(", ")),
    m.movement === "same"
      ? null
      : el(
          "span",
          { class: `status status-${m.movement}` },
          t(m.movement === "kept" ? "movementKept" : "movementChanged"),
        ),
  );
}

function renderOutcome(o: ExpectationOutcome): HTMLElement {
  const where = (id: string | undefined) => t(id === PAGE ? "whereHere" : "whereStored");
  const text =
    o.status === "kept" && o.outcomeKind
      ? t(
          "outcomeKept",
          areaLabel(o.area),
          where(o.expectedIn),
          kindLabel(o.outcomeKind).toLowerCase(),
          where(o.outcomeIn),
        )
      : t("outcomeOpen", areaLabel(o.area), where(o.expectedIn));
  return el(
    "li",
    { "data-expectation-area": o.area, "data-status": o.status },
    text,
    el("span", { class: `status status-${o.status}` }, t(o.status === "kept" ? "statusKept" : "statusOpen")),
  );
}
