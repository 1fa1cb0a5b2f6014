import type { AreaId } from "../analysis/types";
import { el, section } from "./dom";
import { areaLabel } from "./labels";

export function renderAreas(areas: readonly AreaId[]): HTMLElement {
  if (areas.length === 0)
    return section("areas", "Areas", el("p", { class: "empty" }, "No cooperation areas."));
  return section(
    "areas",
    "Areas",
    el(
      "ul",
      { class: "chips" },
      ...areas.map((area) => el("li", { class: "chip", "data-area": area }, areaLabel(area))),
    ),
  );
}
