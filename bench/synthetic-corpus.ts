import { type Analysis, AREA_IDS, type AreaId } from "../src/analysis/types";
import { ANALYSER_VERSION } from "../src/corpus/analyser-version";
import { findCandidates } from "../src/corpus/candidates";
import { crossReference, RELATED_LIMIT } from "../src/corpus/cross-reference";
import { type CorpusDB, toRecord } from "../src/corpus/db";
import { countArticles } from "../src/corpus/store";
import type { StoredArticle } from "../src/corpus/types";
import { idForUrl } from "../src/corpus/url";

// A synthetic corpus for the scale figures, shared by the Node bench (fake-indexeddb) and the
// browser bench (real IndexedDB in Chromium), and the background's cross-reference request as
// src/background/dispatch.ts makes it.

const ACTORS = Array.from({ length: 80 }, (_, i) => `actor-${i}`);
const AREAS: AreaId[] = [...AREA_IDS];

/** A stored article with a plausible spread of actors and areas (few common, many rare). */
export function synthetic(i: number, template: Analysis): StoredArticle {
  const pick = <T>(pool: T[], k: number, salt: number): T[] =>
    Array.from({ length: k }, (_, j) => pool[(i * 7 + j * 13 + salt) % pool.length]!);
  const actorIds = ["vietnam", "dprk", ...pick(ACTORS, 4, 3)];
  const url = `https://vov.vn/synthetic-${i}.vov`;
  return {
    id: idForUrl(url),
    url,
    title: `Synthetic ${i}`,
    outlet: "vov.vn",
    language: "en",
    savedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    published: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().slice(0, 10),
    text: `Synthetic article ${i}.`,
    analysis: {
      ...template,
      actors: actorIds.map((id) => ({
        id,
        name: id,
        type: "person",
        side: "other",
        known: true,
        roles: [],
        mentions: [{ start: 0, end: 1, text: "S" }],
      })),
      areas: pick(AREAS, 2, i % 5),
    },
  };
}

/**
 * The background's corpus size cache (src/background/dispatch.ts), forgotten by writes. A copy of
 * its handler rather than a call: the dispatcher imports the seeds as Vite `?raw` modules, which
 * the Node bench (tsx) cannot load.
 */
const sizes = new WeakMap<CorpusDB, number>();

export async function fill(db: CorpusDB, from: number, to: number, template: Analysis) {
  sizes.delete(db);
  const tx = db.transaction("articles", "readwrite");
  for (let i = from; i < to; i++) void tx.store.put(toRecord(synthetic(i, template), ANALYSER_VERSION));
  await tx.done;
}

/** What the background's crossReference handler does. */
export async function crossReferenceRequest(db: CorpusDB, analysis: Analysis) {
  const page = { url: "https://vov.vn/page.vov", analysis };
  const counted = sizes.get(db);
  const [found, corpusSize] = await Promise.all([findCandidates(db, page), counted ?? countArticles(db)]);
  sizes.set(db, corpusSize);
  return crossReference(page, found.articles, {
    corpusSize,
    limit: RELATED_LIMIT,
    same: found.same,
    signatures: found.signatures,
  });
}
