import { kindLabel, sideLabel } from "../i18n/labels";
import { t } from "../i18n/t";
import { actorCategory, commitmentCategory, DEFAULT_COLOURS } from "../settings/categories";
import { KINDS, type Settings, SIDES, toggled } from "../settings/settings";
import { underlineReadable } from "../ui/contrast";
import { el, section } from "../ui/dom";
import type { SettingsStore } from "./store";

/** One row per highlight category: a labelled switch and a labelled colour, with a contrast warning. */
export function highlightsSection(settings: Settings, store: SettingsStore): HTMLElement {
  const rows: Array<{ category: string; colour: HTMLInputElement; warn: HTMLElement }> = [];
  const row = (category: string, name: string) => {
    const id = `cat-${category}`;
    const show = el("input", { type: "checkbox", id: `${id}-show`, "data-category": category });
    show.checked = !settings.hidden.includes(category);
    show.addEventListener("change", () =>
      store.update((s) => ({ ...s, hidden: toggled(s.hidden, category, !show.checked) })),
    );
    const colour = el("input", {
      type: "color",
      id: `${id}-colour`,
      "data-colour": category,
      "aria-describedby": `${id}-warn`,
    });
    colour.value = settings.colours[category] ?? DEFAULT_COLOURS[category] ?? "#64748b";
    const warn = el("span", { id: `${id}-warn`, class: "warning", "aria-live": "polite" });
    const check = () => {
      warn.textContent = underlineReadable(colour.value) ? "" : t("optionsLowContrast");
    };
    check();
    colour.addEventListener("change", () => {
      check();
      store.update((s) => ({ ...s, colours: { ...s.colours, [category]: colour.value } }));
    });
    rows.push({ category, colour, warn });
    return el(
      "li",
      { class: "category-row" },
      el("span", { class: "swatch-name" }, show, el("label", { for: `${id}-show` }, t("optionsShow", name))),
      el(
        "span",
        {},
        el("label", { for: `${id}-colour`, class: "visually-hidden" }, t("optionsColour", name)),
        colour,
      ),
      warn,
    );
  };
  const reset = el("button", { type: "button", "data-action": "reset-colours" }, t("optionsResetColours"));
  reset.addEventListener("click", () => {
    for (const r of rows) {
      r.colour.value = DEFAULT_COLOURS[r.category] ?? r.colour.value;
      r.warn.textContent = "";
    }
    store.update((s) => ({ ...s, colours: {} }));
  });
  const dense = el("input", { type: "checkbox", id: "dense-highlights", "data-dense": "" });
  dense.checked = settings.denseHighlights;
  dense.addEventListener("change", () => store.update((s) => ({ ...s, denseHighlights: dense.checked })));
  return section(
    "highlights",
    t("optionsCategories"),
    el("p", { class: "help" }, t("optionsCategoriesHelp")),
    el("p", { class: "dense-row" }, dense, el("label", { for: "dense-highlights" }, t("optionsDense"))),
    el(
      "fieldset",
      {},
      el("legend", {}, t("sectionActors")),
      el("ul", {}, ...SIDES.map((side) => row(actorCategory(side), t("optionsActorsOf", sideLabel(side))))),
    ),
    el(
      "fieldset",
      {},
      el("legend", {}, t("sectionCommitments")),
      el(
        "ul",
        {},
        ...KINDS.map((kind) => row(commitmentCategory(kind), t("optionsCommitmentOf", kindLabel(kind)))),
      ),
    ),
    reset,
  );
}
