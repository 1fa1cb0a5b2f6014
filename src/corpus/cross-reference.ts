import {
  type Analysis,
  type AreaId,
  type Commitment,
  type CommitmentKind,
  isBackground,
} from "../contract/analysis";
import type {
  CommitmentMatch,
  CrossReference,
  ExpectationOutcome,
  KindMovement,
  RelatedArticle,
  StoredArticle,
} from "../contract/corpus";
import { EXPECTATIONS, isExpectation, isOutcome, OUTCOMES } from "./commitment-time";
import { sameArticle } from "./fingerprint";
import { groupStories, type StoryKey, storyKey } from "./stories";
import { summarise } from "./summary";
import { normaliseUrl } from "./url";

export interface PageInput {
  url: string;
  analysis: Analysis;
  published?: string;
}

export interface CrossReferenceOptions {
  /** The size of the whole corpus when `stored` holds only the candidates. */
  corpusSize?: number;
  /** At most this many related articles, best first. */
  limit?: number;
  /**
   * Ids of stored articles that are this page (its address or a near-duplicate text, found by
   * candidates.ts), best first: the page is stored as the first, and none is compared with it.
   */
  same?: readonly string[];
  /** Stored articles' text fingerprints: related articles that are copies of one story group. */
  signatures?: ReadonlyMap<string, readonly number[]>;
}

/** At most this many related articles in the background's cross-reference (the popup shows them all). */
export const RELATED_LIMIT = 20;

/** Who names the page in `expectedIn` / `outcomeIn`. */
export const PAGE = "page";

type Timing = RelatedArticle["timing"];

/**
 * Compares the page with stored articles on language-independent ids only (actor ids, area
 * ids, commitment kinds, dates), so a Vietnamese page and the Malay seed compare without
 * translation. Pure: the caller chooses the candidates.
 */
export function crossReference(
  page: PageInput,
  stored: readonly StoredArticle[],
  opts: CrossReferenceOptions = {},
): CrossReference {
  const pageUrl = normaliseUrl(page.url);
  const published = page.published ?? page.analysis.published;
  const same = new Set(opts.same ?? []);
  let savedAs = opts.same?.[0];
  const related: RelatedArticle[] = [];

  for (const article of stored) {
    const sameUrl = normaliseUrl(article.url) === pageUrl;
    if (sameUrl) savedAs ??= article.id;
    // A stored translation of this page (the Malay seed holds its Vietnamese original's
    // address) still has something to compare; the same text has not.
    if (sameUrl && article.language === page.analysis.language) continue;
    if (same.has(article.id) && !(sameUrl && article.language !== page.analysis.language)) continue;
    const r = relate(page.analysis, published, article);
    if (r) related.push(r);
  }

  related.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      dateDistance(published, a.article.published) - dateDistance(published, b.article.published) ||
      (a.article.id < b.article.id ? -1 : 1),
  );
  const copies = opts.signatures ? groupCopies(related, opts.signatures) : related;
  const grouped = groupStoriesOf(copies, stored, page.analysis);
  const savedArticle = savedAs ? stored.find((a) => a.id === savedAs) : undefined;

  // Every report's matches count, whichever entry of its story shows them.
  const confirmedSet = new Set(related.flatMap((r) => r.commitmentMatches.map((m) => m.here)));
  const all = page.analysis.commitments.map((_, i) => i);
  const background = all.filter((i) => isBackground(page.analysis.commitments[i]!));
  const indexes = all.filter((i) => !background.includes(i));
  return {
    corpusSize: opts.corpusSize ?? stored.length,
    ...(savedAs ? { savedAs } : {}),
    ...(savedArticle ? { savedTitle: savedArticle.title } : {}),
    related: opts.limit === undefined ? grouped : grouped.slice(0, opts.limit),
    confirmed: indexes.filter((i) => confirmedSet.has(i)),
    newHere: indexes.filter((i) => !confirmedSet.has(i)),
    ...(background.length > 0 ? { background } : {}),
  };
}

