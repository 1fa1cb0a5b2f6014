import type { AreaId } from "../analysis/types";
import { t } from "../i18n/t";
import { el, section } from "./dom";
import { areaLabel } from "./labels";

export function renderAreas(areas: readonly AreaId[]): HTMLElement {
  if (areas.length === 0)
    return section("areas", t("sectionAreas"), el("p", { class: "empty" }, t("areasNone")));
  return section(
    "areas",
    t("sectionAreas"),
    el(
      "ul",
      { class: "chips" },
      ...areas.map((area) => el("li", { class: "chip", "data-area": area }, areaLabel(area))),
    ),
  );
}
