import type { Analysis, AreaId, CommitmentKind } from "./analysis";

export interface StoredArticle {
  /** Stable key: the seed's file id for seeds, otherwise derived from the normalised URL. */
  id: string;
  url: string;
  title: string;
  /** Host name of the outlet, e.g. "baotintuc.vn". */
  outlet: string;
  /** Who published it, when known beyond the host name, e.g. "Việt Nam News (VNA/VNS)". */
  publisher?: string;
  language: string;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string;
  /** ISO timestamp of when it entered the corpus. */
  savedAt: string;
  seed?: boolean;
  text: string;
  analysis: Analysis;
  /**
   * Earlier copies of this article, oldest first, kept when the page was opened again and its
   * text had changed: the newest copy is the article itself, these are the record of what it said.
   */
  versions?: ArticleVersion[];
}

/** One earlier copy of a stored article, as it read when it was saved. */
export interface ArticleVersion {
  /** ISO timestamp of when this copy was saved. */
  savedAt: string;
  title: string;
  text: string;
  analysis: Analysis;
}

/** What changed since the stored copy: whole sentences and actors, not characters. */
export interface PageChanges {
  /** ISO timestamp of the stored copy the page is compared with. */
  since: string;
  removed: string[];
  added: string[];
  actorsRemoved: Array<{ id: string; name: string }>;
  actorsAdded: Array<{ id: string; name: string }>;
}

export type ArticleSummary = Omit<StoredArticle, "text" | "analysis" | "versions"> & {
  relevant: boolean;
  score: number;
  actorCount: number;
  commitmentCount: number;
};

/** What the library lists and filters: the summary and the analysis, without the text. */
export type LibraryArticle = ArticleSummary & { analysis: Analysis };

export type KindMovement =
  /** expected/proposed there, agreed/signed/pledged here (or the reverse in time order) */
  | "kept"
  /** the same kind in both */
  | "same"
  /** any other change of kind */
  | "changed";

export interface CommitmentMatch {
  /** Index into the page analysis' commitments. */
  here: number;
  /** Index into the stored article's commitments. */
  there: number;
  kindHere: CommitmentKind;
  kindThere: CommitmentKind;
  areas: AreaId[];
  actors: string[];
  movement: KindMovement;
}

export interface ExpectationOutcome {
  area: AreaId;
  /** The article (or "page") where the area was expected or proposed. */
  expectedIn: string;
  /** The later article (or "page") where it was agreed, signed or pledged; absent while open. */
  outcomeIn?: string;
  outcomeKind?: CommitmentKind;
  status: "kept" | "open";
}

export interface RelatedArticle {
  article: ArticleSummary;
  /** 0..1: how much this stored article shares with the page. */
  similarity: number;
  /** Where the stored article stands in time relative to the page. */
  timing: "before" | "same" | "after" | "unknown";
  actorsInCommon: string[];
  actorsOnlyHere: string[];
  areasInCommon: AreaId[];
  areasNewHere: AreaId[];
  commitmentMatches: CommitmentMatch[];
  expectationOutcome: ExpectationOutcome[];
  /**
   * Other stored reports of the same story (copies on other outlets and mirrors, and other
   * outlets' own reports of the event in any language): one entry for all, the story counted once.
   */
  copies?: ArticleSummary[];
  /**
   * For each report in `copies` that is not a copy of this text: the areas of this page's
   * commitments that the report does not name (what that outlet's account leaves out).
   */
  omits?: Record<string, AreaId[]>;
}

export interface CrossReference {
  corpusSize: number;
  /** The stored article this page is (its address, or a copy of its text), if any. */
  savedAs?: string;
  /** That stored article's title. */
  savedTitle?: string;
  /** The stored article's text differs from an earlier copy the user saved at this address. */
  changed?: PageChanges;
  related: RelatedArticle[];
  /** Commitment indexes of the page that some stored article confirms. */
  confirmed: number[];
  /** Commitment indexes of the page that no stored article has. */
  newHere: number[];
  /** Commitment indexes of the page that recall history or deny: background, neither confirmed nor new. */
  background?: number[];
}
