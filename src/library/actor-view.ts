import { actorTrack, articlesNaming } from "../corpus/actor-track";
import type { CorpusDB } from "../corpus/db";
import { getArticle } from "../corpus/store";
import { actorName } from "../i18n/actor-names";
import { el } from "../ui/dom";
import { M } from "./memory-strings";
import { renderActorPage } from "./render-actor";
import { showReader } from "./render-reader";

export { actorHref } from "../ui/library-links";

/** The actor id the library was opened for, if any. */
export function actorParam(search: string): string | null {
  return new URLSearchParams(search).get("actor");
}

/** Draws one actor's page into `root`, read through the actorIds index (never the whole corpus). */
export async function showActorPage(root: HTMLElement, db: CorpusDB, id: string): Promise<void> {
  const track = actorTrack(id, await articlesNaming(db, id));
  const dialog = el("dialog", { class: "reader", "aria-labelledby": "reader-title", "data-reader": "" });
  const back = () => {
    location.search = "";
  };
  if (!track) {
    const link = el("a", { href: "library.html" }, M.actorBack);
    root.replaceChildren(el("p", { "data-actor-none": id }, M.actorNone), link);
    return;
  }
  document.title = M.actorPageTitle(actorName(track.id, track.name));
  const page = renderActorPage(track, {
    read: (articleId, commitment) =>
      void getArticle(db, articleId).then((a) => showReader(dialog, a, commitment)),
    openActor: (other) => {
      location.search = `?actor=${encodeURIComponent(other)}`;
    },
    back,
  });
  root.replaceChildren(page, dialog);
}
