import type { StoredArticle } from "../contract/corpus";
import { checkArticle, InvalidArticle } from "../contract/validate";
import { errorText } from "../support/error-text";
import { ANALYSER_VERSION } from "./analyser-version";
import { normaliseUrl } from "./url";

// The corpus export, documented in docs/export-schema.md. Changing its shape bumps the version.

export const CORPUS_FORMAT = "diplomark-corpus";
export const CORPUS_FORMAT_VERSION = 1;
/** Larger files are refused unread: the corpus of one researcher is a few megabytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface CorpusExport {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_FORMAT_VERSION;
  exportedAt: string;
  /** The analyser that produced the analyses; older ones are re-analysed on import. */
  analyserVersion: number;
  articles: StoredArticle[];
}

export interface CheckedImport {
  articles: StoredArticle[];
  /** 0 when the file does not say: its analyses are then redone. */
  analyserVersion: number;
}

export type ImportCheck = { ok: true; value: CheckedImport } | { ok: false; error: string };

export function buildExport(
  articles: readonly StoredArticle[],
  now = new Date(),
  analyserVersion = ANALYSER_VERSION,
): CorpusExport {
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    analyserVersion,
    articles: [...articles],
  };
}

export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return `The file is too large (${mb(bytes)}); DiploMark imports files up to ${mb(MAX_IMPORT_BYTES)}.`;
}

/**
 * Reads an export completely before anything is written: the answer is either every article,
 * checked, or the one reason the file is refused, in words a user can act on.
 */
export function checkExport(text: string): ImportCheck {
  // A UTF-16 length over the limit is over it in UTF-8 bytes too.
  if (text.length > MAX_IMPORT_BYTES) return refuse(tooLargeMessage(text.length));
  const body = text.replace(/^\uFEFF/, "");
  if (!body.trim()) return refuse("The file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const why = errorText(e);
    return refuse(
      /end of (json )?(input|data)|unterminated|unexpected end/i.test(why)
        ? "The file ends too early: it is truncated (an interrupted download or copy?)."
        : `The file is not valid JSON (${why}).`,
    );
  }
  const d = (typeof data === "object" && data !== null && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  if (d.format !== CORPUS_FORMAT) {
    return refuse(`This is not a DiploMark corpus export (it has no "format": "${CORPUS_FORMAT}").`);
  }
  if (typeof d.version !== "number" || !Number.isInteger(d.version) || d.version < 1) {
    return refuse("The export's version is missing or not a whole number.");
  }
  if (d.version > CORPUS_FORMAT_VERSION) {
    return refuse(
      `This export is version ${d.version}; this DiploMark reads version ${CORPUS_FORMAT_VERSION}. Update DiploMark to import it.`,
    );
  }
  if (d.analyserVersion !== undefined && (typeof d.analyserVersion !== "number" || d.analyserVersion < 0)) {
    return refuse("The export's analyserVersion must be a number.");
  }
  if (!Array.isArray(d.articles)) return refuse("The export has no list of articles.");

  const articles: StoredArticle[] = [];
  const urls = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const [i, raw] of d.articles.entries()) {
    let article: StoredArticle;
    try {
      article = checkArticle(raw);
    } catch (e) {
      if (!(e instanceof InvalidArticle)) throw e;
      return refuse(`Article ${i + 1}${titleOf(raw)} is not valid: ${e.message}.`);
    }
    const url = normaliseUrl(article.url);
    const twin = urls.get(url);
    if (twin !== undefined)
      return refuse(`Articles ${twin + 1} and ${i + 1} have the same address (${url}).`);
    urls.set(url, i);
    const idTwin = ids.get(article.id);
    if (idTwin !== undefined)
      return refuse(`Articles ${idTwin + 1} and ${i + 1} have the same id (${article.id}).`);
    ids.set(article.id, i);
    articles.push(article);
  }
  return {
    ok: true,
    value: { articles, analyserVersion: typeof d.analyserVersion === "number" ? d.analyserVersion : 0 },
  };
}

function refuse(error: string): ImportCheck {
  return { ok: false, error: `${error} Nothing was imported.` };
}

function titleOf(raw: unknown): string {
  const t = typeof raw === "object" && raw !== null ? (raw as { title?: unknown }).title : undefined;
  return typeof t === "string" && t ? ` (“${t.slice(0, 60)}”)` : "";
}
