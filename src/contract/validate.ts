import {
  ANALYSIS_SCHEMA,
  type Analysis,
  AREA_IDS,
  COMMITMENT_KINDS,
  EVIDENCE_CODES,
  SIDES,
  type Span,
} from "./analysis";
import type { ArticleVersion, StoredArticle } from "./corpus";

// The one rule for what an article may hold, applied on every way in: a page saved from the
// background (store.ts), an import (export-format.ts, import-stream.ts), an undo (store.ts
// restoreRecord) and every read of a stored record (read-record.ts, which quarantines what fails).
// Every field the library, the cross-reference and the indexes read is checked for its type, so a
// bad file is refused before anything is written.
//
// Text is text: a title, outlet, publisher or language may hold any characters ("<b>",
// "a<b DPRK") because every view renders it with textContent. Only the id and the address are
// more than text: they are keys and links, so markup or a javascript: address there is refused.

export class InvalidArticle extends Error {}

type Obj = Record<string, unknown>;

const AREAS: ReadonlySet<string> = new Set(AREA_IDS);
const KINDS: ReadonlySet<string> = new Set(COMMITMENT_KINDS);
const SIDE_SET: ReadonlySet<string> = new Set(SIDES);
const EVIDENCE_CODE_SET: ReadonlySet<string> = new Set(EVIDENCE_CODES);
const ACTOR_TYPES: ReadonlySet<string> = new Set(["person", "state", "party", "org"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An HTML tag or comment opening: "<img", "</a", "<!--", "<script" (refused in keys and links). */
const MARKUP = /<\s*[a-z!/?]/i;
/** Only http(s), file and urn addresses (no javascript: or data:): the library opens originals by this URL. */
const SAFE_URL = /^(?:https?:\/\/|file:\/\/|urn:)/i;

/** The article if `x` is a well-formed StoredArticle, else throws InvalidArticle naming the field. */
export function checkArticle(x: unknown): StoredArticle {
  const a = obj(x, "the article");
  const text = str(a, "text");
  const published = optStr(a, "published");
  if (published !== undefined && !ISO_DATE.test(published)) fail("published must be a YYYY-MM-DD date");
  const savedAt = str(a, "savedAt");
  if (Number.isNaN(Date.parse(savedAt))) fail("savedAt must be a date and time");
  if (a.seed !== undefined && typeof a.seed !== "boolean") fail("seed must be true or false");
  const publisher = optStr(a, "publisher");
  // A saved page's address went through normaliseUrl (which escapes "<"), and ids are derived
  // from it: markup in either is a forged record. Titles and other text are not checked for it.
  for (const field of ["id", "url"] as const) {
    const v = a[field];
    if (typeof v === "string" && MARKUP.test(v)) fail(`${field} must be plain text, not markup`);
  }
  if (typeof a.url === "string" && !SAFE_URL.test(a.url.trim())) {
    fail("url must be an http(s), file or urn address");
  }
  const article: StoredArticle = {
    id: nonEmpty(a, "id"),
    url: nonEmpty(a, "url"),
    title: str(a, "title"),
    outlet: str(a, "outlet"),
    language: str(a, "language"),
    savedAt,
    text,
    analysis: checkAnalysis(a.analysis, text.length),
    ...(publisher === undefined ? {} : { publisher }),
    ...(published === undefined ? {} : { published }),
    ...(a.seed === true ? { seed: true } : {}),
    ...(a.versions === undefined ? {} : { versions: checkVersions(a.versions) }),
  };
  return article;
}

/** Earlier copies: each one's spans are checked against its own text. */
function checkVersions(x: unknown): ArticleVersion[] {
  return list(x, "versions").map((v, i) => {
    const where = `versions[${i}]`;
    const o = obj(v, where);
    const text = str(o, "text", `${where}.text`);
    const savedAt = str(o, "savedAt", `${where}.savedAt`);
    if (Number.isNaN(Date.parse(savedAt))) fail(`${where}.savedAt must be a date and time`);
    return {
      savedAt,
      title: str(o, "title", `${where}.title`),
      text,
      analysis: checkAnalysis(o.analysis, text.length),
    };
  });
}

/**
 * The analysis if `x` is a well-formed one, else throws InvalidArticle naming the field. Spans
 * are checked against `textLength` when the text is known (a stored article, a save request).
 */
export function checkAnalysis(x: unknown, textLength = Number.POSITIVE_INFINITY): Analysis {
  const a = obj(x, "analysis");
  if (a.schema !== ANALYSIS_SCHEMA) fail(`analysis.schema must be "${ANALYSIS_SCHEMA}"`);
  str(a, "language", "analysis.language");
  const rel = obj(a.relevance, "analysis.relevance");
  if (typeof rel.relevant !== "boolean") fail("analysis.relevance.relevant must be true or false");
  num(rel.score, "analysis.relevance.score");
  strList(rel.reasons, "analysis.relevance.reasons");
  if (rel.evidence !== undefined) {
    list(rel.evidence, "analysis.relevance.evidence").forEach((v, i) => {
      const where = `analysis.relevance.evidence[${i}]`;
      const e = obj(v, where);
      oneOf(e.code, EVIDENCE_CODE_SET, `${where}.code`);
      if (e.n !== undefined) num(e.n, `${where}.n`);
      if (e.m !== undefined) num(e.m, `${where}.m`);
      if (e.names !== undefined) strList(e.names, `${where}.names`);
      if (e.ids !== undefined) strList(e.ids, `${where}.ids`);
    });
  }
  list(a.actors, "analysis.actors").forEach((v, i) => {
    const where = `analysis.actors[${i}]`;
    const actor = obj(v, where);
    nonEmpty(actor, "id", `${where}.id`);
    str(actor, "name", `${where}.name`);
    oneOf(actor.type, ACTOR_TYPES, `${where}.type`);
    oneOf(actor.side, SIDE_SET, `${where}.side`);
    if (typeof actor.known !== "boolean") fail(`${where}.known must be true or false`);
    strList(actor.roles, `${where}.roles`);
    for (const [j, m] of list(actor.mentions, `${where}.mentions`).entries()) {
      span(m, textLength, `${where}.mentions[${j}]`);
    }
  });
  list(a.commitments, "analysis.commitments").forEach((v, i) => {
    const where = `analysis.commitments[${i}]`;
    const c = span(v, textLength, where);
    oneOf(c.kind, KINDS, `${where}.kind`);
    for (const area of strList(c.areas, `${where}.areas`)) oneOf(area, AREAS, `${where}.areas`);
    strList(c.actors, `${where}.actors`);
    if (c.cameo !== undefined && typeof c.cameo !== "string") fail(`${where}.cameo must be text`);
    if (c.cue !== undefined) span(c.cue, textLength, `${where}.cue`);
  });
  for (const area of strList(a.areas, "analysis.areas")) oneOf(area, AREAS, "analysis.areas");
  list(a.dates, "analysis.dates").forEach((v, i) => {
    const d = span(v, textLength, `analysis.dates[${i}]`);
    if (typeof d.iso !== "string") fail(`analysis.dates[${i}].iso must be text`);
  });
  if (a.published !== undefined && typeof a.published !== "string") fail("analysis.published must be text");
  return a as unknown as Analysis;
}

/** Offsets must lie inside the text: the reader view and the annotations slice it with them. */
function span(x: unknown, textLength: number, where: string): Obj & Span {
  const s = obj(x, where);
  const { start, end } = s;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    (start as number) < 0 ||
    (start as number) > (end as number) ||
    (end as number) > textLength
  ) {
    fail(`${where} must have whole-number start ≤ end within the text`);
  }
  if (typeof s.text !== "string") fail(`${where}.text must be text`);
  return s as Obj & Span;
}

function fail(message: string): never {
  throw new InvalidArticle(message);
}

function obj(x: unknown, where: string): Obj {
  if (typeof x !== "object" || x === null || Array.isArray(x)) fail(`${where} must be an object`);
  return x as Obj;
}

function list(x: unknown, where: string): unknown[] {
  if (!Array.isArray(x)) fail(`${where} must be a list`);
  return x;
}

function strList(x: unknown, where: string): string[] {
  const l = list(x, where);
  if (!l.every((v) => typeof v === "string")) fail(`${where} must be a list of text`);
  return l as string[];
}

function num(x: unknown, where: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) fail(`${where} must be a number`);
  return x;
}

function oneOf(x: unknown, allowed: ReadonlySet<string>, where: string): void {
  if (typeof x !== "string" || !allowed.has(x)) fail(`${where} has an unknown value ${JSON.stringify(x)}`);
}

function str(o: Obj, key: string, where = key): string {
  const v = o[key];
  if (typeof v !== "string") fail(`${where} must be text`);
  return v;
}

function nonEmpty(o: Obj, key: string, where = key): string {
  const v = str(o, key, where);
  if (!v.trim()) fail(`${where} must not be empty`);
  return v;
}

function optStr(o: Obj, key: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== "string") fail(`${key} must be text`);
  return v;
}
