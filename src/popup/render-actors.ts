import { browser } from "wxt/browser";
import type { Actor } from "../contract/analysis";
import { displayName, roleName } from "../i18n/actor-names";
import { t } from "../i18n/t";
import { el, section } from "../ui/dom";
import { SIDES, sideLabel } from "../ui/labels";
import { actorHref } from "../ui/library-links";
import type { PopupActions } from "./actions";

/**
 * Actors grouped by side, most mentioned first; each one a button that shows it on the page.
 * The count is both the text and the value of [data-mentions], for readers of either.
 */
export function renderActors(actors: readonly Actor[], actions: PopupActions): HTMLElement {
  const groups = SIDES.map((side) => ({
    side,
    actors: actors.filter((a) => a.side === side).sort((a, b) => b.mentions.length - a.mentions.length),
  })).filter((g) => g.actors.length > 0);

  if (groups.length === 0)
    return section("actors", t("sectionActors"), el("p", { class: "empty" }, t("actorsNone")));
  return section(
    "actors",
    t("sectionActors"),
    ...groups.map(({ side, actors }) =>
      el(
        "div",
        { class: "side-group", "data-side-group": side },
        el("h3", {}, sideLabel(side)),
        el(
          "ul",
          { class: "actor-list" },
          ...actors.map((actor) => el("li", {}, actorButton(actor, actions), actorPageLink(actor))),
        ),
      ),
    ),
  );
}

function actorButton(actor: Actor, actions: PopupActions): HTMLButtonElement {
  const count = actor.mentions.length;
  const button = el(
    "button",
    {
      type: "button",
      class: `actor side-${actor.side}`,
      "data-actor-id": actor.id,
      "data-side": actor.side,
      title: t("showOnPage"),
    },
    el("span", { class: "actor-name" }, displayName(actor)),
    actor.roles.length > 0 ? el("span", { class: "actor-role" }, actor.roles.map(roleName).join(", ")) : null,
    el(
      "span",
      { class: "mentions", "data-mentions": String(count), "aria-label": t("mentionsCount", count) },
      String(count),
    ),
  );
  button.addEventListener("click", () => actions.reveal({ actor: actor.id }));
  return button;
}

/** The actor's page in the library: every stored article naming them, on a timeline. */
function actorPageLink(actor: Actor): HTMLAnchorElement {
  const url = browser.runtime.getURL(`/${actorHref(actor.id)}`);
  const link = el(
    "a",
    { href: url, class: "actor-page", "data-actor-page": actor.id, target: "_blank" },
    t("actorPageLink"),
  );
  // From the popup a plain link would open inside it: a tab is what the reader wants.
  link.addEventListener("click", (event) => {
    event.preventDefault();
    void browser.tabs.create({ url });
  });
  return link;
}
