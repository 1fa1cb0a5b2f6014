import type { LibraryArticle } from "../contract/corpus";
import type { CorpusDB } from "../corpus/db";
import { exportChunks } from "../corpus/export-stream";
import { newestFirst, searchText, toLibraryArticle } from "../corpus/library-queries";
import { readSlices } from "../corpus/read-batches";
import { readRecord } from "../corpus/read-record";
import { getArticle, getRecord } from "../corpus/store";
import { groupStories, storyKey } from "../corpus/stories";
import { byPublishedDesc } from "../corpus/summary";
import { errorText } from "../support/error-text";
import { ask } from "../ui/background-client";
import { el, section } from "../ui/dom";
import { articleParam } from "../ui/library-links";
import { actorParam, showActorPage } from "./actor-view";
import { openLibraryCorpus } from "./corpus-access";
import { download, exportName } from "./download";
import { facetsOf, filterArticles, type LibraryFilter } from "./filter";
import { M } from "./memory-strings";
import { type DamagedRow, renderDamaged } from "./render-damaged";
import { renderFilters } from "./render-filters";
import { renderList } from "./render-list";
import { renderMatrix } from "./render-matrix";
import { showReader } from "./render-reader";
import { renderStories } from "./render-stories";
import { renderTimeline } from "./render-timeline";
import { renderTransfer } from "./render-transfer";
import { S } from "./strings";

/** How long "Undo" stays offered after a delete; the deleted record is held that long. */
const UNDO_MS = 20_000;
const SEARCH_DELAY_MS = 200;
/** Rows drawn at once; "Show more" adds as many. The first screen is this many rows. */
const PAGE_ROWS = 200;
/** The timeline and the matrix are drawn for at most this many articles (SVG and table cells). */
const CHART_MAX = 1_000;

/**
 * The library page. It reads the corpus straight from IndexedDB (corpus-access.ts): first the
 * newest articles through the published index (the first screen, whatever the corpus' size),
 * then everything but the texts a slice at a time for the filters and charts. Changes go through
 * the background. Every failure is said on the page (an alert), never only in the console.
 */
