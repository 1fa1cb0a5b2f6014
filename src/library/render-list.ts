import type { LibraryArticle } from "../contract/corpus";
import { el } from "../ui/dom";
import { languageName } from "../ui/labels";
import { S } from "./strings";

export interface ListActions {
  read(id: string, commitment?: number): void;
  remove(id: string): void;
}

/** The articles as a table: one row per article, its actions in the last cell. */
export function renderList(articles: readonly LibraryArticle[], actions: ListActions): HTMLElement {
  if (articles.length === 0) return el("p", { class: "empty", "data-empty": "" }, S.noMatches);
  const head = el(
    "tr",
    {},
    ...[
      S.colTitle,
      S.colOutlet,
      S.colLanguage,
      S.colDate,
      S.colScore,
      S.colActors,
      S.colCommitments,
      S.colActions,
    ].map((h) => el("th", { scope: "col" }, h)),
  );
  return el(
    "table",
    { class: "articles", "data-articles": "" },
    el("caption", { class: "visually-hidden" }, S.articles),
    el("thead", {}, head),
    el("tbody", {}, ...articles.map((a) => row(a, actions))),
  );
}

function row(a: LibraryArticle, actions: ListActions): HTMLElement {
  const read = el(
    "button",
    { type: "button", "data-action": "read", "aria-label": S.readLabel(a.title) },
    S.read,
  );
  read.addEventListener("click", () => actions.read(a.id));
  const remove = el(
    "button",
    { type: "button", "data-action": "delete", class: "danger", "aria-label": S.removeLabel(a.title) },
    S.remove,
  );
  remove.addEventListener("click", () => actions.remove(a.id));
  // A urn: (a seed without a known address) is no link: nothing to open.
  const original = /^https?:/i.test(a.url)
    ? el(
        "a",
        {
          href: a.url,
          target: "_blank",
          rel: "noopener noreferrer",
          "data-action": "open-original",
          "aria-label": S.openOriginalLabel(a.title),
        },
        S.openOriginal,
      )
    : el("span", { class: "muted", title: S.noOriginal }, "—");
  const score = el(
    "span",
    { class: a.relevant ? "score relevant" : "score", title: a.relevant ? S.relevant : S.notRelevant },
    a.score.toFixed(2),
  );
  return el(
    "tr",
    {
      "data-article-id": a.id,
      "data-relevant": String(a.relevant),
      ...(a.seed ? { "data-seed": "true" } : {}),
    },
    el(
      "th",
      { scope: "row", class: "title" },
      el("span", { "data-title": "" }, a.title),
      a.seed ? el("span", { class: "badge seed", title: S.seedHint }, S.seed) : null,
      a.publisher ? el("span", { class: "publisher" }, a.publisher) : null,
    ),
    el("td", {}, a.outlet),
    el("td", {}, languageName(a.language)),
    el(
      "td",
      {},
      a.published
        ? el("time", { datetime: a.published }, a.published)
        : el("span", { class: "muted" }, S.undated),
    ),
    el("td", { class: "num" }, score),
    el("td", { class: "num", "data-actor-count": String(a.actorCount) }, String(a.actorCount)),
    el("td", { class: "num", "data-commitment-count": String(a.commitmentCount) }, String(a.commitmentCount)),
    el("td", { class: "actions" }, read, original, remove),
  );
}
