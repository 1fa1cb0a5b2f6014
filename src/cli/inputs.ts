import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { errorText } from "../support/error-text";
import { extractArticleText } from "./extract-html";

// What the command line is asked to analyse: every FILE argument becomes texts (one for
// .txt/.html, one per line for .jsonl) or errors, in the order they were given, so that one
// bad file or line never stops the others.

export type Kind = "txt" | "html" | "jsonl";

/** How an input is named in JSON Lines output: its file, or the id its JSONL line gave. */
export type Label = { file: string } | { id: string | number } | { file: string; line: number };

export interface Input {
  label: Label;
  text: string;
  published?: string;
}

export interface InputError {
  /** "file" or "file:line", for the one-line message on stderr. */
  where: string;
  message: string;
}

export type Item = { input: Input } | { error: InputError };

const KINDS: Record<string, Kind> = {
  ".txt": "txt",
  ".text": "txt",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export const SUPPORTED = Object.keys(KINDS).join(", ");

/** "-" is standard input, read as plain text. */
export function kindOf(file: string): Kind | undefined {
  return file === "-" ? "txt" : KINDS[extname(file).toLowerCase()];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return `cannot read (${errorText(err)})`;
}

/** The encoding a page declares (BOM, then <meta charset>), UTF-8 when it declares none. */
function htmlCharset(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  const head = bytes.subarray(0, 2048).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? "utf-8";
}

function decode(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown label: most pages that lie about their charset are UTF-8 anyway.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function parseLine(file: string, line: number, raw: string): Item {
  const where = `${file}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { error: { where, message: `invalid JSON (${(err as Error).message})` } };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: { where, message: 'expected an object like {"id": …, "text": …}' } };
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== "string") return { error: { where, message: 'missing "text" string' } };
  const id = rec.id;
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
    return { error: { where, message: '"id" must be a string or a number' } };
  }
  const input: Input = {
    label: id === undefined ? { file, line } : { id },
    text: rec.text,
  };
  const published = typeof rec.published === "string" ? ISO_DAY.exec(rec.published)?.[0] : undefined;
  if (published) input.published = published;
  return { input };
}

function jsonLines(file: string, content: string): Item[] {
  const items: Item[] = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw !== "") items.push(parseLine(file, i + 1, raw));
  }
  return items;
}

/**
 * Plain text is analysed exactly as stored (a BOM aside), so offsets index the file's text. `url`
 * is where an HTML page was served, for its site adapter when the page does not say.
 */
export function readInputs(file: string, url?: string): Item[] {
  const kind = kindOf(file);
  if (!kind) {
    const ext = extname(file) || "(none)";
    return [
      { error: { where: file, message: `unsupported file type ${ext}; expected one of ${SUPPORTED}` } },
    ];
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (err) {
    return [{ error: { where: file, message: readError(err) } }];
  }
  if (kind === "jsonl") return jsonLines(file, decode(bytes, "utf-8"));
  if (kind === "txt") return [{ input: { label: { file }, text: decode(bytes, "utf-8") } }];
  try {
    const { document } = parseHTML(decode(bytes, htmlCharset(bytes)));
    const article = extractArticleText(document as unknown as Document, url);
    const input: Input = { label: { file }, text: article.text };
    if (article.published) input.published = article.published;
    return [{ input }];
  } catch (err) {
    return [{ error: { where: file, message: `cannot extract text (${(err as Error).message})` } }];
  }
}
