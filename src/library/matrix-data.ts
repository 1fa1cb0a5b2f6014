import { AREA_IDS, type AreaId, type CommitmentKind, isBackground } from "../contract/analysis";
import type { LibraryArticle } from "../contract/corpus";

/** Strongest first: a cell shows how far an area got in that article. */
export const KIND_STRENGTH: readonly CommitmentKind[] = [
  "signed",
  "agreed",
  "pledged",
  "reaffirmed",
  "proposed",
  "expected",
];

export interface MatrixCell {
  area: AreaId;
  articleId: string;
  /** The strongest kind among the article's commitments on this area. */
  kind: CommitmentKind;
  /** Index (in the article's commitments) of the sentence that carries that kind. */
  commitment: number;
  /** Every commitment index on this area, in text order. */
  commitments: number[];
  /** Only recalled (historical) or denied commitments name this area: background, no outcome. */
  background?: true;
}

export interface MatrixColumn {
  id: string;
  title: string;
  published?: string;
}

export interface MatrixData {
  /** Oldest first, so expectation → outcome reads left to right. */
  columns: MatrixColumn[];
  /** Areas some commitment names, in the lexicon's order. */
  rows: AreaId[];
  cells: MatrixCell[];
}

export function matrixData(articles: readonly LibraryArticle[]): MatrixData {
  const columns = articles
    .filter((a) => a.analysis.commitments.some((c) => c.areas.length > 0))
    .map((a) => ({ id: a.id, title: a.title, ...(a.published ? { published: a.published } : {}), a }))
    .sort((x, y) => {
      const px = x.published ?? "\uffff";
      const py = y.published ?? "\uffff";
      return px < py ? -1 : px > py ? 1 : x.id < y.id ? -1 : 1;
    });
  const cells: MatrixCell[] = [];
  const used = new Set<AreaId>();
  for (const { a } of columns) {
    const byArea = new Map<AreaId, number[]>();
    a.analysis.commitments.forEach((c, i) => {
      for (const area of c.areas) byArea.set(area, [...(byArea.get(area) ?? []), i]);
    });
    for (const [area, indexes] of byArea) {
      // History never counts as how far an area got: it decides the cell only when nothing else does.
      const current = indexes.filter((i) => !isBackground(a.analysis.commitments[i]!));
      const strongest = (current.length > 0 ? current : indexes).reduce((best, i) =>
        rank(a.analysis.commitments[i]!.kind) < rank(a.analysis.commitments[best]!.kind) ? i : best,
      );
      used.add(area);
      cells.push({
        area,
        articleId: a.id,
        kind: a.analysis.commitments[strongest]!.kind,
        commitment: strongest,
        commitments: indexes,
        ...(current.length === 0 ? { background: true as const } : {}),
      });
    }
  }
  return {
    columns: columns.map(({ a: _a, ...c }) => c),
    rows: AREA_IDS.filter((area) => used.has(area)),
    cells,
  };
}

function rank(kind: CommitmentKind): number {
  return KIND_STRENGTH.indexOf(kind);
}

/** The cell of an area and an article, if any. */
export function cellAt(data: MatrixData, area: AreaId, articleId: string): MatrixCell | undefined {
  return data.cells.find((c) => c.area === area && c.articleId === articleId);
}
