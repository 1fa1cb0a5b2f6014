import type { AreaId, CommitmentKind, Side } from "../analysis/types";

export const AREA_LABELS: Record<AreaId, string> = {
  politics: "Politics",
  economy: "Economy",
  trade: "Trade",
  investment: "Investment",
  tourism: "Tourism",
  culture: "Culture",
  education: "Education",
  health: "Health",
  agriculture: "Agriculture",
  sports: "Sports",
  "information-media": "Information & media",
  "science-technology": "Science & technology",
  "defense-security": "Defence & security",
  "people-to-people": "People-to-people",
  "transport-aviation": "Transport & aviation",
  justice: "Justice",
  taxation: "Taxation",
  multilateral: "Multilateral",
  "peace-stability": "Peace & stability",
};

export const KIND_LABELS: Record<CommitmentKind, string> = {
  signed: "Signed",
  agreed: "Agreed",
  pledged: "Pledged",
  proposed: "Proposed",
  expected: "Expected",
  reaffirmed: "Reaffirmed",
};

export const SIDE_LABELS: Record<Side, string> = {
  vietnam: "Việt Nam",
  dprk: "DPRK",
  other: "Others",
};

export const SIDES: readonly Side[] = ["vietnam", "dprk", "other"];

export function areaLabel(id: string): string {
  return AREA_LABELS[id as AreaId] ?? id;
}

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as CommitmentKind] ?? kind;
}

/** "Malay" for "ms"; the code itself where the browser has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
