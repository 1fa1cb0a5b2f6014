import type { Actor, Analysis, Commitment } from "../../../src/contract/analysis";
import type { LibraryArticle, StoredArticle } from "../../../src/contract/corpus";
import { stubAnalysis } from "../helpers/corpus";

export function actor(
  id: string,
  name: string,
  side: Actor["side"],
  start: number,
  end: number,
  text: string,
): Actor {
  return { id, name, type: "person", side, known: true, roles: [], mentions: [{ start, end, text }] };
}

export function commitment(over: Partial<Commitment> & Pick<Commitment, "kind" | "areas">): Commitment {
  return { start: 0, end: 1, text: "x", actors: [], ...over };
}

export function stored(
  id: string,
  over: Omit<Partial<StoredArticle>, "analysis"> & { analysis?: Partial<Analysis> } = {},
): StoredArticle {
  const { analysis, ...rest } = over;
  return {
    id,
    url: `https://example.vn/${id}`,
    title: `Title ${id}`,
    outlet: "example.vn",
    language: "vi",
    savedAt: "2025-11-01T00:00:00.000Z",
    text: "Tổng Bí thư Tô Lâm hội đàm với Kim Jong Un. Hai bên nhất trí hợp tác y tế.",
    analysis: stubAnalysis(analysis),
    ...rest,
  };
}

export function libraryArticle(a: StoredArticle): LibraryArticle {
  const { text: _t, ...meta } = a;
  return {
    ...meta,
    relevant: a.analysis.relevance.relevant,
    score: a.analysis.relevance.score,
    actorCount: a.analysis.actors.length,
    commitmentCount: a.analysis.commitments.length,
  };
}
