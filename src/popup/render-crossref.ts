import type { Analysis } from "../analysis/types";
import { PAGE } from "../corpus/cross-reference";
import type { CommitmentMatch, CrossReference, ExpectationOutcome, RelatedArticle } from "../corpus/types";
import { el, section } from "./dom";
import { areaLabel, kindLabel, languageName } from "./labels";

const TIMING: Record<RelatedArticle["timing"], string> = {
  before: "earlier",
  after: "later",
  same: "same day",
  unknown: "",
};

/** For each related stored article: what it shares with the page, what is new, what was kept. */
export function renderCrossReference(xref: CrossReference, page: Analysis): HTMLElement {
  const heading = "In your corpus";
  if (!page.relevance.relevant) {
    return section(
      "crossref",
      heading,
      el("p", { class: "empty" }, "Only Vietnam–DPRK coverage is cross-referenced."),
    );
  }
  if (xref.related.length === 0) {
    return section(
      "crossref",
      heading,
      el("p", { class: "empty" }, "No stored article shares actors or areas with this page."),
    );
  }
  const names = new Map(page.actors.map((a) => [a.id, a.name]));
  const actorNames = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id);
  return section("crossref", heading, ...xref.related.map((r) => renderRelated(r, actorNames)));
}

function renderRelated(r: RelatedArticle, actorNames: (ids: readonly string[]) => string[]): HTMLElement {
  const a = r.article;
  const meta = [a.published ?? "undated", languageName(a.language), a.outlet, TIMING[r.timing]].filter(
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
      a.seed ? el("span", { class: "tag" }, "seed") : null,
    ),
    el(
      "dl",
      { class: "facts" },
      ...fact("Actors in common", actorNames(r.actorsInCommon), "actors-in-common"),
      ...fact("Areas in common", r.areasInCommon.map(areaLabel), "areas-in-common"),
      ...fact("New here", newHere, "new-here"),
    ),
    r.commitmentMatches.length > 0
      ? el(
          "div",
          { class: "matches", "data-field": "matching-commitments" },
          el("h4", {}, "Matching commitments"),
          el("ul", {}, ...r.commitmentMatches.map(renderMatch)),
        )
      : null,
    r.expectationOutcome.length > 0
      ? el(
          "div",
          { class: "outcomes", "data-field": "expectation-outcome" },
          el("h4", {}, "Expectation → outcome"),
          el("ul", {}, ...r.expectationOutcome.map(renderOutcome)),
        )
      : null,
  );
}

function fact(label: string, values: readonly string[], field: string): HTMLElement[] {
  return [
    el("dt", {}, label),
    el("dd", { "data-field": field }, values.length > 0 ? values.join(", ") : "none"),
  ];
}

function renderMatch(m: CommitmentMatch): HTMLElement {
  return el(
    "li",
    { "data-here": String(m.here), "data-movement": m.movement },
    `${kindLabel(m.kindThere)} there → ${kindLabel(m.kindHere)} here: ${m.areas.map(areaLabel).join(", ")}`,
    m.movement === "same" ? null : el("span", { class: `status status-${m.movement}` }, m.movement),
  );
}

function renderOutcome(o: ExpectationOutcome): HTMLElement {
  const where = (id: string | undefined) => (id === PAGE ? "on this page" : "in the stored article");
  const text =
    o.status === "kept" && o.outcomeKind
      ? `${areaLabel(o.area)}: expected ${where(o.expectedIn)} → ${kindLabel(o.outcomeKind).toLowerCase()} ${where(o.outcomeIn)}`
      : `${areaLabel(o.area)}: expected ${where(o.expectedIn)} → not followed up`;
  return el(
    "li",
    { "data-expectation-area": o.area, "data-status": o.status },
    text,
    el("span", { class: `status status-${o.status}` }, o.status),
  );
}
