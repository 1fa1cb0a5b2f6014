import { analyse } from "../src/analysis";
import { createDispatcher, type Dispatch } from "../src/background/dispatch";
import { type Analysis, AREA_IDS, type AreaId } from "../src/contract/analysis";
import type { CrossReference, StoredArticle } from "../src/contract/corpus";
import { ANALYSER_VERSION } from "../src/corpus/analyser-version";
import { type CorpusDB, toRecord } from "../src/corpus/db";
import { idForUrl } from "../src/corpus/url";

// A synthetic corpus for the scale figures, shared by the Node bench (fake-indexeddb) and the
// browser bench (real IndexedDB in Chromium), and the background's cross-reference request
// answered by the background's own dispatcher.

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

export async function fill(db: CorpusDB, from: number, to: number, template: Analysis) {
  const tx = db.transaction("articles", "readwrite");
  for (let i = from; i < to; i++) void tx.store.put(toRecord(synthetic(i, template), ANALYSER_VERSION));
  await tx.done;
}

/**
 * The background's own dispatcher over `db`, as entrypoints/background.ts wires it (the corpus
 * already prepared). Make a new one after fill(): the dispatcher counts the corpus once and then
 * follows its own writes, and fill() writes behind its back.
 */
export function backgroundFor(db: CorpusDB): Dispatch {
  return createDispatcher({ corpus: async () => db, analyse });
}

/** The popup's cross-reference request for a page with `analysis`, answered by `dispatch`. */
export async function crossReferenceRequest(dispatch: Dispatch, analysis: Analysis) {
  const reply = await dispatch({ type: "crossReference", url: "https://vov.vn/page.vov", analysis });
  if (!reply || "error" in reply) throw new Error(`crossReference failed: ${JSON.stringify(reply)}`);
  return reply as CrossReference;
}
