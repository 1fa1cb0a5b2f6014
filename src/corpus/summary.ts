import type { ArticleSummary, StoredArticle } from "../contract/corpus";

export function summarise(article: StoredArticle): ArticleSummary {
  const { text: _t, analysis, versions: _old, ...meta } = article;
  // Drop the indexing fields of a raw record if one is passed in.
  const {
    actorIds: _a,
    areaIds: _b,
    analyserVersion: _v,
    signature: _s,
    bands: _k,
    ...rest
  } = meta as typeof meta & Record<string, unknown>;
  return {
    ...(rest as Omit<StoredArticle, "text" | "analysis" | "versions">),
    relevant: analysis.relevance.relevant,
    score: analysis.relevance.score,
    actorCount: analysis.actors.length,
    commitmentCount: analysis.commitments.length,
  };
}

/** Newest first; undated articles after dated ones, by when they were saved. */
export function byPublishedDesc(a: ArticleSummary, b: ArticleSummary): number {
  const pa = a.published ?? "";
  const pb = b.published ?? "";
  if (pa !== pb) return pa < pb ? 1 : -1;
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
}
