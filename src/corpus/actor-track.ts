import type { Actor, AreaId, CommitmentKind, CommitmentMode } from "../contract/analysis";
import type { StoredArticle } from "../contract/corpus";
import type { CorpusDB } from "./db";
import { articleOrNull } from "./read-record";

// One actor across the corpus, in every language (one id): the articles that name them in date
// order, the titles they held when, whom they appeared with, and what they committed to.

export interface Appearance {
  articleId: string;
  title: string;
  outlet: string;
  language: string;
  url: string;
  published?: string;
  /** The titles this article gives the actor. */
  roles: string[];
  commitments: Array<{
    index: number;
    kind: CommitmentKind;
    mode: CommitmentMode;
    areas: AreaId[];
    text: string;
  }>;
}

export interface RoleSpan {
  role: string;
  /** First and last publication date the role was seen with (articles without a date leave no span). */
  from: string;
  to: string;
}

export interface ActorTrack {
  id: string;
  name: string;
  type: Actor["type"];
  side: Actor["side"];
  appearances: Appearance[];
  roles: RoleSpan[];
  /** Others named in the same articles, most often first. */
  appearedWith: Array<{ id: string; name: string; side: Actor["side"]; articles: number }>;
}

const byDate = (a: { published?: string }, b: { published?: string }) =>
  (a.published ?? "9999").localeCompare(b.published ?? "9999");

/** The track of `actorId` through `articles` (those that do not name the actor are skipped). */
export function actorTrack(actorId: string, articles: readonly StoredArticle[]): ActorTrack | null {
  const naming = articles
    .map((article) => ({ article, actor: article.analysis.actors.find((a) => a.id === actorId) }))
    .filter((x): x is { article: StoredArticle; actor: Actor } => x.actor !== undefined)
    .sort((x, y) => byDate(x.article, y.article));
  if (naming.length === 0) return null;
  // The newest article's name and side: a known actor has one; a discovered one may be spelled anew.
  const latest = naming[naming.length - 1]!.actor;
  const roles = new Map<string, RoleSpan>();
  const others = new Map<string, { id: string; name: string; side: Actor["side"]; articles: number }>();
  const appearances = naming.map(({ article, actor }) => {
    const when = article.published;
    for (const role of actor.roles) {
      const span = roles.get(role);
      if (!when) continue;
      if (!span) roles.set(role, { role, from: when, to: when });
      else {
        if (when < span.from) span.from = when;
        if (when > span.to) span.to = when;
      }
    }
    for (const other of article.analysis.actors) {
      if (other.id === actorId) continue;
      const seen = others.get(other.id);
      if (seen) seen.articles += 1;
      else others.set(other.id, { id: other.id, name: other.name, side: other.side, articles: 1 });
    }
    const appearance: Appearance = {
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      language: article.language,
      url: article.url,
      roles: [...actor.roles],
      commitments: article.analysis.commitments.flatMap((c, index) =>
        c.actors.includes(actorId)
          ? [{ index, kind: c.kind, mode: c.mode ?? "current", areas: [...c.areas], text: c.text }]
          : [],
      ),
    };
    if (when) appearance.published = when;
    return appearance;
  });
  return {
    id: actorId,
    name: latest.name,
    type: latest.type,
    side: latest.side,
    appearances,
    roles: [...roles.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    appearedWith: [...others.values()].sort(
      (a, b) => b.articles - a.articles || a.name.localeCompare(b.name),
    ),
  };
}

/**
 * The stored articles that name `actorId`, read through the actorIds index (no scan of the
 * corpus); a damaged record is left out, as everywhere (read-record.ts).
 */
export async function articlesNaming(db: CorpusDB, actorId: string): Promise<StoredArticle[]> {
  const index = db.transaction("articles").store.index("actorIds");
  const [records, keys] = await Promise.all([index.getAll(actorId), index.getAllKeys(actorId)]);
  return records.flatMap((r, i) => articleOrNull(r, keys[i]!) ?? []);
}
