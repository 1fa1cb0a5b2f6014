import type { Analysis, CommitmentKind, Side } from "../analysis/types";

// The highlight names are public: the e2e tests and anyone styling the page read them.
export const PREFIX = "diplomark";
export const FLASH = `${PREFIX}-flash`;

export const actorCategory = (side: Side): string => `${PREFIX}-actor-${side}`;
export const commitmentCategory = (kind: CommitmentKind): string => `${PREFIX}-commitment-${kind}`;

/** What a painted range stands for; hover cards and reveal look it up. */
export type Target = { actor: string } | { commitment: number };

export interface Mark {
  category: string;
  start: number;
  end: number;
  target: Target;
}

/** Every span of an analysis as a mark: actor mentions on top of commitment sentences. */
export function marksOf(analysis: Analysis): Mark[] {
  const marks: Mark[] = [];
  analysis.commitments.forEach((c, i) => {
    marks.push({
      category: commitmentCategory(c.kind),
      start: c.start,
      end: c.end,
      target: { commitment: i },
    });
  });
  for (const a of analysis.actors) {
    for (const m of a.mentions) {
      marks.push({ category: actorCategory(a.side), start: m.start, end: m.end, target: { actor: a.id } });
    }
  }
  return marks;
}

const SIDE_COLOURS: Record<Side, string> = {
  vietnam: "220, 38, 38",
  dprk: "37, 99, 235",
  other: "124, 58, 237",
};

const KIND_COLOURS: Record<CommitmentKind, string> = {
  signed: "22, 163, 74",
  agreed: "13, 148, 136",
  pledged: "202, 138, 4",
  proposed: "234, 88, 12",
  expected: "100, 116, 139",
  reaffirmed: "147, 51, 234",
};

/**
 * Translucent colours keep the page's own text colour readable on light and dark pages;
 * actors are stronger and underlined, commitments a light wash with a dotted underline.
 * Actor rules come last so they win over a commitment where both cover a word (fallback marks).
 */
export function highlightCss(selector: (category: string) => string): string {
  const rules: string[] = [];
  for (const [kind, rgb] of Object.entries(KIND_COLOURS)) {
    rules.push(
      `${selector(commitmentCategory(kind as CommitmentKind))}{background-color:rgba(${rgb},.14);text-decoration:underline dotted rgba(${rgb},.9)}`,
    );
  }
  for (const [side, rgb] of Object.entries(SIDE_COLOURS)) {
    rules.push(
      `${selector(actorCategory(side as Side))}{background-color:rgba(${rgb},.3);text-decoration:underline 2px rgb(${rgb})}`,
    );
  }
  rules.push(`${selector(FLASH)}{background-color:rgba(250,204,21,.75);color:#111}`);
  return rules.join("\n");
}
