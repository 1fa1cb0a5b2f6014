import { el } from "../ui/dom";
import { S } from "./strings";

// Records that fail the one rule (src/corpus/read-record.ts) are listed apart: the user can keep
// one (export it as it is stored) or delete it; nothing else in the library depends on them.

export interface DamagedRow {
  id: string;
  reason: string;
}

export interface DamagedActions {
  remove(id: string): void;
  exportAsIs(id: string): void;
}

export function renderDamaged(rows: readonly DamagedRow[], actions: DamagedActions): HTMLElement | null {
  if (rows.length === 0) return null;
  const items = rows.map((r) => {
    const remove = el(
      "button",
      { type: "button", class: "danger", "data-action": "delete-damaged" },
      S.deleteDamaged,
    );
    remove.addEventListener("click", () => actions.remove(r.id));
    const keep = el("button", { type: "button", "data-action": "export-damaged" }, S.exportDamaged);
    keep.addEventListener("click", () => actions.exportAsIs(r.id));
    return el(
      "li",
      { "data-damaged-id": r.id },
      el("span", {}, S.damagedRow(r.id, r.reason)),
      " ",
      keep,
      " ",
      remove,
    );
  });
  return el(
    "div",
    { class: "damaged", "data-damaged": String(rows.length) },
    el("p", { class: "desc" }, S.damagedDesc),
    el("ul", {}, ...items),
  );
}
