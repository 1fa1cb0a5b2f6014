import type { Analysis } from "../contract/analysis";

export interface ReaderMark {
  start: number;
  end: number;
  /** e.g. "actor-vietnam" or "kind-agreed": a CSS class of the reader. */
  category: string;
  actor?: string;
  commitment?: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Indexes into the marks that cover this segment (empty: plain text). */
  marks: number[];
}

export function readerMarks(analysis: Analysis): ReaderMark[] {
  return [
    ...analysis.commitments.map((c, i) => ({
      start: c.start,
      end: c.end,
      category: `kind-${c.kind}`,
      commitment: i,
    })),
    ...analysis.actors.flatMap((a) =>
      a.mentions.map((m) => ({ start: m.start, end: m.end, category: `actor-${a.side}`, actor: a.id })),
    ),
  ];
}

/**
 * Cuts [0, length) at every mark boundary: each piece is covered by the same marks throughout,
 * so overlapping highlights (an actor inside a commitment) become flat, nestable pieces.
 */
export function segmentText(length: number, marks: readonly ReaderMark[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const m of marks) {
    if (m.end <= m.start) continue;
    cuts.add(Math.max(0, Math.min(length, m.start)));
    cuts.add(Math.max(0, Math.min(length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering: number[] = [];
    marks.forEach((m, k) => {
      if (m.start <= start && m.end >= end && m.end > m.start) covering.push(k);
    });
    out.push({ start, end, marks: covering });
  }
  return out;
}
