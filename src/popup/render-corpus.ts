import { t } from "../i18n/t";
import { errorText } from "../support/error-text";
import { el, section } from "../ui/dom";
import type { PopupActions } from "./actions";

/** The corpus size and the save button, which knows a page that is already stored. */
export function renderCorpus(count: number, savedAs: string | undefined, actions: PopupActions): HTMLElement {
  // The count is both the text and the value of [data-corpus-count], for readers of either.
  const countNode = el("span", { "data-corpus-count": String(count) }, String(count));
  const status = el("p", { class: "status-line", role: "status" });
  // A stored page (or a copy of one) is updated, never added again: the button says so.
  const idle = t(savedAs ? "corpusUpdate" : "corpusSave");
  const button = el("button", { type: "button", "data-action": "save" }, idle);
  if (savedAs) button.setAttribute("data-stored", "true");

  button.addEventListener("click", async () => {
    button.disabled = true;
    button.textContent = t("corpusSaving");
    status.textContent = "";
    try {
      const reply = await actions.save();
      countNode.textContent = String(reply.count);
      countNode.setAttribute("data-corpus-count", String(reply.count));
      markSaved(button, reply.created ? t("corpusSaved") : t(savedAs ? "corpusUpdated" : "corpusAlready"));
    } catch (e) {
      button.disabled = false;
      button.textContent = idle;
      status.textContent = t("corpusSaveFailed", errorText(e));
    }
  });

  return section(
    "corpus",
    t("sectionCorpus"),
    el("div", { class: "corpus-row" }, button, el("p", {}, t("corpusStored"), countNode)),
    status,
  );
}

function markSaved(button: HTMLButtonElement, text: string) {
  button.textContent = text;
  button.disabled = true;
  button.setAttribute("data-saved", "true");
}
