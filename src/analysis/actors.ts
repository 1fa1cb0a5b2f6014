// Actors: lexicon matches (known), people found by title cues and name shapes (discovered), and the
// roles their titles give them in this text.

import type { Actor, Side } from "../contract/analysis";
import { KOREAN_SURNAMES, UNACCENTED_VIETNAMESE_SURNAMES } from "../lexicon";
import { CONJUNCTIONS } from "../lexicon/cue-context";
import { VIETNAMESE_LETTERS } from "../lexicon/detect/stopwords";
import { isEnglishPersonName } from "./english-people";
import { lexicon, type Tag } from "./lexicon-index";
import type { Match } from "./matcher";
import { inZones, type Scan, VI_SURNAMES } from "./scan";
import { foldWord, isCapitalised, markedForm, type Token } from "./tokens";

/** An actor mention with the token range it covers (for commitments and relevance). */
export interface Mention {
  actorId: string;
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface ActorResult {
  actors: Actor[];
  mentions: Mention[];
}

const VI_UNACCENTED = new Set(UNACCENTED_VIETNAMESE_SURNAMES.map(foldWord));
const KO_SURNAMES = new Set(KOREAN_SURNAMES);
// Romanised Korean syllables (McCune–Reischauer and Revised): onset, vowel, optional final.
const KOREAN_SYLLABLE =
  /^(?:kk|tt|pp|ss|jj|ch|sh|k|g|n|d|t|r|l|m|b|p|s|j|h|y|w)?(?:yae|wae|yeo|ae|ya|yo|yu|eo|eu|oe|ui|wa|wo|we|wi|ye|a|e|i|o|u)(?:ng|k|n|t|l|m|p|g|r)?$/;

export function findActors(sc: Scan): ActorResult {
  const { text, tokens, names } = sc;
  const actors = new Map<string, Actor>();
  const mentions: Mention[] = [];
  const fullySeen = new Set<string>();
  for (const m of names) {
    if (m.payload.cat === "entity" && !m.payload.short) fullySeen.add(m.payload.entity.id);
  }
  const titleBefore = (first: number) => {
    const prev = first > 0 ? sc.nameAt[first - 1]! : -1;
    return prev !== -1 && names[prev]!.payload.cat === "title" && names[prev]!.last === first - 1;
  };

  const add = (m: { first: number; last: number }, actor: Omit<Actor, "mentions" | "roles">) => {
    const start = tokens[m.first]!.start;
    let end = tokens[m.last]!.end;
    // "U.S." keeps its last full stop, which the tokens leave out.
    if (text[end] === "." && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(start, end))) end++;
    if (inZones(sc.credits, start, end)) return;
    let a = actors.get(actor.id);
    if (!a) {
      a = { ...actor, roles: [], mentions: [] };
      actors.set(actor.id, a);
    }
    a.mentions.push({ start, end, text: text.slice(start, end) });
    mentions.push({ actorId: actor.id, first: m.first, last: m.last, start, end });
  };

  // "Vice Chairman of the National Assembly": an organisation inside a person's title is no
  // actor of its own, unless the text names it elsewhere too.
  const { connectors } = lexicon();
  const inTitle = (m: { first: number }) => {
    let t = m.first - 1;
    while (t >= 0 && t >= m.first - 3 && connectors.has(tokens[t]!.fold) && sc.nameAt[t] === -1) t--;
    // "Chủ tịch VUFO", "Bộ trưởng Ngoại giao ASEAN": with no "of" between, the body is named.
    if (t === m.first - 1) return false;
    const n = t >= 0 ? sc.nameAt[t]! : -1;
    return n !== -1 && names[n]!.payload.cat === "title" && names[n]!.last === t;
  };
  const acting = new Set<string>();
  for (const m of names)
    if (m.payload.cat === "entity" && m.payload.entity.type === "org" && !inTitle(m))
      acting.add(m.payload.entity.id);
  // A short form ("Vũ" of Nguyễn Minh Vũ) counts after a title or once named in full, and never
  // inside another name; otherwise its word is free for the people found by shape below.
  const idleShort = (m: Match<Tag>) => {
    if (m.payload.cat !== "entity" || !m.payload.short) return false;
    const ok = titleBefore(m.first) || (fullySeen.has(m.payload.entity.id) && sc.language !== "vi");
    return !ok || partOfLongerName(tokens, sc, m);
  };
  for (const m of names) {
    if (m.payload.cat !== "entity") continue;
    const { entity } = m.payload;
    if (entity.type === "org" && !acting.has(entity.id)) continue;
    if (idleShort(m)) continue;
    add(m, { id: entity.id, name: entity.name, type: entity.type, side: entity.side, known: true });
  }

