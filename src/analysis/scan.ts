// One pass over the text: tokens, every lexicon match, sentences, and the zones (photo credits,
// source lines, datelines) whose words are page furniture rather than the story.
import { lexicon, type Tag } from "./lexicon-index";
import { type Match, selectLongest } from "./matcher";
import { type Sentence, splitSentences } from "./sentences";
import { type Token, tokenize } from "./tokens";

export type TagOf<C extends Tag["cat"]> = Extract<Tag, { cat: C }>;
export type MatchOf<C extends Tag["cat"]> = Match<TagOf<C>>;

export interface Scan {
  text: string;
  language: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** Entities, places and titles, resolved against each other leftmost-longest. */
  names: Match<Tag>[];
  /** The name match that covers each token, or -1. */
  nameAt: Int32Array;
  cues: MatchOf<"cue">[];
  areas: MatchOf<"area">[];
  joints: MatchOf<"joint">[];
  relations: MatchOf<"relation">[];
  demonyms: MatchOf<"demonym">[];
  lists: MatchOf<"list">[];
  notPersonBefore: MatchOf<"notPersonBefore">[];
  notPersonAfter: MatchOf<"notPersonAfter">[];
  credits: Array<{ start: number; end: number }>;
}

const NAME_CATS = new Set<Tag["cat"]>(["entity", "place", "title"]);

export function scan(text: string, language: string): Scan {
  const tokens = tokenize(text);
  const all = lexicon().matcher.findAll(text, tokens);
  const byCat = new Map<Tag["cat"], Match<Tag>[]>();
  for (const m of all) {
    const key = NAME_CATS.has(m.payload.cat) ? "entity" : m.payload.cat;
    let list = byCat.get(key);
    if (!list) byCat.set(key, (list = []));
    list.push(m);
  }
  const names = selectLongest(byCat.get("entity") ?? []);
  const nameAt = new Int32Array(tokens.length).fill(-1);
  names.forEach((m, idx) => {
    for (let t = m.first; t <= m.last; t++) nameAt[t] = idx;
  });
  const outsideNames = <C extends Tag["cat"]>(cat: C): MatchOf<C>[] =>
    selectLongest(byCat.get(cat) ?? []).filter((m) => {
      for (let t = m.first; t <= m.last; t++) if (nameAt[t] !== -1) return false;
      return true;
    }) as MatchOf<C>[];

  const sentences = splitSentences(text);
  const sentenceOf = new Int32Array(tokens.length);
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (s < sentences.length - 1 && tokens[t]!.start >= sentences[s]!.end) s++;
    sentenceOf[t] = s;
  }

  const cues = outsideNames("cue").filter((m) => m.payload.cue.strength !== "block");
  const credits = findCredits(text, sentences, selectLongest(byCat.get("credit") ?? []), names);
  return {
    text,
    language,
    tokens,
    sentences,
    sentenceOf,
    names,
    nameAt,
    cues,
    areas: outsideNames("area"),
    joints: outsideNames("joint"),
    relations: selectLongest(byCat.get("relation") ?? []) as MatchOf<"relation">[],
    demonyms: outsideNames("demonym"),
    lists: selectLongest(byCat.get("list") ?? []) as MatchOf<"list">[],
    notPersonBefore: selectLongest(byCat.get("notPersonBefore") ?? []) as MatchOf<"notPersonBefore">[],
    notPersonAfter: selectLongest(byCat.get("notPersonAfter") ?? []) as MatchOf<"notPersonAfter">[],
    credits,
  };
}

// "Ảnh: TTXVN", "Sumber: https://…", "(Photo: VNA)" run to the end of their line or bracket; a
// closing "— VNA/VNS" and an opening "Hà Nội (TTXVN) –" are bylines and datelines.
function findCredits(
  text: string,
  sentences: readonly Sentence[],
  creditCues: readonly Match<Tag>[],
  names: readonly Match<Tag>[],
): Array<{ start: number; end: number }> {
  const zones: Array<{ start: number; end: number }> = [];
  for (const c of creditCues) {
    const after = text.slice(c.end, c.end + 3);
    if (!/^\s*:/.test(after)) continue;
    const before = text.slice(Math.max(0, c.start - 2), c.start);
    if (c.start > 0 && !/(^|[\n([]\s*|\n)$/.test(before) && !/[([]\s?$/.test(before)) continue;
    let end = text.indexOf("\n", c.end);
    if (end === -1) end = text.length;
    const close = text.indexOf(")", c.end);
    if (before.includes("(") && close !== -1 && close < end) end = close + 1;
    zones.push({ start: c.start, end });
  }
  for (const m of names) {
    if (m.payload.cat !== "entity" || (m.payload.entity.id !== "vna" && m.payload.entity.id !== "kcna"))
      continue;
    const sentence = sentences.find((s) => s.start <= m.start && m.end <= s.end);
    if (!sentence) continue;
    const lineStart = text.lastIndexOf("\n", m.start) + 1;
    const lineEnd = text.indexOf("\n", m.end) === -1 ? text.length : text.indexOf("\n", m.end);
    const dateline = m.start - lineStart < 40 && text[m.start - 1] === "(" && text[m.end] === ")";
    const signOff =
      lineEnd - m.end < 12 && /[—–-]\s*$/.test(text.slice(Math.max(lineStart, m.start - 4), m.start));
    if (dateline || signOff) zones.push({ start: m.start, end: Math.min(lineEnd, m.end + 12) });
  }
  return zones;
}

export function inZones(
  zones: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
): boolean {
  return zones.some((z) => start >= z.start && end <= z.end);
}
