import type { ActorTrack } from "../corpus/actor-track";
import { actorName, roleName } from "../i18n/actor-names";
import { el, section } from "../ui/dom";
import { areaLabel, kindLabel, languageName, sideLabel } from "../ui/labels";
import { M } from "./memory-strings";

export interface ActorPageActions {
  read(articleId: string, commitment?: number): void;
  openActor(id: string): void;
  back(): void;
}

/** One actor's page: roles over time, the articles that name them in date order, company, commitments. */
export function renderActorPage(track: ActorTrack, actions: ActorPageActions): HTMLElement {
  const dated = track.appearances.filter((a) => a.published);
  const back = el("button", { type: "button", "data-action": "back" }, M.actorBack);
  back.addEventListener("click", () => actions.back());
  const header = el(
    "header",
    {},
    back,
    el("h1", { id: "actor-name" }, actorName(track.id, track.name)),
    el("p", { "data-actor-side": track.side }, sideLabel(track.side)),
    el(
      "p",
      { "data-actor-summary": "" },
      M.actorSummary(track.appearances.length, dated[0]?.published, dated[dated.length - 1]?.published),
    ),
  );
  return el(
    "article",
    { class: "actor-page", "data-actor-page": track.id, "aria-labelledby": "actor-name" },
    header,
    section("actor-roles", M.actorRoles, roles(track)),
    section("actor-articles", M.actorArticles, appearances(track, actions)),
    section("actor-with", M.actorWith, company(track, actions)),
  );
}

function roles(track: ActorTrack): HTMLElement {
  return el(
    "ol",
    { class: "roles" },
    ...track.roles.map((r) =>
      el(
        "li",
        { "data-role": r.role },
        el("strong", {}, roleName(r.role)),
        " ",
        M.actorRoleSpan(r.from, r.to),
      ),
    ),
  );
}

function appearances(track: ActorTrack, actions: ActorPageActions): HTMLElement {
  return el(
    "ol",
    { class: "appearances" },
    ...track.appearances.map((a) => {
      const open = el("button", { type: "button", class: "link", "data-action": "read" }, a.title);
      open.addEventListener("click", () => actions.read(a.articleId));
      const commitments = a.commitments.map((c) => {
        const cite = el(
          "button",
          { type: "button", class: "link", "data-commitment-index": String(c.index), "data-mode": c.mode },
          `${kindLabel(c.kind)}${c.areas.length ? ` · ${c.areas.map(areaLabel).join(", ")}` : ""}: `,
          // The article's own sentence, apart from the UI's words before it.
          el("span", { class: "sentence" }, c.text),
        );
        cite.addEventListener("click", () => actions.read(a.articleId, c.index));
        return el("li", {}, cite);
      });
      return el(
        "li",
        { "data-appearance": a.articleId, "data-published": a.published ?? "" },
        el("time", a.published ? { datetime: a.published } : {}, a.published ?? M.undated),
        " ",
        open,
        ` — ${a.outlet}, ${languageName(a.language)}`,
        a.roles.length ? el("p", { class: "muted" }, a.roles.map(roleName).join(", ")) : null,
        commitments.length ? el("ul", { "aria-label": M.actorCommitments }, ...commitments) : null,
      );
    }),
  );
}

function company(track: ActorTrack, actions: ActorPageActions): HTMLElement {
  return el(
    "ul",
    { class: "company" },
    ...track.appearedWith.map((o) => {
      const open = el(
        "button",
        { type: "button", class: "link", "data-actor-link": o.id, "data-side": o.side },
        M.actorWithCount(actorName(o.id, o.name), o.articles),
      );
      open.addEventListener("click", () => actions.openActor(o.id));
      return el("li", {}, open);
    }),
  );
}
