import type { StoredArticle } from "../contract/corpus";
import { checkArticle, InvalidArticle } from "../contract/validate";
import type { ArticleRecord } from "./db";

// Every stored record is read through the same rule that guards save and import
// (validate-article.ts): a record that fails it (written by an older version, a bug, or another
// tool with access to the profile) is quarantined, i.e. listed as damaged and left out of every
// list, export, count of related articles and re-analysis, instead of breaking them all.

export interface DamagedRecord {
  /** The record's key, as text (what the library shows and deletes by). */
  id: string;
  /** Why it failed, naming the field. */
  reason: string;
  /** The record as stored, for "export as is". */
  raw: unknown;
}

export type ReadRecord =
  | { ok: true; article: StoredArticle; record: ArticleRecord }
  | ({ ok: false } & DamagedRecord);

/** The record as an article if it passes the one rule, else why not. `key`: the store's key for it. */
export function readRecord(value: unknown, key: IDBValidKey): ReadRecord {
  const id = typeof key === "string" ? key : String(key);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, id, reason: "the record is not an object", raw: value };
  }
  const { actorIds: _a, areaIds: _b, analyserVersion: _v, ...rest } = value as Record<string, unknown>;
  try {
    const article = checkArticle(rest);
    return { ok: true, article, record: value as ArticleRecord };
  } catch (e) {
    if (!(e instanceof InvalidArticle)) throw e;
    return { ok: false, id, reason: e.message, raw: value };
  }
}

/** The article, or null for a damaged record (callers that only want good ones). */
export function articleOrNull(value: unknown, key: IDBValidKey): StoredArticle | null {
  const read = readRecord(value, key);
  return read.ok ? read.article : null;
}
