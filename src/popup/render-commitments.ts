import { type Actor, type Commitment, isBackground } from "../contract/analysis";
import { actorName, displayName } from "../i18n/actor-names";
import { t } from "../i18n/t";
import { el, section } from "../ui/dom";
import { areaLabel, kindLabel } from "../ui/labels";
import type { PopupActions } from "./actions";

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
            class: `commitment kind-${c.kind}${isBackground(c) ? " background" : ""}`,
            "data-commitment-index": String(i),
            ...(c.mode ? { "data-mode": c.mode } : {}),
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
            // Recalled agreements are context, not what this event produced.
            isBackground(c) ? el("span", { class: "tag tag-background" }, t("tagBackground")) : null,
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
