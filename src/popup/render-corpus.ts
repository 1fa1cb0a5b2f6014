import type { PopupActions } from "./actions";
import { el, section } from "./dom";

/** The corpus size and the save button, which knows a page that is already stored. */
export function renderCorpus(count: number, savedAs: string | undefined, actions: PopupActions): HTMLElement {
  // The count is both the text and the value of [data-corpus-count], for readers of either.
  const countNode = el("span", { "data-corpus-count": String(count) }, String(count));
  const status = el("p", { class: "status-line", role: "status" });
  const button = el("button", { type: "button", "data-action": "save" }, "Save to corpus");
  if (savedAs) markSaved(button, "Already in the corpus");

  button.addEventListener("click", async () => {
    button.disabled = true;
    button.textContent = "Saving…";
    status.textContent = "";
    try {
      const reply = await actions.save();
      countNode.textContent = String(reply.count);
      countNode.setAttribute("data-corpus-count", String(reply.count));
      markSaved(button, reply.created ? "Saved" : "Already in the corpus");
    } catch (e) {
      button.disabled = false;
      button.textContent = "Save to corpus";
      status.textContent = `Could not save: ${e instanceof Error ? e.message : String(e)}`;
    }
  });

  return section("corpus", "Corpus", el("p", {}, "Stored articles: ", countNode), button, status);
}

function markSaved(button: HTMLButtonElement, text: string) {
  button.textContent = text;
  button.disabled = true;
  button.setAttribute("data-saved", "true");
}
