import type { AreaId, CommitmentKind } from "../contract/analysis";
import type { LibraryArticle } from "../contract/corpus";
import { foldQuery } from "../corpus/fold-query";

export interface LibraryFilter {
  actor?: string;
  area?: AreaId;
  kind?: CommitmentKind;
  language?: string;
  /** Inclusive ISO dates; an undated article is outside any range. */
  from?: string;
  to?: string;
  text?: string;
  /** Only articles the analyser found relevant to Việt Nam–DPRK relations. */
  relevant?: boolean;
}

/**
 * The articles that pass every set criterion. Free text matches (case- and diacritics-
 * insensitively) the title, outlet, publisher, actor names and commitment sentences, or an id
 * in `textHits` — the background's search of the full texts.
 */
export function filterArticles(
  articles: readonly LibraryArticle[],
  f: LibraryFilter,
  textHits: ReadonlySet<string> = new Set(),
): LibraryArticle[] {
  const needle = f.text ? foldQuery(f.text) : "";
  return articles.filter((a) => {
    const an = a.analysis;
    if (f.relevant && !a.relevant) return false;
    if (f.actor && !an.actors.some((x) => x.id === f.actor)) return false;
    if (f.language && a.language !== f.language) return false;
    // Area and kind together mean one commitment of that kind on that area ("who agreed on health").
    if (f.kind && !an.commitments.some((c) => c.kind === f.kind && (!f.area || c.areas.includes(f.area))))
      return false;
    if (f.area && !an.areas.includes(f.area) && !an.commitments.some((c) => c.areas.includes(f.area!)))
      return false;
    if ((f.from || f.to) && !a.published) return false;
    if (f.from && a.published! < f.from) return false;
    if (f.to && a.published! > f.to) return false;
    if (needle && !textHits.has(a.id) && !foldQuery(haystack(a)).includes(needle)) return false;
    return true;
  });
}

function haystack(a: LibraryArticle): string {
  return [
    a.title,
    a.outlet,
    a.publisher ?? "",
    ...a.analysis.actors.flatMap((x) => [x.name, ...x.mentions.map((m) => m.text)]),
    ...a.analysis.commitments.map((c) => c.text),
  ].join("\n");
}

export interface Facets {
  actors: { id: string; name: string; count: number }[];
  areas: AreaId[];
  kinds: CommitmentKind[];
  languages: string[];
}

/** The choices the filter offers: only values some stored article has. */
export function facetsOf(articles: readonly LibraryArticle[]): Facets {
  const actors = new Map<string, { id: string; name: string; count: number }>();
  const areas = new Set<AreaId>();
  const kinds = new Set<CommitmentKind>();
  const languages = new Set<string>();
  for (const a of articles) {
    languages.add(a.language);
    for (const x of a.analysis.actors) {
      const entry = actors.get(x.id) ?? { id: x.id, name: x.name, count: 0 };
      entry.count++;
      actors.set(x.id, entry);
    }
    for (const area of a.analysis.areas) areas.add(area);
    for (const c of a.analysis.commitments) {
      kinds.add(c.kind);
      for (const area of c.areas) areas.add(area);
    }
  }
  return {
    actors: [...actors.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)),
    areas: [...areas].sort(),
    kinds: [...kinds].sort(),
    languages: [...languages].sort(),
  };
}
