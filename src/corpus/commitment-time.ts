import type { Commitment, CommitmentKind } from "../contract/analysis";

// Which commitments are outcomes of the event reported and which are expectations of it: the
// cross-reference's expectation → outcome pairs, the popup's area table and the stories'
// preview/outcome phase all read them the same way.

export const EXPECTATIONS: ReadonlySet<CommitmentKind> = new Set(["expected", "proposed"]);
export const OUTCOMES: ReadonlySet<CommitmentKind> = new Set(["agreed", "signed", "pledged"]);

/**
 * An outcome is agreed, signed or pledged in the event reported (mode "current", the default):
 * a recalled agreement ("have signed … since 1957") is background, never an outcome, and a
 * hypothetical or negated one is none either.
 */
export function isOutcome(c: Commitment): boolean {
  return OUTCOMES.has(c.kind) && (c.mode ?? "current") === "current";
}

/** An expectation still ahead when written: expected or proposed, now or for later. */
export function isExpectation(c: Commitment): boolean {
  const mode = c.mode ?? "current";
  return EXPECTATIONS.has(c.kind) && (mode === "current" || mode === "future");
}
