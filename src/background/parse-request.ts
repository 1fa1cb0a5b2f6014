import type { Analysis } from "../contract/analysis";
import { checkAnalysis, InvalidArticle } from "../contract/validate";
import type { ArticleRecord } from "../corpus/db";
import { SIGNATURE_LENGTH } from "../corpus/fingerprint";
import { IMPORT_SLICE } from "../corpus/import-stream";
import type { BackgroundReplies, BackgroundRequest } from "../protocol/messages";

export class BadRequest extends Error {}

/** What an actor id looks like ("to-lam", "kim-jong-un", an unknown person's "x-ri-son-gwon"): short, no markup, no spaces. */
const ACTOR_ID = /^[\p{L}\p{N}][\p{L}\p{N}:._-]{0,119}$/u;

const TYPES: ReadonlySet<string> = new Set<keyof BackgroundReplies>([
  "page:read",
  "crossReference",
  "save",
  "list",
  "get",
  "delete",
  "count",
  "library",
  "search",
  "export",
  "import",
  "importBatch",
  "restore",
  "restoreSeeds",
  "storedCopy",
  "page:inject",
  "page:openActor",
]);

/**
 * Whether a content script (a sender in a tab that is not one of our own pages) may ask this:
 * only the page session's own requests, named `page:*`. Everything else reads or changes the
 * corpus as a whole (list, get, search, export, import, delete, save…) and is for the extension's
 * own pages only: a page that took over its content script's world still cannot reach it.
 */
export function forContentScripts(type: BackgroundRequest["type"]): boolean {
  return type.startsWith("page:");
}

/** The most articles one importBatch may carry (a few megabytes of message). */
export const IMPORT_BATCH = IMPORT_SLICE;

/**
 * Reads a runtime message. Returns null for a message that is not for the background (other
 * listeners may answer it); throws BadRequest for one of ours with the wrong shape, since a
 * content script forwards what a page holds and a page can hold anything.
 */
export function parseRequest(message: unknown): BackgroundRequest | null {
  if (!isObject(message) || typeof message.type !== "string" || !TYPES.has(message.type)) return null;
  const m = message;
  switch (m.type) {
    case "page:read":
      return {
        type: "page:read",
        text: str(m, "text"),
        url: str(m, "url"),
        title: str(m, "title"),
        ...optStr(m, "published"),
        ...(typeof m.status === "number" && Number.isInteger(m.status) ? { status: m.status } : {}),
      };
    case "crossReference":
      return {
        type: "crossReference",
        analysis: analysis(m.analysis),
        url: str(m, "url"),
        ...optStr(m, "published"),
        ...signature(m),
      };
    case "save": {
      const text = str(m, "text");
      return {
        type: "save",
        url: str(m, "url"),
        title: str(m, "title"),
        text,
        ...optStr(m, "published"),
        ...(m.analysis === undefined ? {} : { analysis: analysis(m.analysis, text.length) }),
      };
    }
    case "get":
      return { type: "get", id: str(m, "id") };
    case "storedCopy":
      return { type: "storedCopy", url: str(m, "url") };
    case "page:openActor": {
      // An id as the lexicon and the analyser write them; anything else is not an actor's.
      const id = str(m, "id");
      if (!ACTOR_ID.test(id)) throw new BadRequest("page:openActor: not an actor id");
      return { type: "page:openActor", id };
    }
    case "delete":
      return { type: "delete", id: str(m, "id") };
    case "list":
      return { type: "list" };
    case "search":
      return { type: "search", query: str(m, "query") };
    case "import":
      return { type: "import", text: str(m, "text") };
    case "importBatch": {
      const { articles, analyserVersion } = m;
      if (!Array.isArray(articles) || articles.length > IMPORT_BATCH) {
        throw new BadRequest(`importBatch: articles must be a list of at most ${IMPORT_BATCH}`);
      }
      if (typeof analyserVersion !== "number" || !Number.isFinite(analyserVersion) || analyserVersion < 0) {
        throw new BadRequest("importBatch: analyserVersion must be a number");
      }
      return { type: "importBatch", articles, analyserVersion };
    }
    case "restore":
      if (!isObject(m.record)) throw new BadRequest("restore: record must be an object");
      return { type: "restore", record: m.record as unknown as ArticleRecord };
    case "library":
    case "export":
    case "restoreSeeds":
    case "page:inject":
      return { type: m.type };
    default:
      return { type: "count" };
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function str(m: Record<string, unknown>, key: string): string {
  const v = m[key];
  if (typeof v !== "string") throw new BadRequest(`${String(m.type)}: ${key} must be a string`);
  return v;
}

function optStr(m: Record<string, unknown>, key: "published"): { published?: string } {
  const v = m[key];
  if (v === undefined || v === null) return {};
  if (typeof v !== "string") throw new BadRequest(`${String(m.type)}: ${key} must be a string`);
  return { [key]: v };
}

/** A text fingerprint: SIGNATURE_LENGTH 32-bit unsigned integers, or nothing. */
function signature(m: Record<string, unknown>): { signature?: number[] } {
  const v = m.signature;
  if (v === undefined || v === null) return {};
  if (
    !Array.isArray(v) ||
    v.length !== SIGNATURE_LENGTH ||
    !v.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff)
  ) {
    throw new BadRequest(`${String(m.type)}: signature must be ${SIGNATURE_LENGTH} unsigned 32-bit integers`);
  }
  return { signature: v as number[] };
}

function analysis(x: unknown, textLength?: number): Analysis {
  try {
    return checkAnalysis(x, textLength);
  } catch (e) {
    if (e instanceof InvalidArticle) throw new BadRequest(e.message);
    throw e;
  }
}
