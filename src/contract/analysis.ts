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

/**
 * What the score rests on, as data (extension): the UI words it in its own language, where
 * `reasons` are the analyser's English sentences for the CLI and the SPEC.
 */
export type RelevanceEvidence =
  | { kind: "named"; vn: number; dprk: number }
  | { kind: "unnamedSide"; side: "vietnam" | "dprk" }
  | { kind: "together"; count: number }
  | { kind: "leadTogether" }
  | { kind: "relations"; count: number }
  | { kind: "commitments"; count: number }
  | { kind: "thirdStates"; percent: number; top: Array<{ id: string; name: string; count: number }> }
  | { kind: "passing" };

export const EVIDENCE_KINDS = [
  "named",
  "unnamedSide",
  "together",
  "leadTogether",
  "relations",
  "commitments",
  "thirdStates",
  "passing",
] as const satisfies ReadonlyArray<RelevanceEvidence["kind"]>;

export interface Relevance {
  relevant: boolean;
  score: number;
  reasons: string[];
  /** The same evidence as `reasons`, as data (extension; absent in analyses stored before it). */
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
