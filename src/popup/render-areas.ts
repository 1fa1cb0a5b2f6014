import type { AreaId } from "../contract/analysis";
import { t } from "../i18n/t";
import { el, section } from "../ui/dom";
import { areaLabel } from "../ui/labels";

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
