import type { AreaId } from "../contract/analysis";

// CAMEO event codes: intent to cooperate (03x) narrows by area for agreements and pledges:
// 0311 economic, 0312 military, 0313 judicial, 032 diplomatic.
export const CAMEO_BY_AREA: Partial<Record<AreaId, string>> = {
  economy: "0311",
  trade: "0311",
  investment: "0311",
  agriculture: "0311",
  tourism: "0311",
  taxation: "0311",
  "transport-aviation": "0311",
  "defense-security": "0312",
  justice: "0313",
  politics: "032",
  multilateral: "032",
};

export const CAMEO_BY_KIND = {
  signed: "057",
  agreed: "030",
  pledged: "030",
  proposed: "020",
  expected: "036",
  reaffirmed: "010",
} as const;
