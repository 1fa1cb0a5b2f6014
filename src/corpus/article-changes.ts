import { splitSentences } from "../analysis/sentences";
import type { Analysis } from "../contract/analysis";
import type { PageChanges, StoredArticle } from "../contract/corpus";

// What changed between the stored copy of an article and the page as it reads now, as a reader
// sees it: whole sentences removed and added, and actors no longer or newly named — not a
// character diff, which an edited dateline or a moved comma would flood.

export interface ArticleChanges {
  removed: string[];
  added: string[];
  actorsRemoved: Array<{ id: string; name: string }>;
  actorsAdded: Array<{ id: string; name: string }>;
}

interface Version {
  text: string;
  analysis: Pick<Analysis, "actors">;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

function sentencesOf(text: string): string[] {
  return splitSentences(text)
    .map((s) => squash(text.slice(s.start, s.end)))
    .filter((s) => s !== "");
}

/** Sentences of `a` not in `b`, counting repeats (a sentence said twice and now once was removed once). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const s of b) left.set(s, (left.get(s) ?? 0) + 1);
  return a.filter((s) => {
    const n = left.get(s) ?? 0;
    if (n > 0) left.set(s, n - 1);
    return n === 0;
  });
}

export function articleChanges(before: Version, after: Version): ArticleChanges {
  const old = sentencesOf(before.text);
  const now = sentencesOf(after.text);
  const oldActors = new Map(before.analysis.actors.map((a) => [a.id, a.name]));
  const newActors = new Map(after.analysis.actors.map((a) => [a.id, a.name]));
  return {
    removed: minus(old, now),
    added: minus(now, old),
    actorsRemoved: [...oldActors].filter(([id]) => !newActors.has(id)).map(([id, name]) => ({ id, name })),
    actorsAdded: [...newActors].filter(([id]) => !oldActors.has(id)).map(([id, name]) => ({ id, name })),
  };
}

/** Whether the text differs in anything a reader would see (white space aside). */
export function textChanged(before: string, after: string): boolean {
  return squash(before) !== squash(after);
}

/** What the newest copy of a stored article changed from the copy before it; none for one copy. */
export function changesSinceSaved(article: StoredArticle): PageChanges | undefined {
  const before = article.versions?.at(-1);
  if (!before) return undefined;
  return { since: before.savedAt, ...articleChanges(before, article) };
}
