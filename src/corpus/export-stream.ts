import { ANALYSER_VERSION } from "./analyser-version";
import { CSV_HEADER, commitmentsCsv, csvCell } from "./commitments-csv";
import type { CorpusDB } from "./db";
import { CORPUS_FORMAT } from "./export-format";
import { ploverEvents } from "./plover-events";
import { readSlices, SLICE } from "./read-batches";
import { ANNO_CONTEXT, annotationsOf } from "./web-annotation";

// The exports of a corpus of any size, as a sequence of text chunks (one per slice of records,
// see read-batches.ts): the caller writes each chunk out (a Blob part) and drops it, so neither
// a message nor a string ever holds the corpus. Formats: docs/export-schema.md.

/** The JSON Lines corpus export: a header line, then one article per line. */
export const CORPUS_LINES_VERSION = 2;

export type ExportKind = "corpus" | "annotations" | "csv" | "events";

export interface ExportOptions {
  now?: Date;
  analyserVersion?: number;
  signal?: AbortSignal;
  slice?: number;
}

export interface ExportChunk {
  text: string;
  /** Records read so far (damaged ones included: they are listed, not exported). */
  read: number;
}

export function linesHeader(now: Date, analyserVersion: number): string {
  return JSON.stringify({
    format: CORPUS_FORMAT,
    version: CORPUS_LINES_VERSION,
    exportedAt: now.toISOString(),
    analyserVersion,
  });
}

export async function* exportChunks(
  db: CorpusDB,
  kind: ExportKind,
  opts: ExportOptions = {},
): AsyncGenerator<ExportChunk> {
  const now = opts.now ?? new Date();
  const slices = readSlices(db, opts.slice ?? SLICE, opts.signal);
  if (kind === "corpus") {
    yield { text: `${linesHeader(now, opts.analyserVersion ?? ANALYSER_VERSION)}\n`, read: 0 };
    for await (const s of slices) {
      yield { text: s.articles.map((a) => `${JSON.stringify(a)}\n`).join(""), read: s.read };
    }
    return;
  }
  if (kind === "events") {
    for await (const s of slices) {
      yield {
        text: s.articles
          .flatMap(ploverEvents)
          .map((e) => `${JSON.stringify(e)}\n`)
          .join(""),
        read: s.read,
      };
    }
    return;
  }
  if (kind === "csv") {
    // The byte-order mark makes spreadsheet programs read the Vietnamese as UTF-8.
    const header = `${CSV_HEADER.map(csvCell).join(",")}\r\n`;
    yield { text: `\uFEFF${header}`, read: 0 };
    for await (const s of slices)
      yield { text: commitmentsCsv(s.articles).slice(header.length), read: s.read };
    return;
  }
  // A W3C AnnotationCollection, written as it goes: "total" comes last, once it is known.
  const id = `urn:diplomark:annotations:${now.toISOString()}`;
  const head = JSON.stringify({
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: "DiploMark highlights: actors and commitments",
  });
  const page = JSON.stringify({ id: `${id}:page-1`, type: "AnnotationPage", startIndex: 0 });
  yield { text: `${head.slice(0, -1)},"first":${page.slice(0, -1)},"items":[`, read: 0 };
  let total = 0;
  for await (const s of slices) {
    const items = s.articles.flatMap(annotationsOf).map((a) => JSON.stringify(a));
    yield { text: (total > 0 && items.length > 0 ? "," : "") + items.join(","), read: s.read };
    total += items.length;
  }
  yield { text: `]},"total":${total}}`, read: 0 };
}
