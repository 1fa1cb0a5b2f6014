import type { Analysis } from "./analysis/types";
import type { CorpusExport } from "./corpus/export-format";
import type { ImportResult } from "./corpus/import";
import type { ArticleSummary, CrossReference, LibraryArticle, StoredArticle } from "./corpus/types";

// One typed protocol for the three contexts. Requests to the background:
export type BackgroundRequest =
  | { type: "analyse"; text: string; url: string; title: string; published?: string }
  /** `signature`: the page text's fingerprint (corpus/fingerprint.ts), to recognise a stored copy. */
  | { type: "crossReference"; analysis: Analysis; url: string; published?: string; signature?: number[] }
  | { type: "save"; url: string; title: string; text: string; published?: string; analysis?: Analysis }
  | { type: "list" }
  | { type: "get"; id: string }
  | { type: "delete"; id: string }
  | { type: "count" }
  /** How many stored articles mention each actor id (hover cards). */
  | { type: "actorCounts"; ids: string[] }
  // The library page:
  | { type: "library" }
  /** Ids of the articles whose title or text holds the query (case- and diacritics-insensitive). */
  | { type: "search"; query: string }
  | { type: "export" }
  /** A corpus export's JSON text; refused whole (with the reason) unless every article is valid. */
  | { type: "import"; text: string }
  | { type: "restoreSeeds" }
  /** From the gate content script on a page that passed it: inject the session into its frame. */
  | { type: "page:inject" };

export interface BackgroundReplies {
  analyse: { analysis: Analysis };
  crossReference: CrossReference;
  save: { id: string; created: boolean; count: number };
  list: ArticleSummary[];
  get: StoredArticle | null;
  delete: { deleted: boolean; count: number };
  count: { count: number };
  actorCounts: Record<string, number>;
  library: LibraryArticle[];
  search: { ids: string[] };
  export: CorpusExport;
  import: ImportResult;
  restoreSeeds: { restored: string[]; count: number };
  "page:inject": { injected: boolean };
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
}

// Requests from the popup to the content script of the active tab:
export type PageRequest =
  | { type: "page:state" }
  | { type: "page:reveal"; target: { actor: string } | { commitment: number } }
  /** Analyse now (injected on demand through activeTab + scripting). */
  | { type: "page:analyse" }
  /** Keyboard navigation (the next/previous-highlight commands, forwarded by the background). */
  | { type: "page:step"; direction: 1 | -1 };

export interface PageReplies {
  "page:state": PageState | null;
  "page:reveal": { found: boolean };
  "page:analyse": PageState | null;
  "page:step": { found: boolean; index: number; total: number };
}

export type ErrorReply = { error: string };