  const discoveredActor = (f: Found) => {
    const name = text.slice(tokens[f.first]!.start, tokens[f.last]!.end);
    return { id: `x-${slug(name)}`, name, type: "person" as const, side: f.side, known: false };
  };
  const discovered = discoverPeople(sc, (t) => {
    const n = sc.nameAt[t]!;
    return n === -1 || idleShort(names[n]!);
  });
  for (const found of discovered) add(found, discoveredActor(found));
  for (const short of shortMentions(sc, discovered, titleBefore)) add(short, discoveredActor(short.of));

  mentions.sort((a, b) => a.start - b.start);
  assignRoles(sc, mentions, actors);
  const ordered = [...actors.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  for (const a of ordered) a.mentions.sort((x, y) => x.start - y.start);
  return { actors: ordered, mentions };
}

/** "Vũ" in "Vũ Hải Hà" is another person's family name, not the short form of Nguyễn Minh Vũ. */
function partOfLongerName(tokens: readonly Token[], sc: Scan, m: Match<Tag>): boolean {
  const next = tokens[m.last + 1];
  const prev = tokens[m.first - 1];
  const joined = (a: Token, b: Token) => /^[ \u00a0]$/.test(sc.text.slice(a.end, b.start));
  if (next && sc.nameAt[m.last + 1] === -1 && isCapitalised(next.raw) && joined(tokens[m.last]!, next))
    return true;
  if (prev && sc.nameAt[m.first - 1] === -1 && isCapitalised(prev.raw) && joined(prev, tokens[m.first]!)) {
    return !sc.lists.some((l) => l.last === m.first - 1);
  }
  return false;
}

// A discovered person named again by one word: "Trump said", "Lee told", "Đại sứ Vinh". The
// family name for Korean names, else the last word; a Vietnamese given name only after a title.
// A word shared by two discovered people stays unlinked.
function shortMentions(
  sc: Scan,
  found: readonly Found[],
  titleBefore: (first: number) => boolean,
): Array<{ first: number; last: number; of: Found }> {
  const { tokens, nameAt, text } = sc;
  const byWord = new Map<string, Found | null>();
  for (const f of found) {
    if (f.last === f.first) continue;
    const korean = KO_SURNAMES.has(tokens[f.first]!.raw);
    const word = tokens[korean ? f.first : f.last]!.raw;
    byWord.set(word, byWord.has(word) ? null : f);
  }
  const covered = new Set<number>();
  for (const f of found) for (let t = f.first; t <= f.last; t++) covered.add(t);
  const capitalNeighbour = (a: number, b: number) => {
    const x = tokens[a];
    const y = tokens[b];
    return (
      x !== undefined &&
      y !== undefined &&
      isCapitalised(x.raw) &&
      isCapitalised(y.raw) &&
      /^[ \u00a0-]$/.test(text.slice(x.end, y.start))
    );
  };
  const out: Array<{ first: number; last: number; of: Found }> = [];
  for (let t = 0; t < tokens.length; t++) {
    const f = byWord.get(tokens[t]!.raw);
    if (!f || nameAt[t] !== -1 || covered.has(t)) continue;
    if (capitalNeighbour(t - 1, t) || capitalNeighbour(t, t + 1)) continue;
    if (f.side === "vietnam" && VI_SURNAMES.has(tokens[f.first]!.fold) && !titleBefore(t)) continue;
    out.push({ first: t, last: t, of: f });
  }
  return out;
}

interface Found {
  first: number;
  last: number;
  side: Side;
}

/** `free(t)`: no name the analysis keeps covers token t. */
function discoverPeople(sc: Scan, free: (t: number) => boolean): Found[] {
  const found: Found[] = [];
  const taken = new Set<number>();
  const take = (f: Found) => {
    for (let t = f.first; t <= f.last; t++) if (taken.has(t)) return;
    for (let t = f.first; t <= f.last; t++) taken.add(t);
    found.push(f);
  };
  // People introduced by a title come first: the title also tells the side.
  for (const m of sc.names) {
    if (m.payload.cat !== "title") continue;
    const walk = walkFromTitle(sc, m);
    if (walk?.kind === "name")
      take({ first: walk.first, last: walk.last, side: walk.side ?? sideByShape(sc, walk) });
  }
  for (let t = 0; t < sc.tokens.length; t++) {
    if (!free(t) || taken.has(t)) continue;
    const run = nameShapeAt(sc, t) ?? (sc.language === "en" ? englishNameAt(sc, t) : null);
    if (run) {
      take(run);
      t = run.last;
    }
  }
  return found;
}

type WalkEnd =
  | { kind: "person"; mention: number; stateSide?: Side }
  | { kind: "name"; first: number; last: number; side?: Side };

// From a title, step over what may stand between it and the name it introduces: connectors
// ("of the"), other titles, states, parties and institutions ("General Secretary of the Communist
// Party of Việt Nam Central Committee Tô Lâm"). Stops at anything else.
function walkFromTitle(sc: Scan, title: Match<Tag>): WalkEnd | null {
  const { tokens, names, nameAt, text } = sc;
  const { connectors } = lexicon();
  const titleSide = title.payload.cat === "title" ? title.payload.side : undefined;
  let side: Side | undefined = titleSide ?? sideJustBefore(sc, title.first);
  let i = title.last + 1;
  let prevEnd = tokens[title.last]!.end;
  // A person-shaped run the walk stepped over ("President Lee Jae Myung in Seoul"): the name
  // when nothing better follows.
  let candidate: WalkEnd | null = null;
  for (let steps = 0; i < tokens.length && steps < 16; steps++) {
    const tok = tokens[i]!;
    const gap = text.slice(prevEnd, tok.start);
    if (/[.;:!?\n"“”]/.test(gap)) return candidate;
    if (gap.includes(",") && !(nameAt[i] !== -1 && names[nameAt[i]!]!.payload.cat === "title"))
      return candidate;
    const mi = nameAt[i]!;
    if (mi !== -1) {
      const m = names[mi]!;
      if (m.payload.cat === "entity" && m.payload.entity.type === "person") {
        return { kind: "person", mention: mi, ...(side ? { stateSide: side } : {}) };
      }
      if (m.payload.cat === "entity" && !side && m.payload.entity.side !== "other")
        side = m.payload.entity.side;
      i = m.last + 1;
      prevEnd = m.end;
      continue;
    }
    if (connectors.has(tok.fold)) {
      i++;
      prevEnd = tok.end;
      continue;
    }
    if (!isCapitalised(tok.raw)) return candidate;
    const run = capitalisedRun(sc, i);
    const after = tokens[run.last + 1];
    // "Central Committee Tô Lâm" walks on; "Donald Trump and …" is the name, then the next one.
    const continues =
      after !== undefined &&
      /^[\s\u00a0]{1,2}$/.test(text.slice(tokens[run.last]!.end, after.start)) &&
      ((connectors.has(after.fold) &&
        !(CONJUNCTIONS.has(after.fold) && plausibleName(sc, run.first, run.last))) ||
        nameAt[run.last + 1] !== -1);
    if (run.lowercaseInside || continues) {
      if (!run.lowercaseInside && !candidate && plausibleName(sc, run.first, run.last))
        candidate = { kind: "name", first: run.first, last: run.last, ...(side ? { side } : {}) };
      i = run.last + 1;
      prevEnd = tokens[run.last]!.end;
      continue;
    }
    if (!plausibleName(sc, run.first, run.last)) return candidate;
    return { kind: "name", first: run.first, last: run.last, ...(side ? { side } : {}) };
  }
  return candidate;
}

/** Capitalised words joined by single spaces or hyphens; Vietnamese institution names may carry lower-case syllables. */
function capitalisedRun(sc: Scan, from: number): { first: number; last: number; lowercaseInside: boolean } {
  const { tokens, text, nameAt } = sc;
  let last = from;
  let lowercaseInside = false;
  while (last + 1 < tokens.length && nameAt[last + 1] === -1) {
    const next = tokens[last + 1]!;
    const gap = text.slice(tokens[last]!.end, next.start);
    const hyphen = /^[-\u2010\u2011]$/.test(gap);
    if (!hyphen && !/^[ \u00a0]$/.test(gap)) break;
    if (lexicon().connectors.has(next.fold)) break;
    // "Bộ Công an Lương Tam Quang": after an institution's lower-case syllable, a surname opens a person.
    if (lowercaseInside && isCapitalised(next.raw) && startsWithSurname(next)) break;
    if (!isCapitalised(next.raw) && !hyphen) {
      if (sc.language !== "vi" || !isCapitalised(tokens[last]!.raw) || /\d/.test(next.raw)) break;
      // "Bộ Ngoại giao" runs on; "Ri Yong Sik cam kết" is a name, then the sentence.
      if (last > from && startsWithSurname(tokens[from]!)) break;
      lowercaseInside = true;
    }
    last++;
  }
  return { first: from, last, lowercaseInside };
}

const MONTHS = new Set(
  "january february march april may june july august september october november december januari februari mac april mei jun julai ogos september oktober november disember".split(
    " ",
  ),
);

function plausibleName(sc: Scan, first: number, last: number): boolean {
  const count = last - first + 1;
  if (count < 2 || count > 4) return false;
  const { institutionWords } = lexicon();
  const viFirst = VI_SURNAMES.has(sc.tokens[first]!.fold);
  for (let t = first; t <= last; t++) {
    const tok = sc.tokens[t]!;
    if (!/^\p{L}+$/u.test(tok.raw.normalize("NFC")) || tok.raw.length > 12) return false;
    if (MONTHS.has(tok.fold)) return false;
    if (!viFirst && institutionWords.has(tok.fold)) return false;
  }
  return true;
}

/** A Vietnamese (family name first, three or four syllables) or romanised Korean name shape. */
function nameShapeAt(sc: Scan, t: number): Found | null {
  const { tokens } = sc;
  const tok = tokens[t]!;
  if (!isCapitalised(tok.raw) || tok.raw.length > 12) return null;
  if (notPerson(sc).before.has(t - 1)) return null;
  const run = capitalisedRun(sc, t);
  if (run.lowercaseInside) return null;
  let last = Math.min(run.last, t + 3);
  if (notPerson(sc).after.has(last + 1)) return null;
  const viSig = VI_SURNAMES.get(tok.fold);
  const marks = markedForm(tok.raw);
  const viOk = viSig !== undefined && (marks === null ? VI_UNACCENTED.has(tok.fold) : marks === viSig);
  if (viOk && last - t + 1 >= 3) {
    for (let k = t + 1; k <= last; k++) if (tokens[k]!.raw.length > 7) return null;
    return { first: t, last, side: "vietnam" };
  }
  if (KO_SURNAMES.has(tok.raw)) {
    last = Math.min(run.last, t + 2);
    if (last - t !== 2) return null;
    for (let k = t + 1; k <= last; k++) if (!KOREAN_SYLLABLE.test(tokens[k]!.fold)) return null;
    if (!plausibleName(sc, t, last)) return null;
    return { first: t, last, side: koreanSide(sc, t) };
  }
  return null;
}

function startsWithSurname(tok: Token): boolean {
  return KO_SURNAMES.has(tok.raw) || VI_SURNAMES.get(tok.fold) === markedForm(tok.raw);
}

const notPersonCache = new WeakMap<Scan, { before: Set<number>; after: Set<number> }>();

/** Token positions right after "đường"/"Jalan" and right before "Street"/"University". */
function notPerson(sc: Scan): { before: Set<number>; after: Set<number> } {
  let sets = notPersonCache.get(sc);
  if (!sets) {
    sets = {
      before: new Set(sc.notPersonBefore.map((m) => m.last)),
      after: new Set(sc.notPersonAfter.map((m) => m.first)),
    };
    notPersonCache.set(sc, sets);
  }
  return sets;
}

/** Two or three capitalised words that compromise reads as an English-language person's name. */
function englishNameAt(sc: Scan, t: number): Found | null {
  const { tokens, text } = sc;
  const c = tokens[t]!.raw.charCodeAt(0);
  // Most words are lower case: decide those by their first code unit.
  if (c < 65 || (c > 90 && c < 0xc0)) return null;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[t]!.raw)) return null;
  if (notPerson(sc).before.has(t - 1)) return null;
  const run = capitalisedRun(sc, t);
  if (run.lowercaseInside || run.last === t || run.last - t > 2) return null;
  if (notPerson(sc).after.has(run.last + 1)) return null;
  for (let k = t; k <= run.last; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.raw)) return null;
  if (!plausibleName(sc, t, run.last)) return null;
  if (!isEnglishPersonName(text.slice(tokens[t]!.start, tokens[run.last]!.end))) return null;
  return { first: t, last: run.last, side: sideJustBefore(sc, t) ?? "other" };
}

