import { JSONParser } from "@streamparser/json";
import type { StoredArticle } from "../contract/corpus";
import { checkArticle, InvalidArticle } from "../contract/validate";
import { errorText } from "../support/error-text";
import { CORPUS_FORMAT, CORPUS_FORMAT_VERSION } from "./export-format";
import { CORPUS_LINES_VERSION } from "./export-stream";
import { normaliseUrl } from "./url";

// Imports of any size, read as a stream: a JSON Lines export (version 2, one article per line,
// parsed line by line) or a version-1 JSON export (read with a streaming JSON parser that hands
// over one article at a time). Memory holds a chunk of the file and one article, never the file.
// The file is read twice: first checked whole (every article by the one rule, validate-article.ts,
// no two with one address or id), so a bad file is refused before anything is written; then read
// again and handed out in slices for the background to write. Formats: docs/export-schema.md.

/** Larger files are refused unread: 20,000 articles of 13 kB each export to about 300 MB. */
export const MAX_STREAM_IMPORT_BYTES = 1024 * 1024 * 1024;
/** Articles per slice of an import: one message to the background, one transaction (a few MB). */
export const IMPORT_SLICE = 200;
/** One line (one article) of a JSON Lines file, at most. */
const MAX_LINE_CHARS = 64 * 1024 * 1024;
/** How much of the start is read to tell JSON Lines from JSON. */
const SNIFF_CHARS = 64 * 1024;

export interface ImportSource {
  size: number;
  /** A fresh stream of the file's bytes (File.stream()); called once per pass. */
  stream(): ReadableStream<Uint8Array>;
}

export interface StreamOptions {
  signal?: AbortSignal;
  /** Fraction of the file read in this pass. */
  onProgress?: (fraction: number) => void;
}

export type StreamCheck =
  | { ok: true; count: number; analyserVersion: number; format: "lines" | "json" }
  | { ok: false; error: string };

/** The reason a file is refused, in words a user can act on. */
export class ImportRefused extends Error {}

export function tooLargeStreamMessage(bytes: number): string {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return `The file is too large (${mb(bytes)}); DiploMark imports files up to ${mb(MAX_STREAM_IMPORT_BYTES)}. Nothing was imported.`;
}

/** Pass one: the whole file checked, nothing written. */
export async function checkImportStream(src: ImportSource, opts: StreamOptions = {}): Promise<StreamCheck> {
  if (src.size > MAX_STREAM_IMPORT_BYTES) return { ok: false, error: tooLargeStreamMessage(src.size) };
  const urls = new Map<string, number>();
  const ids = new Map<string, number>();
  let count = 0;
  try {
    const read = readArticles(src, opts);
    for await (const item of read.articles) {
      const article = checked(item.raw, item.index);
      const url = normaliseUrl(article.url);
      const twin = urls.get(url);
      if (twin !== undefined)
        refuse(`Articles ${twin + 1} and ${item.index + 1} have the same address (${url}).`);
      urls.set(url, item.index);
      const idTwin = ids.get(article.id);
      if (idTwin !== undefined)
        refuse(`Articles ${idTwin + 1} and ${item.index + 1} have the same id (${article.id}).`);
      ids.set(article.id, item.index);
      count++;
    }
    const env = read.envelope();
    if (count === 0) refuse("The export holds no articles.");
    return { ok: true, count, analyserVersion: env.analyserVersion, format: env.format };
  } catch (e) {
    if (e instanceof ImportRefused) return { ok: false, error: e.message };
    throw e;
  }
}

/** Pass two: the (checked) file again, `size` articles at a time. */
export async function* importSlices(
  src: ImportSource,
  size: number,
  opts: StreamOptions = {},
): AsyncGenerator<{ articles: StoredArticle[]; analyserVersion: number }> {
  const read = readArticles(src, opts);
  let slice: StoredArticle[] = [];
  for await (const item of read.articles) {
    slice.push(checked(item.raw, item.index));
    if (slice.length >= size) {
      yield { articles: slice, analyserVersion: read.envelope().analyserVersion };
      slice = [];
    }
  }
  if (slice.length > 0) yield { articles: slice, analyserVersion: read.envelope().analyserVersion };
}

function checked(raw: unknown, index: number): StoredArticle {
  try {
    return checkArticle(raw);
  } catch (e) {
    if (!(e instanceof InvalidArticle)) throw e;
    const t = typeof raw === "object" && raw !== null ? (raw as { title?: unknown }).title : undefined;
    const title = typeof t === "string" && t ? ` (“${t.slice(0, 60)}”)` : "";
    return refuse(`Article ${index + 1}${title} is not valid: ${e.message}.`);
  }
}

function refuse(why: string): never {
  throw new ImportRefused(`${why} Nothing was imported.`);
}

interface Envelope {
  format: "lines" | "json";
  analyserVersion: number;
}

interface ArticleReader {
  articles: AsyncGenerator<{ index: number; raw: unknown }>;
  /** The envelope, checked; valid once the first article was handed out or the file ended. */
  envelope(): Envelope;
}

