// The lexicons compiled once into one token trie, with every phrase tagged by what it is.

import type { AreaId, Side } from "../contract/analysis";
import {
  type CueEntry,
  ENTITIES,
  type EntityEntry,
  KOREAN_SURNAME_VARIANTS,
  type LanguageLexicon,
  LEXICONS,
  type ModeCue,
  PLACES,
  type PlaceEntry,
} from "../lexicon";
import { compilePhrase, Matcher } from "./matcher";
import { foldWord, markedForm, tokenize } from "./tokens";

export type Tag =
  | { cat: "entity"; entity: EntityEntry; short: boolean; marked?: true }
  | { cat: "place"; place: PlaceEntry; marked?: true }
  | { cat: "title"; role: string; side?: Side }
  | { cat: "cue"; cue: CueEntry; lang: string }
  | { cat: "area"; area: AreaId | null }
  | { cat: "joint" }
  | { cat: "relation" }
  | { cat: "demonym"; side: Side }
  | { cat: "credit" }
  | { cat: "list" }
  | { cat: "notPersonBefore" }
  | { cat: "notPersonAfter" }
  | { cat: "mode"; mode: ModeCue; lang: string }
  | { cat: "preamble" }
  | { cat: "stop" }
  | { cat: "venue" };

export interface CompiledLexicon {
  matcher: Matcher<Tag>;
  entities: ReadonlyMap<string, EntityEntry>;
  /** Folded connector words by language (and "*" for all). */
  connectors: ReadonlySet<string>;
  /** Folded words of institution names and titles: a name-like run containing one is no person. */
  institutionWords: ReadonlySet<string>;
  /** Folded residue headings ("tin lien quan"), whitespace collapsed. */
  residueHeadings: ReadonlySet<string>;
  /** Folded byline openers ("phong vien", "by"). */
  bylineCues: readonly string[];
}

let compiled: CompiledLexicon | undefined;

export function lexicon(): CompiledLexicon {
  compiled ??= compile(LEXICONS);
  return compiled;
}

function compile(languages: readonly LanguageLexicon[]): CompiledLexicon {
  const matcher = new Matcher<Tag>();
  const entities = new Map(ENTITIES.map((e) => [e.id, e]));
  const places = new Map(PLACES.map((p) => [p.id, p]));
  const connectors = new Set<string>();
  const institutionWords = new Set<string>();
  const residueHeadings = new Set<string>();
  const bylineCues: string[] = [];
  const add = (text: string, tag: Tag, caseSensitive: boolean) => {
    const phrase = compilePhrase(text, tag, caseSensitive);
    if (phrase) matcher.add(phrase);
  };
  const noteInstitution = (text: string) => {
    for (const t of tokenize(text)) if (t.fold.length >= 4) institutionWords.add(t.fold);
  };

  for (const lang of languages) {
    for (const [id, aliases] of Object.entries(lang.aliases)) {
      const entity = entities.get(id);
      if (!entity) throw new Error(`lexicon ${lang.code}: unknown entity ${id}`);
      for (const alias of aliases) {
        const marked = vietnameseMarks(lang, alias);
        for (const form of entity.koreanName ? koreanVariants(alias) : [alias]) {
          add(form, { cat: "entity", entity, short: false, ...marked }, true);
        }
        if (entity.type !== "person") noteInstitution(alias);
      }
    }
    for (const [id, aliases] of Object.entries(lang.shortAliases ?? {})) {
      const entity = entities.get(id);
      if (!entity) throw new Error(`lexicon ${lang.code}: unknown entity ${id}`);
      // Short forms need a title or the full name first, which is context enough to let
      // "Setiausaha Agung Lam" and "Deputy FM Vu" match without their marks.
      for (const alias of aliases) add(alias, { cat: "entity", entity, short: true }, true);
    }
    for (const [id, aliases] of Object.entries(lang.places ?? {})) {
      const place = places.get(id);
      if (!place) throw new Error(`lexicon ${lang.code}: unknown place ${id}`);
      for (const alias of aliases) add(alias, { cat: "place", place, ...vietnameseMarks(lang, alias) }, true);
    }
    for (const t of lang.titles) {
      // Forms of address ("ông", "Mr") are lower-case in running text and need no capital.
      add(t.text, { cat: "title", role: t.role, ...(t.side ? { side: t.side } : {}) }, t.role !== "");
      if (t.role !== "") noteInstitution(t.text);
    }
    for (const cue of lang.cues) add(cue.text, { cat: "cue", cue, lang: lang.code }, false);
    for (const w of lang.areaWords) add(w.text, { cat: "area", area: w.area }, false);
    for (const w of lang.notAreas ?? []) add(w, { cat: "area", area: null }, false);
    for (const m of lang.modeCues ?? []) add(m.text, { cat: "mode", mode: m, lang: lang.code }, false);
    for (const p of lang.preambles ?? []) add(p, { cat: "preamble" }, false);
    for (const w of lang.clauseStops ?? []) add(w, { cat: "stop" }, false);
    for (const j of lang.jointSubjects) add(j, { cat: "joint" }, false);
    for (const r of lang.relationWords) add(r, { cat: "relation" }, false);
    for (const v of lang.venueWords ?? []) add(v, { cat: "venue" }, false);
    for (const c of lang.creditCues) add(c, { cat: "credit" }, true);
    for (const l of lang.listOpeners) add(l, { cat: "list" }, true);
    for (const [side, words] of Object.entries(lang.demonyms ?? {})) {
      for (const w of words) add(w, { cat: "demonym", side: side as Side }, true);
    }
    for (const w of lang.notPersonBefore ?? []) add(w, { cat: "notPersonBefore" }, true);
    for (const w of lang.notPersonAfter ?? []) add(w, { cat: "notPersonAfter" }, true);
    for (const c of lang.connectors) connectors.add(foldWord(c));
    for (const h of lang.residueHeadings ?? []) residueHeadings.add(foldLine(h));
    for (const b of lang.bylineCues ?? []) bylineCues.push(foldLine(b));
  }
  return { matcher, entities, connectors, institutionWords, residueHeadings, bylineCues };
}

// A Vietnamese alias written with marks ("Lào") matches unmarked text only where the text is
// Vietnamese typed without diacritics; in English "Lao" is another word.
function vietnameseMarks(lang: LanguageLexicon, alias: string): { marked?: true } {
  if (lang.code !== "vi") return {};
  return tokenize(alias).some((t) => markedForm(t.raw) !== null) ? { marked: true } : {};
}

/** A line folded for comparison with residue headings: marks, case, counts and colons dropped. */
export function foldLine(line: string): string {
  return foldWord(line.trim())
    .replace(/\(\d*\)|[:：]$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Kim Jong Un" → also "Kim Jongun", "Kim Jong-un", and "Choe Son Hui" → also "Choi Son Hui". */
export function koreanVariants(alias: string): string[] {
  const words = alias.split(/[\s-]+/).filter(Boolean);
  if (words.length !== 3 || !/^[A-Z]/.test(words[0]!)) return [alias];
  const [family, a, b] = words as [string, string, string];
  const families = KOREAN_SURNAME_VARIANTS.find((group) => group.includes(family)) ?? [family];
  const given = [`${a} ${b}`, `${a}${b.toLowerCase()}`, `${a}-${b.toLowerCase()}`, `${a}-${b}`];
  const out = new Set<string>([alias]);
  for (const f of families) for (const g of given) out.add(`${f} ${g}`);
  return [...out];
}
