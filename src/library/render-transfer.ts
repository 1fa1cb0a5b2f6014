import { commitmentsCsv } from "../corpus/commitments-csv";
import { type CorpusExport, checkExport, MAX_IMPORT_BYTES, tooLargeMessage } from "../corpus/export-format";
import type { ImportResult } from "../corpus/import";
import { toAnnotationCollection } from "../corpus/web-annotation";
import { errorText } from "../support/error-text";
import { el } from "../ui/dom";
import { download, exportName } from "./download";
import { readFileText } from "./read-file";
import { S } from "./strings";

export interface TransferActions {
  exportCorpus(): Promise<CorpusExport>;
  importText(text: string): Promise<ImportResult>;
  /** Called after a successful import, to reload what the page shows. */
  imported(): Promise<void>;
}

type Status = "progress" | "done" | "refused" | "error";

/** Export buttons, the import picker, a progress bar and one status line. */
export function renderTransfer(actions: TransferActions): HTMLElement {
  const status = el("p", { class: "status-line", role: "status", "data-transfer-status": "" });
  const progress = el("progress", { max: "1", value: "0", "aria-label": S.progress, hidden: "" });
  const say = (state: Status, ...parts: (Node | string)[]) => {
    status.setAttribute("data-status", state);
    status.replaceChildren(...parts);
  };

  const exporter = (kind: string, label: string, make: (e: CorpusExport) => [string, string, string]) => {
    const button = el("button", { type: "button", "data-action": `export-${kind}` }, label);
    button.addEventListener("click", async () => {
      button.disabled = true;
      try {
        const [content, name, type] = make(await actions.exportCorpus());
        const link = download(content, name, type);
        link.textContent = S.downloadAgain;
        link.setAttribute("data-export", kind);
        say("done", `${S.exportReady(name)} `, link);
      } catch (e) {
        say("error", S.error(errorText(e)));
      } finally {
        button.disabled = false;
      }
    });
    return button;
  };

  const input = el("input", {
    type: "file",
    id: "import-file",
    accept: ".json,application/json",
    "data-action": "import",
  });
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    input.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    try {
      if (file.size > MAX_IMPORT_BYTES) {
        say("refused", S.importRefused(`${tooLargeMessage(file.size)} Nothing was imported.`));
        return;
      }
      say("progress", S.importReading);
      const text = await readFileText(file, (f) => {
        progress.value = f * 0.6;
      });
      // Checked here first for a quick answer; the background checks again before it writes.
      const checked = checkExport(text);
      if (!checked.ok) {
        say("refused", S.importRefused(checked.error));
        return;
      }
      progress.value = 0.7;
      say("progress", S.importWriting(checked.value.articles.length));
      const result = await actions.importText(text);
      progress.value = 1;
      await actions.imported();
      say("done", S.importDone(result));
    } catch (e) {
      say("refused", S.importRefused(errorText(e)));
    } finally {
      input.disabled = false;
      progress.hidden = true;
    }
  });

  return el(
    "div",
    { class: "transfer" },
    el(
      "div",
      { class: "buttons" },
      exporter("json", S.exportJson, (e) => [
        JSON.stringify(e, null, 1),
        exportName("corpus", "json"),
        "application/json",
      ]),
      exporter("annotations", S.exportAnnotations, (e) => [
        JSON.stringify(toAnnotationCollection(e.articles), null, 1),
        exportName("annotations", "jsonld"),
        "application/ld+json",
      ]),
      // The byte-order mark makes spreadsheet programs read the Vietnamese as UTF-8.
      exporter("csv", S.exportCsv, (e) => [
        `\uFEFF${commitmentsCsv(e.articles)}`,
        exportName("commitments", "csv"),
        "text/csv;charset=utf-8",
      ]),
    ),
    el("div", { class: "field" }, el("label", { for: "import-file" }, S.importJson), input),
    progress,
    status,
  );
}