function readArticles(src: ImportSource, opts: StreamOptions): ArticleReader {
  let env: Envelope | null = null;
  const envelope = () => {
    if (!env) return refuse("The file ends too early: it is truncated (an interrupted download or copy?).");
    return env;
  };
  async function* articles() {
    const chunks = textChunks(src, opts);
    let head = "";
    let rest: IteratorResult<string> | null = null;
    // Enough of the start to see the first line.
    while (!head.includes("\n") && head.length < SNIFF_CHARS) {
      rest = await chunks.next();
      if (rest.done) break;
      head += rest.value;
    }
    head = head.replace(/^\uFEFF/, "");
    if (!head.trim()) refuse("The file is empty.");
    const firstLine = head.slice(0, head.indexOf("\n") >= 0 ? head.indexOf("\n") : head.length);
    const header = linesHeaderOf(firstLine);
    if (header) {
      env = { format: "lines", analyserVersion: header.analyserVersion };
      yield* lines(head.slice(firstLine.length), chunks);
    } else {
      yield* jsonArticles(head, chunks, (e) => {
        env = e;
      });
    }
    envelope();
  }
  return { articles: articles(), envelope };
}

/** The header of a JSON Lines export, or null when the first line is not one (then: JSON). */
function linesHeaderOf(line: string): { analyserVersion: number } | null {
  let h: unknown;
  try {
    h = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof h !== "object" || h === null || Array.isArray(h) || "articles" in h) return null;
  const o = h as Record<string, unknown>;
  if (o.format !== CORPUS_FORMAT) return null;
  if (typeof o.version !== "number" || !Number.isInteger(o.version) || o.version < 2) return null;
  if (o.version > CORPUS_LINES_VERSION) {
    refuse(
      `This export is version ${o.version}; this DiploMark reads versions up to ${CORPUS_LINES_VERSION}. Update DiploMark to import it.`,
    );
  }
  return { analyserVersion: analyserVersionOf(o.analyserVersion) };
}

function analyserVersionOf(v: unknown): number {
  if (v === undefined) return 0;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    refuse("The export's analyserVersion must be a number.");
  return v;
}

async function* lines(start: string, chunks: AsyncGenerator<string>) {
  let buffer = start;
  let lineNo = 1;
  let index = 0;
  let ended = false;
  for (;;) {
    let nl = buffer.indexOf("\n");
    while (nl >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      lineNo++;
      if (line) yield { index: index++, raw: parseLine(line, lineNo) };
      nl = buffer.indexOf("\n");
    }
    if (ended) break;
    if (buffer.length > MAX_LINE_CHARS)
      refuse(`Line ${lineNo + 1} is longer than any article DiploMark stores.`);
    const next = await chunks.next();
    // A last line without its newline is parsed as one; broken there, the file was cut short.
    if (next.done) {
      ended = true;
      buffer += "\n";
    } else buffer += next.value;
  }
}

function parseLine(line: string, lineNo: number): unknown {
  try {
    return JSON.parse(line);
  } catch (e) {
    return refuse(
      /end of (json )?(input|data)|unterminated|unexpected end/i.test(errorText(e))
        ? `Line ${lineNo} ends too early: the file is truncated (an interrupted download or copy?).`
        : `Line ${lineNo} is not valid JSON (${errorText(e)}).`,
    );
  }
}

async function* jsonArticles(
  start: string,
  chunks: AsyncGenerator<string>,
  setEnvelope: (e: Envelope) => void,
) {
  const top: Record<string, unknown> = {};
  const found: Array<{ index: number; raw: unknown }> = [];
  let notList = false;
  const parser = new JSONParser({
    paths: ["$.format", "$.version", "$.analyserVersion", "$.articles.*"],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1 && typeof key === "string") top[key] = value;
    else if (stack.length === 2) {
      if (typeof key === "number") found.push({ index: key, raw: value });
      else notList = true;
    }
  };
  let checkedEnvelope = false;
  const envelopeNow = () => {
    if (checkedEnvelope) return;
    checkedEnvelope = true;
    if (top.format !== CORPUS_FORMAT) {
      refuse(`This is not a DiploMark corpus export (it has no "format": "${CORPUS_FORMAT}").`);
    }
    const v = top.version;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1)
      refuse("The export's version is missing or not a whole number.");
    if (v > CORPUS_FORMAT_VERSION) {
      refuse(
        `This export is version ${v} but is not JSON Lines; this DiploMark cannot read it. Update DiploMark to import it.`,
      );
    }
    setEnvelope({ format: "json", analyserVersion: analyserVersionOf(top.analyserVersion) });
  };
  const feed = (text: string) => {
    try {
      parser.write(text);
    } catch (e) {
      refuse(`The file is not valid JSON (${errorText(e)}).`);
    }
  };
  const drain = function* () {
    if (notList) refuse("The export has no list of articles.");
    if (found.length === 0) return;
    // Our exports put the envelope first; a file that puts articles first is checked at its end.
    if (top.format !== undefined && top.version !== undefined) envelopeNow();
    for (const item of found.splice(0)) yield item;
  };
  feed(start);
  yield* drain();
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    feed(next.value);
    yield* drain();
  }
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch {
      refuse("The file ends too early: it is truncated (an interrupted download or copy?).");
    }
  }
  yield* drain();
  envelopeNow();
}

/** The file as decoded text chunks, with progress and cancel between chunks. */
async function* textChunks(src: ImportSource, opts: StreamOptions): AsyncGenerator<string> {
  const reader = src.stream().getReader();
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  try {
    for (;;) {
      opts.signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      opts.onProgress?.(src.size > 0 ? Math.min(1, bytes / src.size) : 1);
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    reader.releaseLock();
  }
}
