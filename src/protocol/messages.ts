import type { Analysis } from "../contract/analysis";
import type { ArticleSummary, CrossReference, LibraryArticle, StoredArticle } from "../contract/corpus";
import type { ArticleRecord } from "../corpus/db";
import type { CorpusExport } from "../corpus/export-format";
import type { ImportResult } from "../corpus/import";

// One typed protocol for the three contexts. Requests to the background: the `page:*` ones are a
// tab's content script's (the only ones the background answers a tab); the rest are for the
// extension's own pages.
export type BackgroundRequest =
  /**
   * A page session's text to analyse. `status`: the page's HTTP status when the browser tells it
   * (an error page is never stored). The reply counts the stored articles naming each actor of
   * this text (the hover card): the only corpus figure a tab learns, and only for names its own
   * text holds.
   */
  | { type: "page:read"; text: string; url: string; title: string; published?: string; status?: number }
  /** `signature`: the page text's fingerprint (corpus/fingerprint.ts), to recognise a stored copy. */
  | { type: "crossReference"; analysis: Analysis; url: string; published?: string; signature?: number[] }
  | { type: "save"; url: string; title: string; text: string; published?: string; analysis?: Analysis }
  | { type: "list" }
  | { type: "get"; id: string }
  | { type: "delete"; id: string }
  | { type: "count" }
  // The library page:
  | { type: "library" }
  /** Ids of the articles whose title or text holds the query (case- and diacritics-insensitive). */
  | { type: "search"; query: string }
  | { type: "export" }
  /** A corpus export's JSON text; refused whole (with the reason) unless every article is valid. */
  | { type: "import"; text: string }
  /**
   * One slice of a streamed import (the library reads the file and checks it whole first): at
   * most IMPORT_BATCH articles, written in one transaction.
   */
  | { type: "importBatch"; articles: unknown[]; analyserVersion: number }
  /** Undo of a delete: the record exactly as it was stored, put back as it is. */
  | { type: "restore"; record: ArticleRecord }
  | { type: "restoreSeeds" }
  /** The stored copy at this address, if any (the popup on a page that is gone). */
  | { type: "storedCopy"; url: string }
  /** From the gate content script on a page that passed it: inject the session into its frame. */
  | { type: "page:inject" }
  /** From the hover card (the user's Alt+click on an actor): open that actor's page in the library. */
  | { type: "page:openActor"; id: string };

export interface BackgroundReplies {
  "page:read": { analysis: Analysis; actorCounts: Record<string, number> };
  crossReference: CrossReference;
  save: { id: string; created: boolean; count: number };
  list: ArticleSummary[];
  get: StoredArticle | null;
  delete: { deleted: boolean; count: number };
  count: { count: number };
  library: LibraryArticle[];
  search: { ids: string[] };
  export: CorpusExport;
  import: ImportResult;
  importBatch: ImportResult;
  restore: { id: string; count: number };
  restoreSeeds: { restored: string[]; count: number };
  storedCopy: { id: string; title: string; savedAt: string } | null;
  "page:inject": { injected: boolean };
  "page:openActor": { opened: boolean };
}

export type ReplyTo<R extends { type: string }> = R["type"] extends keyof BackgroundReplies
  ? BackgroundReplies[R["type"]]
  : never;

/** What the page (content script) tells the popup about itself. */
export interface PageState {
  url: string;
  title: string;
  text: string;
  published?: string;
  analysis: Analysis;
  /** The page's HTTP status, when the browser tells it (404: the article is gone). */
  status?: number;
}

// Requests from the popup to the content script of the active tab:
export type PageRequest =
  | { type: "page:state" }
  | { type: "page:reveal"; target: { actor: string } | { commitment: number } }
  /** Analyse now (injected on demand through activeTab + scripting). */
  | { type: "page:analyse" }
  /** Keyboard navigation (the next/previous-highlight commands, forwarded by the background). */
  | { type: "page:step"; direction: 1 | -1 }
  /** What the hover card shows now: its root is closed to the page, so checks ask through us. */
  | { type: "page:card" };

export interface PageReplies {
  "page:state": PageState | null;
  "page:reveal": { found: boolean };
  "page:analyse": PageState | null;
  "page:step": { found: boolean; index: number; total: number };
  "page:card": { text: string; elements: number };
}

/** A failed request: why, in English; `code` lets each page say the storage failures in the UI's language. */
export type ErrorReply = { error: string; code?: StorageFailure };

export type StorageFailure = "quota" | "blocked";