function sideByShape(sc: Scan, w: { first: number; last: number }): Side {
  const tok = sc.tokens[w.first]!;
  if (VI_SURNAMES.has(tok.fold)) return "vietnam";
  if (KO_SURNAMES.has(tok.raw)) return koreanSide(sc, w.first);
  // A given or stage name without its family name ("NSND Quang Thọ") is still written in
  // letters only Vietnamese has.
  for (let t = w.first; t <= w.last; t++)
    if (sc.tokens[t]!.raw.normalize("NFC").match(VIETNAMESE_LETTERS)) return "vietnam";
  return "other";
}

/**
 * A Korean name shape tells no side by itself (a South Korean coach, a Korean investor): the
 * DPRK's when its sentence, or else the text, names the North more than the South; else other.
 */
function koreanSide(sc: Scan, t: number): Side {
  const sentence = sc.sentenceOf[t]!;
  let dprk = 0;
  let rok = 0;
  for (const m of sc.names) {
    if (m.payload.cat !== "entity") continue;
    const id = m.payload.entity.id;
    const weight = sc.sentenceOf[m.first] === sentence ? 10 : 1;
    if (id === "dprk" || id === "wpk" || id === "kcna") dprk += weight;
    if (id === "rok") rok += weight;
  }
  for (const d of sc.demonyms) {
    const weight = sc.sentenceOf[d.first] === sentence ? 10 : 1;
    if (d.payload.side === "dprk") dprk += weight;
  }
  return dprk > rok ? "dprk" : "other";
}

