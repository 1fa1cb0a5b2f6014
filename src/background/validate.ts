import { ANALYSIS_SCHEMA, type Analysis } from "../analysis/types";
import { SIGNATURE_LENGTH } from "../corpus/fingerprint";
import type { BackgroundReplies, BackgroundRequest } from "../messages";

export class BadRequest extends Error {}

const TYPES: ReadonlySet<string> = new Set<keyof BackgroundReplies>([
  "analyse",
  "crossReference",
  "save",
  "list",
  "get",
  "delete",
  "count",
  "actorCounts",
  "library",
  "search",
  "export",
  "import",
  "restoreSeeds",
  "page:inject",
]);

/**
 * Reads a runtime message. Returns null for a message that is not for the background (other
 * listeners may answer it); throws BadRequest for one of ours with the wrong shape, since a
 * content script forwards what a page holds and a page can hold anything.
 */
export function parseRequest(message: unknown): BackgroundRequest | null {
  if (!isObject(message) || typeof message.type !== "string" || !TYPES.has(message.type)) return null;
  const m = message;
  switch (m.type) {
    case "analyse":
      return {
        type: "analyse",
        text: str(m, "text"),
        url: str(m, "url"),
        title: str(m, "title"),
        ...optStr(m, "published"),
      };
    case "crossReference":
      return {
        type: "crossReference",
        analysis: analysis(m.analysis),
        url: str(m, "url"),
        ...optStr(m, "published"),
        ...signature(m),
      };
    case "save":
      return {
        type: "save",
        url: str(m, "url"),
        title: str(m, "title"),
        text: str(m, "text"),
        ...optStr(m, "published"),
        ...(m.analysis === undefined ? {} : { analysis: analysis(m.analysis) }),
      };
    case "get":
      return { type: "get", id: str(m, "id") };
    case "delete":
      return { type: "delete", id: str(m, "id") };
    case "actorCounts": {
      const ids = m.ids;
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) {
        throw new BadRequest("actorCounts: ids must be a list of strings");
      }
      return { type: "actorCounts", ids };
    }
    case "list":
      return { type: "list" };
    case "search":
      return { type: "search", query: str(m, "query") };
    case "import":
      return { type: "import", text: str(m, "text") };
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

// The shape the corpus relies on (indexes, cross-reference); the rest is the analyser's own output.
function analysis(x: unknown): Analysis {
  if (
    !isObject(x) ||
    x.schema !== ANALYSIS_SCHEMA ||
    typeof x.language !== "string" ||
    !isObject(x.relevance) ||
    typeof x.relevance.relevant !== "boolean" ||
    !Array.isArray(x.actors) ||
    !x.actors.every((a) => isObject(a) && typeof a.id === "string") ||
    !Array.isArray(x.commitments) ||
    !x.commitments.every((c) => isObject(c) && Array.isArray(c.areas) && Array.isArray(c.actors)) ||
    !Array.isArray(x.areas) ||
    !x.areas.every((a) => typeof a === "string") ||
    !Array.isArray(x.dates)
  ) {
    throw new BadRequest(`analysis must be a ${ANALYSIS_SCHEMA} object`);
  }
  return x as unknown as Analysis;
}
