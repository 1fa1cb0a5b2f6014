import type { Actor, Commitment } from "../analysis/types";
import { actorName, displayName } from "../i18n/actor-names";
import { t } from "../i18n/t";
import type { PopupActions } from "./actions";
import { el, section } from "./dom";
import { areaLabel, kindLabel } from "./labels";

/** One button per commitment: kind, areas, who commits and the sentence; click shows it on the page. */
export function renderCommitments(
  commitments: readonly Commitment[],
  actors: readonly Actor[],
  actions: PopupActions,
  confirmed: ReadonlySet<number> = new Set(),
): HTMLElement {
  if (commitments.length === 0) {
    return section("commitments", t("sectionCommitments"), el("p", { class: "empty" }, t("commitmentsNone")));
  }
  const names = new Map(actors.map((a) => [a.id, displayName(a)]));
  return section(
    "commitments",
    t("sectionCommitmentsCount", commitments.length),
    el(
      "ol",
      { class: "commitment-list" },
      ...commitments.map((c, i) => {
        const button = el(
          "button",
          {
            type: "button",
            class: `commitment kind-${c.kind}`,
            "data-commitment-index": String(i),
            "data-kind": c.kind,
            "data-areas": c.areas.join(" "),
            title: t("showOnPage"),
          },
          el(
            "span",
            { class: "commitment-head" },
            el("span", { class: "kind" }, kindLabel(c.kind)),
            c.areas.length > 0 ? el("span", { class: "areas" }, c.areas.map(areaLabel).join(", ")) : null,
            confirmed.has(i) ? el("span", { class: "tag" }, t("tagInCorpus")) : null,
          ),
          c.actors.length > 0
            ? el(
                "span",
                { class: "commitment-actors" },
                c.actors.map((id) => names.get(id) ?? actorName(id)).join(", "),
              )
            : null,
          el("span", { class: "sentence" }, c.text),
        );
        button.addEventListener("click", () => actions.reveal({ commitment: i }));
        return el("li", {}, button);
      }),
    ),
  );
}
