import { type Analysis, AREA_IDS, type AreaId, type CommitmentKind } from "../contract/analysis";
import type { CrossReference } from "../contract/corpus";
import { isExpectation, isOutcome } from "./commitment-time";
import { PAGE } from "./cross-reference";

// The cross-reference as an analyst reads it first: per area of cooperation, was it expected in
// the stored articles before, was it agreed or signed on this page, is it still open. One row
// per area, whatever the number of stored articles, so the answer fits a popup.

export type AreaStatus =
  /** expected before, agreed, signed or pledged here */
  | "confirmed"
  /** agreed, signed or pledged here, expected in no stored article */
  | "new"
  /** expected before, no outcome here yet */
  | "open"
  /** expected or proposed on this page itself, no outcome anywhere yet */
  | "announced";

export interface AreaRow {
  area: AreaId;
  /** Stored articles that expected or proposed it before (or undated). */
  expectedIn: string[];
  /** The strongest outcome on this page (signed over agreed over pledged), current events only. */
  here?: CommitmentKind;
  status: AreaStatus;
}

export interface AreaTable {
  rows: AreaRow[];
  /** Areas some stored article expected. */
  expected: number;
  confirmed: number;
  newHere: number;
  open: number;
}

const STRENGTH: readonly CommitmentKind[] = ["signed", "agreed", "pledged"];
const ORDER: readonly AreaStatus[] = ["confirmed", "new", "open", "announced"];

export function areaTable(page: Analysis, xref: CrossReference): AreaTable {
  const expectedIn = new Map<AreaId, Set<string>>();
  for (const r of xref.related) {
    for (const o of r.expectationOutcome) {
      if (o.expectedIn === PAGE) continue;
      const set = expectedIn.get(o.area) ?? new Set<string>();
      set.add(r.article.id);
      expectedIn.set(o.area, set);
    }
  }
  const here = new Map<AreaId, CommitmentKind>();
  const announced = new Set<AreaId>();
  for (const c of page.commitments) {
    for (const area of c.areas) {
      if (isOutcome(c)) {
        const was = here.get(area);
        if (!was || STRENGTH.indexOf(c.kind) < STRENGTH.indexOf(was)) here.set(area, c.kind);
      } else if (isExpectation(c)) announced.add(area);
    }
  }
  const rows: AreaRow[] = [];
  for (const area of AREA_IDS) {
    const before = [...(expectedIn.get(area) ?? [])];
    const outcome = here.get(area);
    const status: AreaStatus | null =
      before.length > 0
        ? outcome
          ? "confirmed"
          : "open"
        : outcome
          ? "new"
          : announced.has(area)
            ? "announced"
            : null;
    if (status) rows.push({ area, expectedIn: before, ...(outcome ? { here: outcome } : {}), status });
  }
  rows.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const count = (s: AreaStatus) => rows.filter((r) => r.status === s).length;
  return {
    rows,
    expected: count("confirmed") + count("open"),
    confirmed: count("confirmed"),
    newHere: count("new"),
    open: count("open"),
  };
}
