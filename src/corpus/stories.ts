import { type Analysis, type Commitment, isBackground } from "../contract/analysis";
import { EXPECTATIONS, isOutcome } from "./commitment-time";

// One event reported by several outlets, in several languages, is one story. Text similarity
// cannot see a translation, so a story is told by what the analyses share across languages:
// the days it was published, the people and organisations it names (one id in every language),
// and the areas its commitments name.

export interface StoryKey {
  id: string;
  outlet: string;
  language: string;
  /** YYYY-MM-DD; an article without a date joins no story. */
  published?: string;
  /** Ids of the people and organisations named (states and parties name every story). */
  actors: readonly string[];
  areas: readonly string[];
  /**
   * "preview": it announces what is expected (a visit ahead, what the sides will discuss);
   * "outcome": it reports what was agreed, signed or pledged; "other": neither. A preview and the
   * report of its outcome are two pieces, the expectation → outcome pair the cross-reference is
   * for, never one story.
   */
  phase: "preview" | "outcome" | "other";
}

function phaseOf(commitments: readonly Commitment[]): StoryKey["phase"] {
  if (commitments.some(isOutcome)) return "outcome";
  // A hypothetical expectation ("could sign") still announces one; a recalled or negated one does not.
  if (commitments.some((c) => EXPECTATIONS.has(c.kind) && !isBackground(c))) return "preview";
  return "other";
}

/** Reports of one event appear within a few days of one another. */
export const STORY_DAYS = 3;
/** Shared people and organisations that make two reports one story… */
const MIN_SHARED_ACTORS = 2;
/** …when they are also this much of the smaller report's cast (Szymkiewicz–Simpson overlap). */
const MIN_ACTOR_OVERLAP = 0.5;

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export function storyKey(article: {
  id: string;
  outlet: string;
  language: string;
  published?: string;
  analysis: Pick<Analysis, "actors" | "areas" | "commitments">;
}): StoryKey {
  return {
    id: article.id,
    outlet: article.outlet,
    language: article.language,
    ...(article.published ? { published: article.published } : {}),
    actors: [
      ...new Set(
        article.analysis.actors.filter((a) => a.type === "person" || a.type === "org").map((a) => a.id),
      ),
    ],
    areas: [...article.analysis.areas],
    phase: phaseOf(article.analysis.commitments),
  };
}

/** Whether two reports tell the same event. */
export function sameStory(a: StoryKey, b: StoryKey): boolean {
  if (!a.published || !b.published) return false;
  if (a.phase !== b.phase && a.phase !== "other" && b.phase !== "other") return false;
  if (Math.abs(dayOf(a.published) - dayOf(b.published)) > STORY_DAYS) return false;
  const mine = new Set(a.actors);
  const shared = b.actors.filter((x) => mine.has(x)).length;
  if (shared < MIN_SHARED_ACTORS) return false;
  return shared / Math.min(a.actors.length, b.actors.length) >= MIN_ACTOR_OVERLAP;
}

/**
 * The stories among `keys`: groups of two or more reports, each group in date order, groups in
 * order of their first report. Sorted by date, each report is compared only with those within
 * STORY_DAYS of it, so a corpus costs its size times the reports of a few days.
 */
export function groupStories(keys: readonly StoryKey[]): StoryKey[][] {
  const dated = keys.filter((k) => k.published).sort((x, y) => x.published!.localeCompare(y.published!));
  const parent = dated.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < dated.length; i++) {
    const day = dayOf(dated[i]!.published!);
    for (let j = i + 1; j < dated.length && dayOf(dated[j]!.published!) - day <= STORY_DAYS; j++) {
      if (sameStory(dated[i]!, dated[j]!)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, StoryKey[]>();
  dated.forEach((k, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(k);
    else groups.set(r, [k]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
