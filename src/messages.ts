import type { Analysis } from "./analysis/types";
import type { ArticleSummary, CrossReference, StoredArticle } from "./corpus/types";

// One typed protocol for the three contexts. Requests to the background:
export type BackgroundRequest =
  | { type: "analyse"; text: string; url: string; title: string; published?: string }
  | { type: "crossReference"; analysis: Analysis; url: string; published?: string }
  | { type: "save"; url: string; title: string; text: string; published?: string; analysis?: Analysis }
  | { type: "list" }
  | { type: "get"; id: string }
  | { type: "delete"; id: string }
  | { type: "count" }
  /** How many stored articles mention each actor id (hover cards). */
  | { type: "actorCounts"; ids: string[] };

export interface BackgroundReplies {
  analyse: { analysis: Analysis };
  crossReference: CrossReference;
  save: { id: string; created: boolean; count: number };
  list: ArticleSummary[];
  get: StoredArticle | null;
  delete: { deleted: boolean; count: number };
  count: { count: number };
  actorCounts: Record<string, number>;
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
  | { type: "page:analyse" };

export interface PageReplies {
  "page:state": PageState | null;
  "page:reveal": { found: boolean };
  "page:analyse": PageState | null;
}

export type ErrorReply = { error: string };