export async function runLibrary(root: HTMLElement): Promise<void> {
  document.title = S.pageTitle;
  setState("loading");
  const started = performance.now();
  const alert = el("p", { class: "alert", role: "alert", "data-library-error": "", hidden: "" });
  const loading = el("p", { role: "status" }, S.loading);
  root.replaceChildren(alert, loading);
  const fail = (e: unknown) => {
    alert.hidden = false;
    alert.textContent = S.error(errorText(e));
  };
  const warn = (text: string) => {
    alert.hidden = false;
    alert.textContent = text;
  };

  let db: CorpusDB;
  let total = 0;
  // The background seeds a fresh profile and brings analyses up to date before it answers; the
  // first screen is read meanwhile (seeds a fresh profile lacked come with the full load).
  const counting = ask({ type: "count" });
  counting.catch(() => undefined);
  try {
    db = await openLibraryCorpus({
      onBlocked: () => warn(S.storageBlocked),
      onClosed: () => warn(S.storageClosed),
    });
    alert.hidden = true;
  } catch (e) {
    root.replaceChildren(el("p", { role: "alert", "data-library-error": "" }, S.loadFailed(errorText(e))));
    setState("error");
    return;
  }

  const actor = actorParam(location.search);
  if (actor) {
    try {
      await showActorPage(root, db, actor);
      setState("ready");
    } catch (e) {
      root.replaceChildren(el("p", { role: "alert", "data-library-error": "" }, S.loadFailed(errorText(e))));
      setState("error");
    }
    return;
  }

  let articles: LibraryArticle[] = [];
  let damaged: DamagedRow[] = [];
  let filter: LibraryFilter = {};
  let textHits = new Set<string>();
  let searchSeq = 0;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  let rowsShown = PAGE_ROWS;

  const count = el("p", { "data-library-count": "" });
  const status = el("p", { class: "status-line", role: "status", "data-library-status": "" });
  const filtersSlot = el("div", {});
  const listSlot = el("div", {});
  const timelineSlot = el("div", {});
  const matrixSlot = el("div", {});
  const storiesSlot = el("div", {});
  const damagedSlot = el("div", {});
  const dialog = el("dialog", { class: "reader", "aria-labelledby": "reader-title", "data-reader": "" });
  const restore = el("button", { type: "button", "data-action": "restore-seeds" }, S.restoreSeeds);
  const say = (...parts: (Node | string)[]) => status.replaceChildren(...parts);

  const read = async (id: string, commitment?: number) => {
    try {
      showReader(dialog, await getArticle(db, id), commitment);
    } catch (e) {
      fail(e);
    }
  };
  const listActions = { read: (id: string) => void read(id), remove: (id: string) => void remove(id) };

  const renderRows = (shown: readonly LibraryArticle[]) => {
    const page = shown.slice(0, rowsShown);
    const parts: Node[] = [renderList(page, listActions)];
    if (shown.length > page.length) {
      const more = el(
        "button",
        { type: "button", "data-action": "more-rows" },
        S.moreRows(Math.min(PAGE_ROWS, shown.length - page.length)),
      );
      more.addEventListener("click", () => {
        rowsShown += PAGE_ROWS;
        render();
      });
      parts.push(el("p", { class: "more" }, S.rowsShown(page.length, shown.length), " ", more));
    }
    listSlot.replaceChildren(...parts);
  };

  const render = () => {
    const shown = filterArticles(articles, filter, textHits);
    count.textContent = S.shown(shown.length, articles.length);
    count.setAttribute("data-shown", String(shown.length));
    count.setAttribute("data-total", String(articles.length));
    renderRows(shown);
    if (shown.length > CHART_MAX) {
      const note = () =>
        el("p", { class: "muted", "data-chart-too-many": "" }, S.chartTooMany(CHART_MAX, shown.length));
      timelineSlot.replaceChildren(note());
      matrixSlot.replaceChildren(note());
      storiesSlot.replaceChildren(note());
    } else {
      timelineSlot.replaceChildren(renderTimeline(shown, (id) => void read(id)));
      matrixSlot.replaceChildren(renderMatrix(shown, (id, c) => void read(id, c)));
      const titles = new Map(shown.map((a) => [a.id, a.title]));
      storiesSlot.replaceChildren(
        renderStories(groupStories(shown.map(storyKey)), titles, (id) => void read(id)),
      );
    }
    damagedSlot.replaceChildren(
      ...[
        renderDamaged(damaged, {
          remove: (id) => void removeDamaged(id),
          exportAsIs: (id) => void exportDamaged(id),
        }),
      ].filter((n): n is HTMLElement => n !== null),
    );
    damagedSlot.hidden = damaged.length === 0;
  };

  /** Everything but the texts, a slice at a time (one slice of full records in memory). */
  const reload = async () => {
    const next: LibraryArticle[] = [];
    const bad: DamagedRow[] = [];
    const expected = Math.max(total, 1);
    for await (const slice of readSlices(db)) {
      for (const a of slice.articles) next.push(toLibraryArticle(a));
      for (const d of slice.damaged) bad.push({ id: d.id, reason: d.reason });
      if (document.body.getAttribute("data-state") === "loading") {
        count.textContent = S.loadingSome(Math.min(slice.read, expected), expected);
      }
    }
    articles = next.sort(byPublishedDesc);
    damaged = bad;
    total = articles.length + damaged.length;
    const form = renderFilters(facetsOf(articles), onFilter);
    restoreValues(form, filter);
    filtersSlot.replaceChildren(form);
    if (filter.text) await search(filter.text);
    render();
  };

  const search = async (text: string) => {
    const seq = ++searchSeq;
    const ids = await searchText(db, text);
    if (seq === searchSeq) textHits = new Set(ids);
  };

  function onFilter(next: LibraryFilter) {
    const textChanged = next.text !== filter.text;
    filter = next;
    rowsShown = PAGE_ROWS;
    if (!textChanged) return render();
    clearTimeout(searchTimer);
    textHits = new Set();
    render();
    if (next.text) {
      const text = next.text;
      searchTimer = setTimeout(() => {
        void search(text).then(render, fail);
      }, SEARCH_DELAY_MS);
    }
  }

  async function remove(id: string) {
    try {
      // The record exactly as stored: the undo puts back this, not a re-import of it.
      const record = await getRecord(db, id);
      if (!record) return await reload();
      await ask({ type: "delete", id });
      articles = articles.filter((a) => a.id !== id);
      total--;
      render();
      const undo = el("button", { type: "button", "data-action": "undo" }, S.undo);
      undo.addEventListener("click", async () => {
        clearTimeout(undoTimer);
        undo.disabled = true;
        try {
          await ask({ type: "restore", record });
          const back = readRecord(record, record.id);
          if (back.ok)
            articles = [...articles.filter((a) => a.id !== id), toLibraryArticle(back.article)].sort(
              byPublishedDesc,
            );
          total++;
          render();
          say(S.undone(record.title));
        } catch (e) {
          undo.disabled = false;
          fail(e);
        }
      });
      say(`${S.deleted(record.title)} `, undo);
      clearTimeout(undoTimer);
      undoTimer = setTimeout(() => {
        if (undo.isConnected) say(S.deleted(record.title));
      }, UNDO_MS);
    } catch (e) {
      fail(e);
    }
  }

  async function removeDamaged(id: string) {
    try {
      await ask({ type: "delete", id });
      damaged = damaged.filter((d) => d.id !== id);
      total--;
      render();
      say(S.damagedDeleted(id));
    } catch (e) {
      fail(e);
    }
  }

  async function exportDamaged(id: string) {
    try {
      const raw = await db.get("articles", id);
      const link = download(
        JSON.stringify(raw ?? null, null, 1),
        exportName(`damaged-${safeName(id)}`, "json"),
        "application/json",
      );
      link.setAttribute("data-export", "damaged");
    } catch (e) {
      fail(e);
    }
  }

  restore.addEventListener("click", async () => {
    restore.disabled = true;
    try {
      const { restored } = await ask({ type: "restoreSeeds" });
      await reload();
      say(S.seedsRestored(restored.length));
    } catch (e) {
      fail(e);
    } finally {
      restore.disabled = false;
    }
  });

  const transfer = renderTransfer({
    exportChunks: (kind, signal) => exportChunks(db, kind, { signal }),
    total: () => total,
    importSlice: (slice, analyserVersion) => ask({ type: "importBatch", articles: slice, analyserVersion }),
    imported: async () => {
      total = (await ask({ type: "count" })).count;
      await reload();
    },
  });

  root.replaceChildren(
    el("header", { class: "page-header" }, el("h1", {}, S.pageTitle), count, restore),
    alert,
    status,
    filtersSlot,
    section("articles", S.articles, listSlot),
    section("damaged", S.damaged, damagedSlot),
    section("timeline", S.timeline, timelineSlot),
    section("matrix", S.matrix, matrixSlot),
    section("stories", M.stories, storiesSlot),
    section("transfer", S.transfer, transfer),
    dialog,
  );
  const damagedSection = damagedSlot.parentElement;

  try {
    // The first screen: the newest articles, whatever the size of the corpus.
    const first = await newestFirst(db, PAGE_ROWS);
    renderRows(first);
    document.body.setAttribute("data-first-screen", String(Math.round(performance.now() - started)));
    total = (await counting).count;
    count.textContent = S.loadingSome(0, total);
    await reload();
  } catch (e) {
    fail(e);
    alert.textContent = S.loadFailed(errorText(e));
    setState("error");
    return;
  }
  if (damagedSection) damagedSection.hidden = damaged.length === 0;
  // Opened for one stored article (the popup's "read the stored copy"): its reader, over the list.
  const asked = articleParam(location.search);
  if (asked) await read(asked);
  setState("ready");
}

function safeName(id: string): string {
  return id.replace(/[^\w.-]+/g, "_").slice(0, 60);
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
