// The analysis contract of ../shared/SPEC.md. Optional fields are our extensions;
// anything that breaks the shape bumps `schema`.

export const ANALYSIS_SCHEMA = "diplomark/analysis@1" as const;

export type AreaId =
  | "politics"
  | "economy"
  | "trade"
  | "investment"
  | "tourism"
  | "culture"
  | "education"
  | "health"
  | "agriculture"
  | "sports"
  | "information-media"
  | "science-technology"
  | "defense-security"
  | "people-to-people"
  | "transport-aviation"
  | "justice"
  | "taxation"
  | "multilateral"
  | "peace-stability";

export const AREA_IDS: readonly AreaId[] = [
  "politics",
  "economy",
  "trade",
  "investment",
  "tourism",
  "culture",
  "education",
  "health",
  "agriculture",
  "sports",
  "information-media",
  "science-technology",
  "defense-security",
  "people-to-people",
  "transport-aviation",
  "justice",
  "taxation",
  "multilateral",
  "peace-stability",
];

export type CommitmentKind = "signed" | "agreed" | "pledged" | "proposed" | "expected" | "reaffirmed";

export const COMMITMENT_KINDS: readonly CommitmentKind[] = [
  "signed",
  "agreed",
  "pledged",
  "proposed",
  "expected",
  "reaffirmed",
];

/** When a commitment holds (PLOVER's modes, ../shared/SPEC.md). */
export type CommitmentMode = "current" | "historical" | "future" | "hypothetical" | "negated";

export const COMMITMENT_MODES: readonly CommitmentMode[] = [
  "current",
  "historical",
  "future",
  "hypothetical",
  "negated",
];

/** Recalled or denied: background, never an outcome, never an area of this event. */
export const isBackground = (c: { mode?: CommitmentMode }): boolean =>
  c.mode === "historical" || c.mode === "negated";

export type Side = "vietnam" | "dprk" | "other";

export const SIDES: readonly Side[] = ["vietnam", "dprk", "other"];
export type ActorType = "person" | "state" | "party" | "org";

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  side: Side;
  known: boolean;
  roles: string[];
  mentions: Span[];
}

export interface Commitment extends Span {
  kind: CommitmentKind;
  areas: AreaId[];
  actors: string[];
  cameo?: string;
  /** When it holds (PLOVER's modes); absent means "current". */
  mode?: CommitmentMode;
  /** The cue that decided the kind, e.g. "expected to discuss" (extension). */
  cue?: Span;
}

export interface DateMention extends Span {
  iso: string;
}

/** What a relevance reason says, as data the UI words in its own language (extension). */
export type EvidenceCode =
  | "sides-named"
  | "no-vietnam-actor"
  | "no-dprk-actor"
  | "together"
  | "lead-together"
  | "relation-words"
  | "commitments"
  | "third-states"
  | "third-counterpart"
  | "one-side-in-passing";

export const EVIDENCE_CODES: readonly EvidenceCode[] = [
  "sides-named",
  "no-vietnam-actor",
  "no-dprk-actor",
  "together",
  "lead-together",
  "relation-words",
  "commitments",
  "third-states",
  "third-counterpart",
  "one-side-in-passing",
];

export interface RelevanceEvidence {
  code: EvidenceCode;
  /** The count the reason gives (times, sentences, words, a percentage). */
  n?: number;
  /** A second count ("sides-named": the DPRK side's mentions, n being Việt Nam's). */
  m?: number;
  /** Names the reason cites ("third-states": the third states, most mentioned first). */
  names?: string[];
  /** The lexicon ids of `names`, in the same order, so a UI can name them in its language. */
  ids?: string[];
}

export interface Relevance {
  relevant: boolean;
  score: number;
  /** Short evidence in English (the CLI's and exports' wording). */
  reasons: string[];
  /** The same evidence as data, for a UI in any language (extension). */
  evidence?: RelevanceEvidence[];
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  language: string;
  relevance: Relevance;
  actors: Actor[];
  commitments: Commitment[];
  areas: AreaId[];
  dates: DateMention[];
  /** Publication date when the text carries one (e.g. the " date YYYY-MM-DD " capture artefact). */
  published?: string;
}

export interface AnalyseOptions {
  /** ISO 639-1; detected from the text when absent. */
  language?: string;
  /** ISO date used to complete dates written without a year. */
  published?: string;
}
