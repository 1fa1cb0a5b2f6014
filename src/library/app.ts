import type { LibraryArticle } from "../contract/corpus";
import { buildExport } from "../corpus/export-format";
import { errorText } from "../support/error-text";
import { ask } from "../ui/background-client";
import { el, section } from "../ui/dom";
import { facetsOf, filterArticles, type LibraryFilter } from "./filter";
import { renderFilters } from "./render-filters";
import { renderList } from "./render-list";
import { renderMatrix } from "./render-matrix";
import { showReader } from "./render-reader";
import { renderTimeline } from "./render-timeline";
import { renderTransfer } from "./render-transfer";
import { S } from "./strings";

/** How long "Undo" stays offered after a delete; the deleted record is held that long. */
const UNDO_MS = 20_000;
const SEARCH_DELAY_MS = 200;

/** The library page: loads the corpus from the background and renders every part of it. */
export async function runLibrary(root: HTMLElement): Promise<void> {
  document.title = S.pageTitle;
  setState("loading");
  root.replaceChildren(el("p", { role: "status" }, S.loading));

  let articles: LibraryArticle[] = [];
  let filter: LibraryFilter = {};
  let textHits = new Set<string>();
  let searchSeq = 0;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  const count = el("p", { "data-library-count": "" });
  const status = el("p", { class: "status-line", role: "status", "data-library-status": "" });
  const filtersSlot = el("div", {});
  const listSlot = el("div", {});
  const timelineSlot = el("div", {});
  const matrixSlot = el("div", {});
  const dialog = el("dialog", { class: "reader", "aria-labelledby": "reader-title", "data-reader": "" });
  const restore = el("button", { type: "button", "data-action": "restore-seeds" }, S.restoreSeeds);

  const read = async (id: string, commitment?: number) => {
    showReader(dialog, await ask({ type: "get", id }), commitment);
  };

  const render = () => {
    const shown = filterArticles(articles, filter, textHits);
    count.textContent = S.shown(shown.length, articles.length);
    count.setAttribute("data-shown", String(shown.length));
    count.setAttribute("data-total", String(articles.length));
    listSlot.replaceChildren(
      renderList(shown, { read: (id) => void read(id), remove: (id) => void remove(id) }),
    );
    timelineSlot.replaceChildren(renderTimeline(shown, (id) => void read(id)));
    matrixSlot.replaceChildren(renderMatrix(shown, (id, c) => void read(id, c)));
  };

  const reload = async () => {
    articles = await ask({ type: "library" });
    const form = renderFilters(facetsOf(articles), onFilter);
    restoreValues(form, filter);
    filtersSlot.replaceChildren(form);
    if (filter.text) await search(filter.text);
    render();
  };

  const search = async (text: string) => {
    const seq = ++searchSeq;
    const { ids } = await ask({ type: "search", query: text });
    if (seq === searchSeq) textHits = new Set(ids);
  };

  function onFilter(next: LibraryFilter) {
    const textChanged = next.text !== filter.text;
    filter = next;
    if (!textChanged) return render();
    clearTimeout(searchTimer);
    textHits = new Set();
    render();
    if (next.text) {
      const text = next.text;
      searchTimer = setTimeout(() => {
        void search(text).then(render, () => undefined);
      }, SEARCH_DELAY_MS);
    }
  }

  const say = (...parts: (Node | string)[]) => status.replaceChildren(...parts);

  async function remove(id: string) {
    const article = await ask({ type: "get", id });
    if (!article) return reload();
    await ask({ type: "delete", id });
    await reload();
    const undo = el("button", { type: "button", "data-action": "undo" }, S.undo);
    undo.addEventListener("click", async () => {
      clearTimeout(undoTimer);
      undo.disabled = true;
      // Undo is an import of the one held record: same id, same analysis, seed or not.
      await ask({ type: "import", text: JSON.stringify(buildExport([article])) });
      await reload();
      say(S.undone(article.title));
    });
    say(`${S.deleted(article.title)} `, undo);
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => {
      if (undo.isConnected) say(S.deleted(article.title));
    }, UNDO_MS);
  }

  restore.addEventListener("click", async () => {
    restore.disabled = true;
    try {
      const { restored } = await ask({ type: "restoreSeeds" });
      await reload();
      say(S.seedsRestored(restored.length));
    } catch (e) {
      say(S.error(errorText(e)));
    } finally {
      restore.disabled = false;
    }
  });

  try {
    await reload();
  } catch (e) {
    root.replaceChildren(el("p", { role: "alert" }, S.loadFailed(errorText(e))));
    setState("error");
    return;
  }
  root.replaceChildren(
    el("header", { class: "page-header" }, el("h1", {}, S.pageTitle), count, restore),
    status,
    filtersSlot,
    section("articles", S.articles, listSlot),
    section("timeline", S.timeline, timelineSlot),
    section("matrix", S.matrix, matrixSlot),
    section(
      "transfer",
      S.transfer,
      renderTransfer({
        exportCorpus: () => ask({ type: "export" }),
        importText: (text) => ask({ type: "import", text }),
        imported: reload,
      }),
    ),
    dialog,
  );
  setState("ready");
}

function restoreValues(form: HTMLElement, filter: LibraryFilter): void {
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-filter]")) {
    const key = control.getAttribute("data-filter") as keyof LibraryFilter;
    const value = filter[key];
    if (control instanceof HTMLInputElement && control.type === "checkbox") control.checked = value === true;
    else if (typeof value === "string") control.value = value;
  }
}

function setState(state: "loading" | "ready" | "error"): void {
  document.body.setAttribute("data-state", state);
}
