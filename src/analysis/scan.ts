// One pass over the text: tokens, every lexicon match, sentences, and the zones (photo credits,
// source lines, datelines) whose words are page furniture rather than the story.
import type { AreaId } from "../contract/analysis";
import { VIETNAMESE_SURNAMES } from "../lexicon";
import { DATELINE_SOURCES } from "../lexicon/cue-context";
import { foldLine, lexicon, type Tag } from "./lexicon-index";
import { type Match, selectLongest } from "./matcher";
import { type Sentence, splitSentences } from "./sentences";
import { foldWord, isCapitalised, markedForm, type Token, tokenize } from "./tokens";

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
  /** Area words (a source phrase's shadowed word is not among them). */
  areas: Match<{ cat: "area"; area: AreaId }>[];
  joints: MatchOf<"joint">[];
  relations: MatchOf<"relation">[];
  demonyms: MatchOf<"demonym">[];
  lists: MatchOf<"list">[];
  notPersonBefore: MatchOf<"notPersonBefore">[];
  notPersonAfter: MatchOf<"notPersonAfter">[];
  modes: MatchOf<"mode">[];
  /** Token indexes that end a venue preposition ("in", "di", "tại"). */
  venueEnds: ReadonlySet<number>;
  /** Verbs that open a clause committing nothing ("praised", "đánh giá cao"). */
  stops: MatchOf<"stop">[];
  credits: Array<{ start: number; end: number }>;
}

/** Vietnamese family names by their folded form ("nguyen"), each with its written marks. */
export const VI_SURNAMES: ReadonlyMap<string, string | null> = new Map(
  VIETNAMESE_SURNAMES.map((s) => [foldWord(s), markedForm(s)]),
);

const NAME_CATS = new Set<Tag["cat"]>(["entity", "place", "title"]);

export function scan(text: string, language: string, tokens: Token[] = tokenize(text)): Scan {
  const all = lexicon().matcher.findAll(text, tokens);
  const byCat = new Map<Tag["cat"], Match<Tag>[]>();
  for (const m of all) {
    const key = NAME_CATS.has(m.payload.cat) ? "entity" : m.payload.cat;
    if (language !== "vi" && "marked" in m.payload && m.payload.marked && !hasMarks(tokens, m)) continue;
    let list = byCat.get(key);
    if (!list) {
      list = [];
      byCat.set(key, list);
    }
    list.push(m);
  }
  const names = selectLongest(byCat.get("entity") ?? []).filter((m) => !endsPersonName(tokens, text, m));
  const nameAt = new Int32Array(tokens.length).fill(-1);
  names.forEach((m, idx) => {
    for (let t = m.first; t <= m.last; t++) nameAt[t] = idx;
  });
  // Titles yield to other words: "kedua-dua pemimpin" is both leaders, not a title.
  const outsideNames = <C extends Tag["cat"]>(cat: C, overTitles = false): MatchOf<C>[] =>
    selectLongest(byCat.get(cat) ?? []).filter((m) => {
      for (let t = m.first; t <= m.last; t++) {
        const n = nameAt[t]!;
        if (n !== -1 && !(overTitles && names[n]!.payload.cat === "title")) return false;
      }
      return true;
    }) as MatchOf<C>[];

  const sentences = splitSentences(text);
  const sentenceOf = new Int32Array(tokens.length);
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    while (s < sentences.length - 1 && tokens[t]!.start >= sentences[s]!.end) s++;
    sentenceOf[t] = s;
  }

  const credits = findCredits(text, selectLongest(byCat.get("credit") ?? []), names);
  credits.push(...findBylines(text));
  const residue = findResidue(text);
  credits.push(...residue.tail);
  const preambles = findPreambles(text, sentences, sentenceOf, selectLongest(byCat.get("preamble") ?? []));
  // A photographer called "Thống Nhất" is no agreement.
  const cues = outsideNames("cue").filter(
    (m) =>
      m.payload.cue.strength !== "block" &&
      !inZones(credits, m.start, m.end) &&
      !inZones(residue.boxes, m.start, m.end) &&
      !inZones(preambles, m.start, m.end),
  );
  return {
    text,
    language,
    tokens,
    sentences,
    sentenceOf,
    names,
    nameAt,
    cues,
    // A source phrase ("state media said") wins the longest match and then names no area.
    areas: outsideNames("area").filter(
      (m): m is Match<{ cat: "area"; area: AreaId }> => m.payload.area !== null,
    ),
    joints: outsideNames("joint", true),
    relations: selectLongest(byCat.get("relation") ?? []) as MatchOf<"relation">[],
    demonyms: outsideNames("demonym"),
    lists: selectLongest(byCat.get("list") ?? []) as MatchOf<"list">[],
    notPersonBefore: selectLongest(byCat.get("notPersonBefore") ?? []) as MatchOf<"notPersonBefore">[],
    notPersonAfter: selectLongest(byCat.get("notPersonAfter") ?? []) as MatchOf<"notPersonAfter">[],
    modes: outsideNames("mode"),
    venueEnds: new Set((byCat.get("venue") ?? []).map((m) => m.last)),
    stops: outsideNames("stop"),
    credits,
  };
}

