import type { AreaId, CommitmentKind } from "../contract/analysis";
import { actorName } from "../i18n/actor-names";
import { el } from "../ui/dom";
import { areaLabel, kindLabel, languageName } from "../ui/labels";
import type { Facets, LibraryFilter } from "./filter";
import { S } from "./strings";

type Field = keyof LibraryFilter;

/** The filter form; calls `onChange` with the whole filter whenever a control changes. */
export function renderFilters(facets: Facets, onChange: (f: LibraryFilter) => void): HTMLElement {
  const text = el("input", {
    type: "search",
    id: "filter-text",
    "data-filter": "text",
    placeholder: S.filterTextHint,
    autocomplete: "off",
  });
  const actor = select(
    "actor",
    facets.actors.map((a) => [a.id, `${actorName(a.id, a.name)} (${a.count})`]),
  );
  const area = select(
    "area",
    facets.areas.map((a) => [a, areaLabel(a)]),
  );
  const kind = select(
    "kind",
    facets.kinds.map((k) => [k, kindLabel(k)]),
  );
  const language = select(
    "language",
    facets.languages.map((l) => [l, languageName(l)]),
  );
  const from = el("input", { type: "date", id: "filter-from", "data-filter": "from" });
  const to = el("input", { type: "date", id: "filter-to", "data-filter": "to" });
  const relevant = el("input", { type: "checkbox", id: "filter-relevant", "data-filter": "relevant" });
  const reset = el("button", { type: "reset", "data-action": "reset-filters" }, S.resetFilters);

  const read = (): LibraryFilter => {
    const f: LibraryFilter = {};
    const set = (field: Exclude<Field, "relevant">, value: string) => {
      if (value) (f as Record<typeof field, string>)[field] = value;
    };
    set("text", text.value.trim());
    set("actor", actor.value);
    set("area", area.value as AreaId | "");
    set("kind", kind.value as CommitmentKind | "");
    set("language", language.value);
    set("from", from.value);
    set("to", to.value);
    if (relevant.checked) f.relevant = true;
    return f;
  };

  const form = el(
    "form",
    { class: "filters", role: "search", "aria-label": S.filters },
    field("filter-text", S.filterText, text),
    field("filter-actor", S.filterActor, actor),
    field("filter-area", S.filterArea, area),
    field("filter-kind", S.filterKind, kind),
    field("filter-language", S.filterLanguage, language),
    field("filter-from", S.filterFrom, from),
    field("filter-to", S.filterTo, to),
    el("div", { class: "field check" }, relevant, el("label", { for: "filter-relevant" }, S.filterRelevant)),
    reset,
  );
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("input", () => onChange(read()));
  // The reset event fires before the controls are cleared.
  form.addEventListener("reset", () => setTimeout(() => onChange(read())));
  return form;
}

function select(name: Field, options: [string, string][]): HTMLSelectElement {
  return el(
    "select",
    { id: `filter-${name}`, "data-filter": name },
    el("option", { value: "" }, S.any),
    ...options.map(([value, label]) => el("option", { value }, label)),
  );
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el("div", { class: "field" }, el("label", { for: id }, label), control);
}
