import type { PageChanges } from "../contract/corpus";
import { t } from "../i18n/t";
import { el, section } from "../ui/dom";

/** Sentences shown per list at most: a rewritten article must not fill the popup. */
const SHOWN = 8;

/** The day of a stored copy, as the ISO date (unambiguous in every UI language). */
export function savedDay(iso: string): string {
  return iso.slice(0, 10);
}

/** "Changed since you saved it on …": the sentences removed and added, the actors gone and new. */
export function renderChanged(changes: PageChanges): HTMLElement {
  const node = section(
    "changed",
    t("changedSince", savedDay(changes.since)),
    list("removed", t("changedRemoved"), changes.removed),
    list("added", t("changedAdded"), changes.added),
    list(
      "actors-removed",
      t("changedActorsGone"),
      changes.actorsRemoved.map((a) => a.name),
    ),
    list(
      "actors-added",
      t("changedActorsNew"),
      changes.actorsAdded.map((a) => a.name),
    ),
  );
  node.setAttribute("data-changed-since", changes.since);
  return node;
}

function list(kind: string, heading: string, items: readonly string[]): HTMLElement | null {
  if (items.length === 0) return null;
  const more = items.length - SHOWN;
  return el(
    "div",
    { class: "change-list", "data-change": kind },
    el("h3", {}, heading),
    el("ul", {}, ...items.slice(0, SHOWN).map((s) => el("li", {}, s))),
    more > 0 ? el("p", { class: "muted" }, t("changedMore", more)) : null,
  );
}