/**
 * Copies of one story on several outlets (a VNA dispatch on baotintuc.vn and vietnamplus.vn, a
 * KCNA item on a mirror) are one related entry: the best-ranked copy, listing the others.
 */
function groupCopies(
  related: readonly RelatedArticle[],
  signatures: ReadonlyMap<string, readonly number[]>,
): RelatedArticle[] {
  const out: RelatedArticle[] = [];
  for (const r of related) {
    const sig = signatures.get(r.article.id) ?? [];
    const story = out.find((o) => sameArticle(signatures.get(o.article.id) ?? [], sig));
    if (story) story.copies = [...(story.copies ?? []), r.article];
    else out.push({ ...r });
  }
  return out;
}

/**
 * Other outlets' reports of one event (stories.ts: a few days apart, the same people and
 * organisations, in any language) are one entry: the best-ranked report, the others as its
 * copies, each with what it leaves out of the page's areas. An area the story expected counts
 * once, whichever of its reports said it.
 */
function groupStoriesOf(
  related: readonly RelatedArticle[],
  stored: readonly StoredArticle[],
  page: Analysis,
): RelatedArticle[] {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const keys: StoryKey[] = [];
  for (const r of related) {
    const a = byId.get(r.article.id);
    if (a) keys.push(storyKey(a));
  }
  const storyOf = new Map<string, number>();
  groupStories(keys).forEach((g, i) => {
    for (const k of g) storyOf.set(k.id, i);
  });
  const pageAreas = unique(page.commitments.filter((c) => !isBackground(c)).flatMap((c) => c.areas));
  const heads = new Map<number, RelatedArticle>();
  const out: RelatedArticle[] = [];
  for (const r of related) {
    const story = storyOf.get(r.article.id);
    const head = story === undefined ? undefined : heads.get(story);
    if (!head) {
      const entry = { ...r };
      out.push(entry);
      if (story !== undefined) heads.set(story, entry);
      continue;
    }
    head.copies = [...(head.copies ?? []), r.article, ...(r.copies ?? [])];
    const named = new Set(byId.get(r.article.id)?.analysis.areas ?? []);
    const left = pageAreas.filter((a) => !named.has(a));
    if (left.length > 0) head.omits = { ...head.omits, [r.article.id]: left };
    const known = new Set(head.expectationOutcome.map((o) => o.area));
    head.expectationOutcome = [
      ...head.expectationOutcome,
      ...r.expectationOutcome.filter((o) => !known.has(o.area)),
    ];
  }
  return out;
}

function relate(
  page: Analysis,
  published: string | undefined,
  article: StoredArticle,
): RelatedArticle | null {
  const there = article.analysis;
  if (!there.relevance.relevant) return null;

  const pageActors = unique(page.actors.map((a) => a.id));
  const thereActors = new Set(there.actors.map((a) => a.id));
  const actorsInCommon = pageActors.filter((id) => thereActors.has(id));
  const actorsOnlyHere = pageActors.filter((id) => !thereActors.has(id));

  const pageAreas = unique(page.areas);
  const thereAreas = new Set(there.areas);
  const areasInCommon = pageAreas.filter((a) => thereAreas.has(a));
  const areasNewHere = pageAreas.filter((a) => !thereAreas.has(a));

  if (actorsInCommon.length === 0 && areasInCommon.length === 0) return null;

  const timing = timingOf(published, article.published);
  const commitmentMatches = matchCommitments(page.commitments, there.commitments, timing);
  const expectationOutcome = expectationsToOutcomes(page, there, article.id, timing);

  const actorScore = jaccard(pageActors.length, thereActors.size, actorsInCommon.length);
  const areaScore = jaccard(pageAreas.length, thereAreas.size, areasInCommon.length);
  const matchedHere = new Set(commitmentMatches.map((m) => m.here)).size;
  const commitmentScore = page.commitments.length ? matchedHere / page.commitments.length : 0;
  const similarity = round(0.35 * actorScore + 0.4 * areaScore + 0.25 * commitmentScore);

  return {
    article: summarise(article),
    similarity,
    timing,
    actorsInCommon,
    actorsOnlyHere,
    areasInCommon,
    areasNewHere,
    commitmentMatches,
    expectationOutcome,
  };
}

