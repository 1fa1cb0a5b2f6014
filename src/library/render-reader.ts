import type { StoredArticle } from "../contract/corpus";
import { el } from "../ui/dom";
import { languageName } from "../ui/labels";
import { readerMarks, segmentText } from "./reader-segments";
import { S } from "./strings";

/** The stored text, painted with <mark>s we build around our own text nodes. */
export function renderReaderText(article: StoredArticle): HTMLElement {
  const marks = readerMarks(article.analysis);
  const box = el("div", { class: "reader-text", "data-reader-text": "" });
  for (const seg of segmentText(article.text.length, marks)) {
    const text = article.text.slice(seg.start, seg.end);
    if (seg.marks.length === 0) {
      box.append(document.createTextNode(text));
      continue;
    }
    const covering = seg.marks.map((i) => marks[i]!);
    const commitment = covering.find((m) => m.commitment !== undefined)?.commitment;
    const actor = covering.find((m) => m.actor !== undefined)?.actor;
    box.append(
      el(
        "mark",
        {
          class: covering.map((m) => m.category).join(" "),
          "data-commitment-index": commitment === undefined ? undefined : String(commitment),
          "data-actor-id": actor,
        },
        text,
      ),
    );
  }
  return box;
}

/** Fills and opens the reader dialog; with `commitment`, scrolls to that sentence and marks it current. */
export function showReader(
  dialog: HTMLDialogElement,
  article: StoredArticle | null,
  commitment?: number,
): void {
  const close = el("button", { type: "button", "data-action": "close-reader", class: "close" }, S.close);
  close.addEventListener("click", () => dialog.close());
  if (!article) {
    dialog.replaceChildren(el("p", {}, S.readerMissing), close);
  } else {
    const meta = [
      article.publisher ?? article.outlet,
      languageName(article.language),
      article.published ?? S.undated,
    ];
    dialog.setAttribute("data-article-id", article.id);
    dialog.replaceChildren(
      el(
        "header",
        {},
        el("h2", { id: "reader-title" }, article.title),
        el("p", { class: "muted" }, meta.join(" · ")),
        /^https?:/i.test(article.url)
          ? el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, S.openOriginal)
          : null,
        close,
        versionPicker(article, (shown) => {
          dialog.querySelector("#reader-title")?.replaceChildren(shown.title);
          dialog.querySelector("[data-reader-text]")?.replaceWith(renderReaderText(shown));
        }),
      ),
      renderReaderText(article),
    );
  }
  if (!dialog.open) dialog.showModal();
  const target =
    commitment === undefined
      ? null
      : dialog.querySelector<HTMLElement>(`mark[data-commitment-index="${commitment}"]`);
  if (target) {
    for (const m of dialog.querySelectorAll(`mark[data-commitment-index="${commitment}"]`)) {
      m.setAttribute("data-current", "true");
    }
    target.tabIndex = -1;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  } else {
    close.focus();
  }
}

/**
 * Earlier copies of the article (kept when its page changed): a picker that shows one of them in
 * place of the newest. None for an article with one copy.
 */
function versionPicker(article: StoredArticle, show: (shown: StoredArticle) => void): HTMLElement | null {
  const versions = article.versions ?? [];
  if (versions.length === 0) return null;
  const select = el(
    "select",
    { "data-version-picker": "", "data-version-count": String(versions.length + 1) },
    el(
      "option",
      { value: "newest", "data-saved-at": article.savedAt },
      S.versionNewest(article.savedAt.slice(0, 10)),
    ),
    // Newest first, as the list reads down in time.
    ...versions
      .map((v, i) => ({ v, i }))
      .reverse()
      .map(({ v, i }) =>
        el(
          "option",
          { value: String(i), "data-saved-at": v.savedAt },
          S.versionSaved(v.savedAt.slice(0, 10)),
        ),
      ),
  );
  select.addEventListener("change", () => {
    const v = select.value === "newest" ? undefined : versions[Number(select.value)];
    show(
      v ? { ...article, title: v.title, text: v.text, analysis: v.analysis, savedAt: v.savedAt } : article,
    );
  });
  return el("label", { class: "versions" }, S.versions, " ", select);
}
