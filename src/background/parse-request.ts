import type { Analysis } from "../contract/analysis";
import { checkAnalysis, InvalidArticle } from "../contract/validate";
import type { BackgroundReplies, BackgroundRequest } from "../protocol/messages";

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

function analysis(x: unknown, textLength?: number): Analysis {
  try {
    return checkAnalysis(x, textLength);
  } catch (e) {
    if (e instanceof InvalidArticle) throw new BadRequest(e.message);
    throw e;
  }
}