function matchCommitments(here: readonly Commitment[], there: readonly Commitment[], timing: Timing) {
  const matches: CommitmentMatch[] = [];
  // Recalled history confirms nothing and is no outcome: it is background on either side.
  here.forEach((h, i) => {
    if (isBackground(h)) return;
    there.forEach((t, j) => {
      if (isBackground(t)) return;
      const areas = h.areas.filter((a) => t.areas.includes(a));
      if (areas.length === 0) return;
      const actors = h.actors.filter((a) => t.actors.includes(a));
      // The analyser cannot always tell who commits; an unattributed commitment does not
      // contradict an attributed one, so only two attributed, disjoint actor lists fail.
      if (actors.length === 0 && h.actors.length > 0 && t.actors.length > 0) return;
      matches.push({
        here: i,
        there: j,
        kindHere: h.kind,
        kindThere: t.kind,
        areas,
        actors,
        movement: movement(h.kind, t.kind, timing),
      });
    });
  });
  return matches;
}

function movement(here: CommitmentKind, there: CommitmentKind, timing: Timing): KindMovement {
  if (here === there) return "same";
  // "before": the stored article is earlier, so it holds the expectation and the page the outcome.
  const forward = EXPECTATIONS.has(there) && OUTCOMES.has(here);
  const backward = EXPECTATIONS.has(here) && OUTCOMES.has(there);
  if (timing === "before" && forward) return "kept";
  if (timing === "after" && backward) return "kept";
  if ((timing === "same" || timing === "unknown") && (forward || backward)) return "kept";
  return "changed";
}

/**
 * Areas expected or proposed in the earlier of the two articles: kept when the later one
 * agreed, signed or pledged something in that area, open otherwise. With no order in time
 * (same day, or a date missing) both directions are read.
 */
function expectationsToOutcomes(
  page: Analysis,
  there: Analysis,
  thereId: string,
  timing: Timing,
): ExpectationOutcome[] {
  const out: ExpectationOutcome[] = [];
  const pairs: [Analysis, string, Analysis, string][] = [];
  if (timing !== "after") pairs.push([there, thereId, page, PAGE]);
  if (timing !== "before") pairs.push([page, PAGE, there, thereId]);
  for (const [earlier, earlierId, later, laterId] of pairs) {
    for (const area of expectedAreas(earlier)) {
      const outcome = later.commitments.find((c) => isOutcome(c) && c.areas.includes(area));
      out.push(
        outcome
          ? { area, expectedIn: earlierId, outcomeIn: laterId, outcomeKind: outcome.kind, status: "kept" }
          : { area, expectedIn: earlierId, status: "open" },
      );
    }
  }
  return out;
}

function expectedAreas(analysis: Analysis): AreaId[] {
  return unique(analysis.commitments.filter(isExpectation).flatMap((c) => c.areas));
}

function timingOf(page: string | undefined, stored: string | undefined): Timing {
  const a = day(page);
  const b = day(stored);
  if (!a || !b) return "unknown";
  return b < a ? "before" : b > a ? "after" : "same";
}

function day(iso: string | undefined): string | undefined {
  const m = iso?.match(/^\d{4}-\d{2}-\d{2}/);
  return m?.[0];
}

function dateDistance(a: string | undefined, b: string | undefined): number {
  const da = day(a);
  const db = day(b);
  if (!da || !db) return Number.POSITIVE_INFINITY;
  return Math.abs(Date.parse(da) - Date.parse(db));
}

function jaccard(sizeA: number, sizeB: number, common: number): number {
  const union = sizeA + sizeB - common;
  return union === 0 ? 0 : common / union;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
