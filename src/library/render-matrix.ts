import { COMMITMENT_KINDS } from "../contract/analysis";
import type { LibraryArticle } from "../contract/corpus";
import { t } from "../i18n/t";
import { el } from "../ui/dom";
import { areaLabel, kindLabel } from "../ui/labels";
import { cellAt, KIND_STRENGTH, matrixData } from "./matrix-data";
import { S } from "./strings";

/**
 * A table, areas down and articles across (oldest first); a filled cell is a button that
 * opens the article's sentence. A table keeps it readable by screen readers, row by row.
 */
export function renderMatrix(
  articles: readonly LibraryArticle[],
  read: (id: string, commitment: number) => void,
): HTMLElement {
  const data = matrixData(articles);
  const desc = el("p", { class: "desc" }, S.matrixDesc);
  if (data.rows.length === 0) return el("div", {}, desc, el("p", { class: "empty" }, S.matrixEmpty));
  const head = el(
    "tr",
    {},
    el("td", {}),
    ...data.columns.map((c, i) =>
      el(
        "th",
        { scope: "col", title: c.title, "data-column": c.id },
        el("span", { class: "col-no" }, `#${i + 1}`),
        el("span", { class: "col-date" }, c.published ?? S.undated),
      ),
    ),
  );
  const body = data.rows.map((area) =>
    el(
      "tr",
      { "data-row": area },
      el("th", { scope: "row" }, areaLabel(area)),
      ...data.columns.map((col) => {
        const cell = cellAt(data, area, col.id);
        if (!cell) return el("td", { class: "cell empty-cell" });
        const kind = cell.background
          ? `${kindLabel(cell.kind)} · ${t("tagBackground")}`
          : kindLabel(cell.kind);
        const label = S.matrixCell(areaLabel(area), kind, col.title);
        const button = el(
          "button",
          {
            type: "button",
            class: `cell-button kind-${cell.kind}${cell.background ? " background" : ""}`,
            ...(cell.background ? { "data-background": "true" } : {}),
            "aria-label": label,
            title: label,
            "data-cell-area": area,
            "data-cell-article": col.id,
            "data-kind": cell.kind,
            "data-commitment": String(cell.commitment),
          },
          kind,
        );
        button.addEventListener("click", () => read(col.id, cell.commitment));
        return el("td", { class: "cell" }, button);
      }),
    ),
  );
  const columnKey = el(
    "ol",
    { class: "column-key" },
    ...data.columns.map((c) => el("li", {}, `${c.published ?? S.undated} — ${c.title}`)),
  );
  return el(
    "div",
    {},
    desc,
    legend(),
    el(
      "div",
      { class: "chart" },
      el("table", { class: "matrix", "data-matrix": "" }, el("thead", {}, head), el("tbody", {}, ...body)),
    ),
    columnKey,
  );
}

function legend(): HTMLElement {
  const kinds = KIND_STRENGTH.filter((k) => COMMITMENT_KINDS.includes(k));
  return el(
    "ul",
    { class: "legend", "aria-label": S.legend },
    ...kinds.map((k) =>
      el("li", {}, el("span", { class: `swatch kind-${k}`, "aria-hidden": "true" }), kindLabel(k)),
    ),
  );
}
