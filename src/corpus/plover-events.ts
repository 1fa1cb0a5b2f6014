import type { Actor, AreaId, Commitment, CommitmentKind, CommitmentMode } from "../contract/analysis";
import type { StoredArticle } from "../contract/corpus";

// Commitments as event records in the shape PLOVER defines and POLECAT publishes: one record a
// commitment, with its actors (and their sides), date, source address, and the sentence and its
// offsets, so a researcher can go back to the text. The mapping is docs/export-schema.md's table.

export type PloverEventType = "AGREE" | "SUPPORT" | "CONSULT";

export interface PloverActor {
  id: string;
  name: string;
  type: Actor["type"];
  side: Actor["side"];
}

export interface PloverEvent {
  event_id: string;
  event_type: PloverEventType;
  /** "visit" for visits (CONSULT's mode), else the temporal mode when it is not "current", else "". */
  event_mode: string;
  /** PLOVER contexts: from the cooperation areas, then "historical", "future", "hypothetical", "negation". */
  contexts: string[];
  actors: PloverActor[];
  /** YYYY-MM-DD: the article's publication date, else the day it was saved. */
  date: string;
  source_url: string;
  source_id: string;
  language: string;
  sentence: string;
  start: number;
  end: number;
  /** Ours, beside PLOVER's: the commitment's kind, mode, areas and CAMEO code. */
  kind: CommitmentKind;
  mode: CommitmentMode;
  areas: AreaId[];
  cameo: string | null;
}

export const EVENT_TYPE_BY_KIND: Readonly<Record<CommitmentKind, PloverEventType>> = {
  signed: "SUPPORT",
  reaffirmed: "SUPPORT",
  agreed: "AGREE",
  pledged: "AGREE",
  proposed: "AGREE",
  expected: "AGREE",
};

/** CAMEO 042 "make a visit", 043 "host a visit": PLOVER's CONSULT with mode "visit". */
const VISIT_CAMEO = /^04[23]/;
/** The rest of CAMEO's 04 family (consult, discuss by telephone, meet, negotiate). */
const CONSULT_CAMEO = /^04/;

export const CONTEXT_BY_AREA: Readonly<Record<AreaId, string>> = {
  politics: "diplomatic",
  economy: "economic",
  trade: "economic",
  investment: "economic",
  tourism: "economic",
  agriculture: "economic",
  taxation: "economic",
  "transport-aviation": "economic",
  "science-technology": "economic",
  culture: "culture",
  education: "culture",
  sports: "culture",
  "people-to-people": "culture",
  "information-media": "culture",
  health: "disease",
  "defense-security": "military",
  justice: "legal",
  multilateral: "diplomatic",
  "peace-stability": "political",
};

export const CONTEXT_BY_MODE: Readonly<Record<CommitmentMode, string | null>> = {
  current: null,
  historical: "historical",
  future: "future",
  hypothetical: "hypothetical",
  negated: "negation",
};

function typeAndMode(c: Commitment, mode: CommitmentMode): { type: PloverEventType; mode: string } {
  const temporal = mode === "current" ? "" : mode;
  if (c.cameo && VISIT_CAMEO.test(c.cameo)) return { type: "CONSULT", mode: "visit" };
  if (c.cameo && CONSULT_CAMEO.test(c.cameo)) return { type: "CONSULT", mode: temporal };
  return { type: EVENT_TYPE_BY_KIND[c.kind], mode: temporal };
}

/** The event records of one stored article, in the order of its commitments. */
export function ploverEvents(article: StoredArticle): PloverEvent[] {
  const actors = new Map(article.analysis.actors.map((a) => [a.id, a]));
  const date = article.published ?? article.savedAt.slice(0, 10);
  return article.analysis.commitments.map((c, i) => {
    const mode = c.mode ?? "current";
    const { type, mode: eventMode } = typeAndMode(c, mode);
    const contexts = [...new Set(c.areas.map((a) => CONTEXT_BY_AREA[a]))];
    const temporal = CONTEXT_BY_MODE[mode];
    if (temporal) contexts.push(temporal);
    return {
      event_id: `${article.id}:${i}`,
      event_type: type,
      event_mode: eventMode,
      contexts,
      actors: c.actors.flatMap((id) => {
        const a = actors.get(id);
        return a ? [{ id, name: a.name, type: a.type, side: a.side }] : [];
      }),
      date,
      source_url: article.url,
      source_id: article.id,
      language: article.language,
      sentence: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      mode,
      areas: [...c.areas],
      cameo: c.cameo ?? null,
    };
  });
}