const DATELINE = new RegExp(
  `\\((?:${DATELINE_SOURCES.map((s) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("|")})(?:/[^)\n]{1,20})?\\)`,
  "g",
);

// "Ảnh: TTXVN", "Sumber: https://…", "(Photo: VNA)" run to the end of their line or bracket; a
// closing "— VNA/VNS" and an opening "Hà Nội (TTXVN) –" are bylines and datelines.
function findCredits(
  text: string,
  creditCues: readonly Match<Tag>[],
  names: readonly Match<Tag>[],
): Array<{ start: number; end: number }> {
  const zones: Array<{ start: number; end: number }> = [];
  for (const c of creditCues) {
    const after = text.slice(c.end, c.end + 3);
    if (!/^\s*[:：]/.test(after)) continue;
    const before = text.slice(Math.max(0, c.start - 2), c.start);
    // A credit opens a line, a bracket, or follows the caption's last sentence on its line.
    if (c.start > 0 && !/(^|[\n([]\s*|\n)$/.test(before) && !/([([]\s?|[.!?…]\s|[-–—]\s)$/.test(before))
      continue;
    let end = text.indexOf("\n", c.end);
    if (end === -1) end = text.length;
    const close = text.indexOf(")", c.end);
    if (before.includes("(") && close !== -1 && close < end) end = close + 1;
    zones.push({ start: c.start, end });
  }
  // "(Vietnam+)", "(VNA)", "Hà Nội (TTXVN) –": the source in brackets near a line's start.
  for (const m of text.matchAll(DATELINE)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    if (m.index - lineStart < 40) zones.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of names) {
    if (m.payload.cat !== "entity" || (m.payload.entity.id !== "vna" && m.payload.entity.id !== "kcna"))
      continue;
    const lineStart = text.lastIndexOf("\n", m.start) + 1;
    const lineEnd = text.indexOf("\n", m.end) === -1 ? text.length : text.indexOf("\n", m.end);
    const dateline = m.start - lineStart < 40 && text[m.start - 1] === "(" && text[m.end] === ")";
    const signOff =
      lineEnd - m.end < 12 && /[—–-]\s*$/.test(text.slice(Math.max(lineStart, m.start - 4), m.start));
    if (dateline || signOff) zones.push({ start: m.start, end: Math.min(lineEnd, m.end + 12) });
  }
  return zones;
}

// "At the invitation of …," / "Nhận lời mời của …,": a sentence's opening up to its first comma
// says why someone came, not what anyone commits to.
function findPreambles(
  text: string,
  sentences: readonly Sentence[],
  sentenceOf: Int32Array,
  openers: readonly Match<Tag>[],
): Array<{ start: number; end: number }> {
  const zones: Array<{ start: number; end: number }> = [];
  for (const m of openers) {
    const sentence = sentences[sentenceOf[m.first]!];
    if (!sentence) continue;
    let at = m.start;
    while (at > sentence.start && /[\s"“(]/.test(text[at - 1]!)) at--;
    if (at !== sentence.start) continue;
    const comma = text.indexOf(",", m.end);
    const stop = sentence.end;
    if (comma !== -1 && comma < stop) zones.push({ start: m.start, end: comma });
  }
  return zones;
}

type Zone = { start: number; end: number };

/**
 * Related links and comments, from a line that is only such a heading: in the text's second half,
 * the page after the article (`tail`, to the end: no story, no names); earlier (a menu at the top
 * may carry the same words), a box of related links set inside the story (`boxes`: other
 * stories' headlines, which commit nothing though the names in them are named).
 */
function findResidue(text: string): { tail: Zone[]; boxes: Zone[] } {
  const { residueHeadings } = lexicon();
  const half = text.length / 2;
  const tail: Zone[] = [];
  const boxes: Zone[] = [];
  for (const m of text.matchAll(/^[^\n]{1,40}$/gm)) {
    if (!residueHeadings.has(foldLine(m[0]))) continue;
    // In the second half, the page is no longer the article from here on.
    if (m.index >= half) {
      tail.push({ start: m.index, end: text.length });
      break;
    }
    // Earlier, a box of related links set inside the story: the heading and the link lines under
    // it, up to a blank line or the first line that ends as a sentence does (the story again).
    const box = linkLinesAfter(text, m.index + m[0].length);
    if (box > m.index + m[0].length) boxes.push({ start: m.index, end: box });
  }
  return { tail, boxes };
}

/** Where the run of link-like lines (headlines: no sentence end) starting after `from` ends. */
function linkLinesAfter(text: string, from: number): number {
  let end = from;
  let at = from;
  while (at < text.length && text[at] === "\n") {
    const lineEnd = text.indexOf("\n", at + 1);
    const line = text.slice(at + 1, lineEnd === -1 ? text.length : lineEnd).trim();
    if (line === "" || line.length > 200 || SENTENCE_END.test(line)) break;
    end = lineEnd === -1 ? text.length : lineEnd;
    at = end;
  }
  return end;
}

/** A line that ends as a sentence: a full stop (not an ellipsis), "!" or "?", closing quotes after. */
const SENTENCE_END = /(?<!\.)[.!?]["”’»)]*$/u;

// "Nguyễn Phương Nga", "Trần Thị Mỹ": a one-word country name closing a Vietnamese name run is
// the person's given name.
function endsPersonName(tokens: readonly Token[], text: string, m: Match<Tag>): boolean {
  if (m.payload.cat !== "entity" || m.payload.entity.type !== "state" || m.first !== m.last) return false;
  for (let back = 1; back <= 3; back++) {
    const t = tokens[m.first - back];
    const after = tokens[m.first - back + 1]!;
    if (!t || !isCapitalised(t.raw) || !/^ $/.test(text.slice(t.end, after.start))) return false;
    if (back >= 2 && VI_SURNAMES.has(t.fold)) return true;
  }
  return false;
}

function hasMarks(tokens: readonly Token[], m: Match<Tag>): boolean {
  for (let t = m.first; t <= m.last; t++) if (markedForm(tokens[t]!.raw) !== null) return true;
  return false;
}

// "Phóng viên TTXVN Nguyễn Thị Lan", "By Jane Smith": a short line opened by a byline word
// and not ending as a sentence does ("By then, both sides had agreed." is story).
function findBylines(text: string): Array<{ start: number; end: number }> {
  const { bylineCues } = lexicon();
  const zones: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/^[^\n]{1,80}$/gm)) {
    if (/[.!?…]\s*$/.test(m[0])) continue;
    const line = foldLine(m[0]);
    if (bylineCues.some((c) => line.startsWith(`${c} `) || line.startsWith(`${c}:`))) {
      zones.push({ start: m.index, end: m.index + m[0].length });
    }
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