/** "DPRK Ambassador", "Vietnamese Ambassador": a state or demonym right before the title. */
function sideJustBefore(sc: Scan, first: number): Side | undefined {
  const prev = first - 1;
  if (prev < 0) return undefined;
  const mi = sc.nameAt[prev]!;
  if (mi !== -1) {
    const m = sc.names[mi]!;
    if (
      m.payload.cat === "entity" &&
      m.payload.entity.type !== "person" &&
      m.payload.entity.side !== "other"
    ) {
      return m.payload.entity.side;
    }
  }
  return sc.demonyms.find((d) => d.last === prev)?.payload.side;
}

function assignRoles(sc: Scan, mentions: readonly Mention[], actors: Map<string, Actor>): void {
  const at = new Map(mentions.map((m) => [m.first, m]));
  const byLast = new Map(mentions.map((m) => [m.last, m]));
  const give = (mention: Mention | undefined, role: string) => {
    if (!mention || role === "") return;
    const actor = actors.get(mention.actorId);
    if (actor?.type === "person" && !actor.roles.includes(role)) actor.roles.push(role);
  };
  for (const m of sc.names) {
    if (m.payload.cat !== "title") continue;
    const role = m.payload.role;
    const walk = walkFromTitle(sc, m);
    if (walk?.kind === "person") give(at.get(sc.names[walk.mention]!.first), role);
    if (walk?.kind === "name") give(at.get(walk.first), role);
    // Apposition: "Nguyễn Minh Vũ, Deputy Foreign Minister, said …" — unless the title
    // introduces the next person of a list ("Choe Ryong Hae, Thủ tướng Pak Thae Song").
    const prev = sc.tokens[m.first - 1];
    if (!walk && prev && /^,\s?$/.test(sc.text.slice(prev.end, m.start))) {
      const owner = byLast.get(m.first - 1);
      give(owner, role);
    }
  }
}

function slug(name: string): string {
  return foldWord(name)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}
