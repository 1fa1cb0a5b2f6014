import type { Analysis } from "../contract/analysis";
import type { CrossReference } from "../contract/corpus";
import { type AreaRow, type AreaStatus, areaTable } from "../corpus/area-table";
import { type MessageKey, t } from "../i18n/t";
import { el } from "../ui/dom";
import { areaLabel, kindLabel } from "../ui/labels";

const BADGE: Record<AreaStatus, MessageKey> = {
  confirmed: "badgeConfirmed",
  new: "badgeNew",
  open: "badgeOpen",
  announced: "badgeAnnounced",
};

/** The one-line summary and the areas × {expected before, agreed or signed here, open} table. */
export function renderAreaTable(page: Analysis, xref: CrossReference): HTMLElement[] {
  const table = areaTable(page, xref);
  const summary =
    table.expected > 0
      ? t("summaryLine", table.confirmed, table.expected, table.newHere, table.open)
      : t("summaryNoneExpected", table.newHere);
  const line = el("p", { class: "summary", "data-summary": "" }, summary);
  if (table.rows.length === 0) return [line];
  return [
    line,
    el(
      "table",
      { class: "area-table", "data-area-table": "" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("tableArea")),
          el("th", { scope: "col" }, t("tableExpected")),
          el("th", { scope: "col" }, t("tableHere")),
          el("th", { scope: "col" }, t("tableOpen")),
        ),
      ),
      el("tbody", {}, ...table.rows.map(row)),
    ),
  ];
}

function row(r: AreaRow): HTMLElement {
  const open = r.status === "open" || r.status === "announced";
  return el(
    "tr",
    { "data-area-row": r.area, "data-status": r.status },
    el("th", { scope: "row" }, areaLabel(r.area)),
    el(
      "td",
      {},
      r.expectedIn.length > 0
        ? el(
            "span",
            { class: "tick", title: t("tableExpectedIn", r.expectedIn.length) },
            `✓ ${r.expectedIn.length}`,
          )
        : el("span", { class: "none" }, "–"),
    ),
    el(
      "td",
      {},
      r.here
        ? el("span", { class: `badge badge-${r.status}` }, `${kindLabel(r.here)} · ${t(BADGE[r.status])}`)
        : el("span", { class: "none" }, "–"),
    ),
    el("td", {}, open ? el("span", { class: `badge badge-${r.status}` }, t(BADGE[r.status])) : ""),
  );
}
