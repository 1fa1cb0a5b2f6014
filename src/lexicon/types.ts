import type { ActorType, AreaId, CommitmentKind, CommitmentMode, Side } from "../contract/analysis";

export type LangCode = "vi" | "en" | "ms" | "id" | "fr" | "es" | "de" | "ru" | "zh" | "ja" | "ko";

/** A person, state, party or organisation the product knows, with its stable id. */
export interface EntityEntry {
  id: string;
  name: string;
  type: ActorType;
  side: Side;
  /**
   * Romanised Korean names: spacing and hyphenation variants ("Kim Jong Un", "Kim Jong-un",
   * "Kim Jongun") and the usual surname spellings (Choe/Choi, Ri/Lee/Rhee, Pak/Park) are derived.
   */
  koreanName?: boolean;
  /** A commitment that names this actor is about this area (the UN → multilateral). */
  area?: AreaId;
}

/** A place that is not an actor but would otherwise be read as one ("bán đảo Triều Tiên"). */
export interface PlaceEntry {
  id: string;
  side: Side;
  /** A capital or a place that on its own signals the side in relevance (Pyongyang, Hà Nội). */
  signalsSide?: boolean;
  area?: AreaId;
}

export interface TitleEntry {
  text: string;
  /** Empty for forms of address ("ông", "Mr") that introduce a name but are no role. */
  /** English display form of the role. */
  role: string;
  /** The side a title implies on its own, e.g. "Chairman of the State Affairs" → dprk. */
  side?: Side;
}

export type CueStrength =
  /** Decides the kind on its own ("signed", "nhất trí", "bersetuju"). */
  | "strong"
  /** A future modal ("will", "sẽ", "akan"): a commitment only with a cooperation verb. */
  | "future"
  /** A cooperation verb ("strengthen", "thúc đẩy", "menggalakkan"): only with a modal, a joint subject or a list lead-in. */
  | "weak"
  /** Shadows a cue inside a longer phrase that is no commitment ("thư ký", "tái thống nhất"). */
  | "block";

export interface CueEntry {
  text: string;
  kind: CommitmentKind;
  strength: CueStrength;
  cameo?: string;
  /** The area the cue names by itself ("pay a state visit" → politics). */
  area?: AreaId;
}

/**
 * Words that set when a commitment holds. "before": within a few words before the deciding cue
 * ("have signed", "did not agree", "could sign"); "clause": anywhere in the clause ("trước đó",
 * "previously"); "year": right before a year anywhere in the clause ("since 1957", "từ năm 1957").
 */
export interface ModeCue {
  text: string;
  mode: Exclude<CommitmentMode, "current" | "future">;
  scope: "before" | "clause" | "year";
  /** Only for these kinds ("have" recalls a signing, not an agreement reached today). */
  kinds?: readonly CommitmentKind[];
}

export interface AreaWord {
  text: string;
  area: AreaId;
}

export interface LanguageLexicon {
  code: LangCode;
  /** Aliases by entity id. Capitalised words must be capitalised in the text; acronyms all caps. */
  aliases: Record<string, readonly string[]>;
  /** Forms valid only once the entity is named in full, or right after a title ("General Secretary Lâm"). */
  shortAliases?: Record<string, readonly string[]>;
  places?: Record<string, readonly string[]>;
  titles: readonly TitleEntry[];
  cues: readonly CueEntry[];
  areaWords: readonly AreaWord[];
  /**
   * Phrases holding an area word that name no cooperation area: a story's source ("state media
   * said", "truyền thông … đưa tin", "selon les médias"). They shadow the area word inside them.
   */
  notAreas?: readonly string[];
  /** Mode words: history, hypothesis, negation (future is the "expected" kind). */
  modeCues?: readonly ModeCue[];
  /** Sentence openers that run to the first comma and commit nothing ("At the invitation of …,"). */
  preambles?: readonly string[];
  /**
   * Verbs that, after a comma or "and", open a clause that commits nothing ("praised",
   * "đánh giá cao", "thanked"): the commitment before them ends there.
   */
  clauseStops?: readonly string[];
  /** "both sides", "hai nước", "kedua-dua pihak": the subject is both states. */
  jointSubjects: readonly string[];
  /** Words of bilateral relations (visit, talks, ambassador…) that relevance weighs. */
  relationWords: readonly string[];
  /** Prepositions that make a country name the venue of a story ("in Vietnam", "di Vietnam", "tại Việt Nam"). */
  venueWords?: readonly string[];
  /** Words that may stand between a title and the name ("of", "the", "của", "tại"). */
  connectors: readonly string[];
  /** Words that open a photo credit or source line ("Ảnh:", "Photo:", "Sumber:"). */
  creditCues: readonly string[];
  /** Words that open a byline or an editor's line ("Phóng viên …", "By …", "Oleh …"): the line is no story. */
  bylineCues?: readonly string[];
  /** Line-long headings after which the page is no longer the article ("Tin liên quan", "Komen"). */
  residueHeadings?: readonly string[];
  /** Words that open an ordinal list item ("First,", "Thứ nhất,", "Pertama,"). */
  listOpeners: readonly string[];
  /** Adjectives that tell a side without naming an actor ("Vietnamese", "North Korean"). */
  demonyms?: Partial<Record<Side, readonly string[]>>;
  /** Words before a name-like run that make it a street, school or place ("đường", "phố", "Jalan"). */
  notPersonBefore?: readonly string[];
  /** Words after a name-like run that make it a place or institution ("Street", "University"). */
  notPersonAfter?: readonly string[];
}
