import type { StoredArticle } from "../contract/corpus";
import type { ExportChunk, ExportKind } from "../corpus/export-stream";
import type { ImportResult } from "../corpus/import";
import {
  checkImportStream,
  IMPORT_SLICE,
  type ImportSource,
  importSlices,
  MAX_STREAM_IMPORT_BYTES,
  tooLargeStreamMessage,
} from "../corpus/import-stream";
import { errorText } from "../support/error-text";
import { el } from "../ui/dom";
import { downloadBlob, exportName } from "./download";
import { M } from "./memory-strings";
import { S } from "./strings";

// Exports and imports of any size, as streams with progress and a Cancel button: an export is
// assembled from one Blob part per slice of the corpus (src/corpus/export-stream.ts); an import
// is read twice from the file, checked whole first, then written a slice per message
// (src/corpus/import-stream.ts). Neither a message nor a string ever holds the corpus.

export interface TransferActions {
  /** The export's text, a slice of the corpus at a time. */
  exportChunks(kind: ExportKind, signal: AbortSignal): AsyncIterable<ExportChunk>;
  /** Stored records now (for progress). */
  total(): number;
  /** Writes one checked slice of an import (one message, one transaction in the background). */
  importSlice(articles: StoredArticle[], analyserVersion: number): Promise<ImportResult>;
  /** Called after an import wrote anything, to reload what the page shows. */
  imported(): Promise<void>;
}

type Status = "progress" | "done" | "refused" | "error" | "cancelled";

const FORMATS: Record<ExportKind, { action: string; ext: string; type: string; name: string }> = {
  corpus: { action: "json", ext: "jsonl", type: "application/jsonl", name: "corpus" },
  annotations: { action: "annotations", ext: "jsonld", type: "application/ld+json", name: "annotations" },
  csv: { action: "csv", ext: "csv", type: "text/csv;charset=utf-8", name: "commitments" },
  events: { action: "events", ext: "jsonl", type: "application/jsonl", name: "events" },
};

/** Export buttons, the import picker, a progress bar with Cancel, and one status line. */
export function renderTransfer(actions: TransferActions): HTMLElement {
  const status = el("p", { class: "status-line", role: "status", "data-transfer-status": "" });
  const progress = el("progress", { max: "1", value: "0", "aria-label": S.progress, hidden: "" });
  const cancel = el("button", { type: "button", "data-action": "cancel-transfer", hidden: "" }, S.cancel);
  let running: AbortController | null = null;
  cancel.addEventListener("click", () => running?.abort());
  const say = (state: Status, ...parts: (Node | string)[]) => {
    status.setAttribute("data-status", state);
    status.replaceChildren(...parts);
  };
  const begin = (): AbortController => {
    running = new AbortController();
    progress.hidden = false;
    progress.value = 0;
    cancel.hidden = false;
    for (const b of buttons) b.disabled = true;
    input.disabled = true;
    return running;
  };
  const end = () => {
    running = null;
    progress.hidden = true;
    cancel.hidden = true;
    for (const b of buttons) b.disabled = false;
    input.disabled = false;
  };

  const exporter = (kind: ExportKind, label: string) => {
    const f = FORMATS[kind];
    const button = el("button", { type: "button", "data-action": `export-${f.action}` }, label);
    button.addEventListener("click", async () => {
      const { signal } = begin();
      const total = Math.max(1, actions.total());
      try {
        const parts: Blob[] = [];
        for await (const chunk of actions.exportChunks(kind, signal)) {
          // Each part goes to the browser's blob store at once: the page keeps no copy.
          parts.push(new Blob([chunk.text]));
          if (chunk.read > 0) {
            progress.value = Math.min(1, chunk.read / total);
            say("progress", S.exporting(Math.min(chunk.read, total), total));
          }
        }
        const name = exportName(f.name, f.ext);
        const link = downloadBlob(new Blob(parts, { type: f.type }), name);
        link.textContent = S.downloadAgain;
        link.setAttribute("data-export", f.action);
        say("done", `${S.exportReady(name)} `, link);
      } catch (e) {
        if (signal.aborted) say("cancelled", S.exportCancelled);
        else say("error", S.error(errorText(e)));
      } finally {
        end();
      }
    });
    return button;
  };

  const input = el("input", {
    type: "file",
    id: "import-file",
    accept: ".json,.jsonl,application/json",
    "data-action": "import",
  });
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_STREAM_IMPORT_BYTES) {
      say("refused", S.importRefused(tooLargeStreamMessage(file.size)));
      return;
    }
    const { signal } = begin();
    const source: ImportSource = { size: file.size, stream: () => file.stream() };
    let written = 0;
    let total = 0;
    const sum: ImportResult = { added: 0, updated: 0, kept: 0, count: 0 };
    try {
      say("progress", S.importReading);
      const checked = await checkImportStream(source, {
        signal,
        onProgress: (fr) => {
          progress.value = fr * 0.5;
          say("progress", S.importCheckingBytes(Math.floor(fr * 100)));
        },
      });
      if (!checked.ok) {
        say("refused", S.importRefused(checked.error));
        return;
      }
      total = checked.count;
      for await (const slice of importSlices(source, IMPORT_SLICE, { signal })) {
        const r = await actions.importSlice(slice.articles, slice.analyserVersion);
        written += slice.articles.length;
        sum.added += r.added;
        sum.updated += r.updated;
        sum.kept += r.kept;
        sum.count = r.count;
        progress.value = 0.5 + (written / total) * 0.5;
        say("progress", S.importWritingSome(written, total));
      }
      await actions.imported();
      say("done", S.importDone(sum));
    } catch (e) {
      if (written > 0) await actions.imported().catch(() => undefined);
      if (signal.aborted)
        say("cancelled", written > 0 ? S.importCancelledPart(written, total) : S.importCancelled);
      else if (written > 0) say("error", S.importFailedPart(written, total, errorText(e)));
      else say("refused", S.importRefused(errorText(e)));
    } finally {
      end();
    }
  });

  const buttons = [
    exporter("corpus", S.exportJson),
    exporter("annotations", S.exportAnnotations),
    exporter("csv", S.exportCsv),
    exporter("events", M.exportEvents),
  ];
  return el(
    "div",
    { class: "transfer" },
    el("div", { class: "buttons" }, ...buttons),
    el("div", { class: "field" }, el("label", { for: "import-file" }, S.importJson), input),
    el("div", { class: "progress-row" }, progress, " ", cancel),
    status,
  );
}
