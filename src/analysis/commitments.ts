// Commitments: clauses whose cues say something was signed, agreed, pledged, proposed, expected or
// reaffirmed, with the areas they name and the actors that commit.

import type { AreaId, Commitment, CommitmentKind, CommitmentMode } from "../contract/analysis";
import { CAMEO_BY_AREA, CAMEO_BY_KIND } from "../lexicon/cameo";
import { RELATIVE_BEFORE, UNREALISED_BEFORE } from "../lexicon/cue-context";
import type { Mention } from "./actors";
import type { MatchOf, Scan } from "./scan";

const COMMITTING_TYPES = new Set(["person", "state", "party"]);
const BOTH = ["vietnam", "dprk"];

interface Clause {
  start: number;
  end: number;
  sentence: number;
}

interface Lead {
  actors: string[];
  kind: CommitmentKind;
}

export function findCommitments(
  sc: Scan,
  mentions: readonly Mention[],
  actorSide: ReadonlyMap<string, { side: string; type: string }>,
): Commitment[] {
  const out: Commitment[] = [];
  let lead: Lead | null = null;
  let previous = null as { actors: string[]; paragraph: number } | null;
  let leadParagraph = -1;
  // Everything a clause looks at lies in its sentence: bucket once, so a long article costs
  // its length, not its length times its cues.
  const bucket = <T extends { first: number }>(items: readonly T[]): T[][] => {
    const out: T[][] = sc.sentences.map(() => []);
    for (const x of items) out[sc.sentenceOf[x.first]!]?.push(x);
    return out;
  };
  const cues = bucket(sc.cues);
  const areas = bucket(sc.areas);
  const names = bucket(sc.names);
  const joints = bucket(sc.joints);
  const modes = bucket(sc.modes);
  const stops = bucket(sc.stops);
  const said = bucket(mentions);
  const lists = new Set(sc.lists.map((l) => l.start));
  const headline = headlineOf(sc.text);
  const seen: string[] = [];
  for (let s = 0; s < sc.sentences.length; s++) {
    const sentence = sc.sentences[s]!;
    const isListItem = startsList(sc, lists, sentence.start);
    if (!isListItem && lead && !endsWithColon(sc, s - 1)) lead = null;
    if (lead && sentence.paragraph !== leadParagraph && !isListItem) lead = null;
    if (cues[s]!.length === 0) continue;
    const local: Scan = {
      ...sc,
      cues: cues[s]!,
      areas: areas[s]!,
      names: names[s]!,
      joints: joints[s]!,
      modes: modes[s]!,
      stops: stops[s]!,
    };
    for (const clause of clausesOf(local, s)) {
      const c = commitmentIn(local, clause, said[s]!, actorSide, isListItem ? lead : null);
      if (!c) continue;
      // The headline and its repeats as captions restate the story; the body's clause commits.
      const key = restated(c.text);
      if (headline && (c.start < headline.end || key.startsWith(headline.key))) continue;
      // Repeats stand close together (a caption under its photo): the last few clauses are enough.
      if (key.length > 30 && seen.some((k) => k.includes(key) || key.includes(k))) continue;
      seen.push(key);
      if (seen.length > 8) seen.shift();
      // "They also agreed …": no one named, so those of the commitment just before.
      if (c.actors.length === 0 && previous?.paragraph === sentence.paragraph) c.actors = previous.actors;
      if (c.actors.length > 0) previous = { actors: c.actors, paragraph: sentence.paragraph };
      out.push(c);
      if (sc.text.slice(c.start, c.end).trimEnd().endsWith(":") || !isListItem) {
        lead = { actors: c.actors, kind: c.kind };
        leadParagraph = sentence.paragraph;
      }
    }
  }
  return out;
}

// A title line: the text's first line when it ends without a sentence's punctuation.
function headlineOf(text: string): { end: number; key: string } | null {
  const m = /^\s*(?:date \S+\s+)?([^\n]{8,200})\n\s*\S/.exec(text);
  if (!m || /[.!?…:"”»]\s*$/.test(m[1]!)) return null;
  return { end: m.index + m[0].length - 1, key: restated(m[1]!) };
}

const restated = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, " ")
    .trim();

function startsList(sc: Scan, lists: ReadonlySet<number>, at: number): boolean {
  if (/^[-–•+*]\s/.test(sc.text.slice(at, at + 2))) return true;
  return lists.has(at);
}

function endsWithColon(sc: Scan, s: number): boolean {
  const sentence = sc.sentences[s];
  return sentence !== undefined && sc.text.slice(sentence.start, sentence.end).trimEnd().endsWith(":");
}

// A sentence with two decisive cues of different kinds ("… reaffirmed X and agreed to Y") is two
// clauses, cut at the last comma, semicolon or conjunction before the second cue.
function clausesOf(sc: Scan, s: number): Clause[] {
  const sentence = sc.sentences[s]!;
  const strong = sc.cues.filter(
    (c) => c.start >= sentence.start && c.end <= sentence.end && c.payload.cue.strength === "strong",
  );
  const cuts: number[] = [];
  for (let k = 1; k < strong.length; k++) {
    if (strong[k]!.payload.cue.kind === strong[k - 1]!.payload.cue.kind) continue;
    const between = sc.text.slice(strong[k - 1]!.end, strong[k]!.start);
    // "coi trọng và mong muốn …", "value and wish to …": two verbs, one object, one clause.
    if (/^\s*(?:and|và|dan|et|und|y|、|和)?\s*$/.test(between)) continue;
    const m = /.*(;|,\s+(?:and|và|dan|et|y)\s|,\s|\s(?:and|và|dan|đồng thời)\s)/s.exec(between);
    if (m) cuts.push(strong[k - 1]!.end + m[0].length - m[1]!.length);
  }
  for (let i = sentence.start; i < sentence.end; i++) if (sc.text[i] === ";") cuts.push(i);
  // "… supported X, praised Y": the praise is no part of the commitment.
  for (const stop of sc.stops) {
    const before = sc.text.slice(Math.max(sentence.start, stop.start - 12), stop.start);
    if (/(?:[,;]\s*|\s(?:and|và|dan|et|und|và đã)\s+|[,;]\s*(?:and|và|dan|et|und)\s+)$/.test(before))
      cuts.push(stop.start);
    // "… thanked X for Y and believed that …": what follows the thanks commits again.
    const next = within(sc.cues, { start: stop.end, end: sentence.end })[0];
    if (!next) continue;
    const gap = sc.text.slice(stop.end, next.start);
    const joins = [...gap.matchAll(/,\s*|\s(?:and|và|dan|et|und)\s/g)];
    const last = joins[joins.length - 1];
    if (last) cuts.push(stop.end + last.index);
  }
  cuts.sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let from = sentence.start;
  for (const cut of cuts) {
    if (cut <= from) continue;
    clauses.push({ start: from, end: cut, sentence: s });
    from = cut;
  }
  clauses.push({ start: from, end: sentence.end, sentence: s });
  return clauses.map((c) => trimClause(sc.text, c)).filter((c) => c.end > c.start);
}

function trimClause(text: string, c: Clause): Clause {
  let { start, end } = c;
  while (start < end && /[\s;,]/.test(text[start]!)) start++;
  while (end > start && /[\s;,]/.test(text[end - 1]!)) end--;
  if (/^(?:and|và|dan|đồng thời)\s/i.test(text.slice(start, start + 12)))
    start = text.indexOf(" ", start) + 1;
  return { ...c, start, end };
}

/** The matches of a list sorted by start that lie inside a span: a binary search, not a scan. */
function within<T extends { start: number; end: number }>(
  list: readonly T[],
  span: { start: number; end: number },
): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i]!.start < span.end; i++)
    if (list[i]!.end <= span.end) out.push(list[i]!);
  return out;
}

const inside = (c: { start: number; end: number }, m: { start: number; end: number }) =>
  m.start >= c.start && m.end <= c.end;

function commitmentIn(
  sc: Scan,
  clause: Clause,
  mentions: readonly Mention[],
  actorSide: ReadonlyMap<string, { side: string; type: string }>,
  lead: Lead | null,
): Commitment | null {
  const cues = within(sc.cues, clause);
  const strong = cues.filter((c) => c.payload.cue.strength === "strong");
  const future = cues.filter((c) => c.payload.cue.strength === "future");
  const weak = cues.filter((c) => c.payload.cue.strength === "weak");

  let kind: CommitmentKind | null = null;
  let decisive: MatchOf<"cue"> | undefined;
  // "the agreements signed during the visit" recalls a signing; a future verb in the same
  // clause says what the clause commits to.
  const recalled = (c: MatchOf<"cue">) => c.payload.cue.kind === "signed" && relative(sc, c);
  if (strong.length > 0 && strong.every(recalled) && future.length > 0 && weak.length > 0) {
    decisive = weak.find((w) => w.payload.cue.kind === "expected") ?? weak[0]!;
    kind = decisive.payload.cue.kind === "expected" ? "expected" : "pledged";
  } else if (strong.length > 0) {
    decisive = strong[0]!;
    kind = decisive.payload.cue.kind;
    if ((kind === "signed" || kind === "agreed") && unrealised(sc, decisive)) kind = "expected";
  } else if (future.length > 0 && weak.length > 0) {
    decisive = weak.find((w) => w.payload.cue.kind === "expected") ?? weak[0]!;
    kind = decisive.payload.cue.kind === "expected" ? "expected" : "pledged";
  } else if (lead && (weak.length > 0 || future.length > 0)) {
    decisive = weak[0] ?? future[0]!;
    kind = lead.kind === "expected" ? "expected" : "pledged";
  }
  if (!kind || !decisive) return null;

  // "Both sides agreed" makes both the subject; "pledged to promote ties between the two
  // countries" names them after the verb, as the object.
  const cueAt = decisive.start;
  const joint = sc.joints.some((j) => inside(clause, j) && j.start < cueAt);
  // Those named before the verb commit; the rest are what the clause is about.
  const subjects = committingActors({ ...clause, end: cueAt }, mentions, actorSide, joint);
  const jointAnywhere = sc.joints.some((j) => inside(clause, j));
  let actors = subjects.length > 0 ? subjects : committingActors(clause, mentions, actorSide, jointAnywhere);
  if (actors.length === 0 && lead) actors = lead.actors;
  const bothSides =
    BOTH.every((id) => subjects.includes(id)) ||
    (subjects.length === 0 && lead !== null && BOTH.every((id) => actors.includes(id)));
  if (kind === "pledged" && (joint || bothSides || (lead !== null && lead.kind === "agreed")))
    kind = "agreed";

  const areas = areasIn(sc, clause, cues, kind);
  const text = sc.text.slice(clause.start, clause.end);
  return {
    start: clause.start,
    end: clause.end,
    text,
    kind,
    areas,
    actors,
    cameo: cameoFor(kind, areas, decisive),
    mode: modeOf(sc, clause, cues, decisive, kind),
    cue: { start: decisive.start, end: decisive.end, text: sc.text.slice(decisive.start, decisive.end) },
  };
}

function relative(sc: Scan, cue: MatchOf<"cue">): boolean {
  const prev = sc.tokens[cue.first - 1];
  return prev !== undefined && RELATIVE_BEFORE.has(prev.fold);
}

function unrealised(sc: Scan, cue: MatchOf<"cue">): boolean {
  for (let t = cue.first - 1; t >= Math.max(0, cue.first - 4); t--) {
    const tok = sc.tokens[t]!;
    if ((UNREALISED_BEFORE[sc.language] ?? UNREALISED_BEFORE.en)!.has(tok.fold)) return true;
    if (sc.cues.some((c) => c.first <= t && t <= c.last && c.payload.cue.strength === "strong")) return false;
  }
  return false;
}

function committingActors(
  clause: Clause,
  mentions: readonly Mention[],
  actorSide: ReadonlyMap<string, { side: string; type: string }>,
  joint: boolean,
): string[] {
  const ids: string[] = [];
  if (joint) ids.push(...BOTH);
  for (const m of mentions) {
    if (!inside(clause, m)) continue;
    const a = actorSide.get(m.actorId);
    if (!a || !COMMITTING_TYPES.has(a.type) || a.side === "other") continue;
    if (!ids.includes(m.actorId)) ids.push(m.actorId);
  }
  return ids;
}

const MODE_ORDER: readonly CommitmentMode[] = ["negated", "historical", "hypothetical"];

// When the clause holds, from the language's mode words: a negation or an auxiliary right before
// the deciding verb, a recalling adverb anywhere in the clause, "since" before a year. Announced
// visits and expected signings are the future; everything else is this event's.
function modeOf(
  sc: Scan,
  clause: Clause,
  cues: readonly MatchOf<"cue">[],
  decisive: MatchOf<"cue">,
  kind: CommitmentKind,
): CommitmentMode {
  const found = new Set<CommitmentMode>();
  for (const m of within(sc.modes, clause)) {
    const cue = m.payload.mode;
    if (cue.kinds && !cue.kinds.includes(kind)) continue;
    if (cue.scope === "clause") found.add(cue.mode);
    else if (cue.scope === "year") {
      if (/^\d{4}$/.test(sc.tokens[m.last + 1]?.raw ?? "")) found.add(cue.mode);
    } else if (m.last < decisive.first && decisive.first - m.last <= 3) {
      let between = false;
      for (const c of cues)
        if (c.first > m.last && c.last < decisive.first && c.payload.cue.strength === "strong")
          between = true;
      if (!between) found.add(cue.mode);
    }
  }
  for (const mode of MODE_ORDER) if (found.has(mode)) return mode;
  return kind === "expected" ? "future" : "current";
}

function areasIn(sc: Scan, clause: Clause, cues: readonly MatchOf<"cue">[], kind: CommitmentKind): AreaId[] {
  const found: Array<{ at: number; area: AreaId }> = [];
  // An announced visit or talks is a high-level exchange; "after the talks, they signed" is not.
  for (const c of cues)
    if (c.payload.cue.area && kind === "expected" && c.payload.cue.kind === "expected")
      found.push({ at: c.start, area: c.payload.cue.area });
  for (const a of sc.areas) if (inside(clause, a)) found.push({ at: a.start, area: a.payload.area });
  for (const m of sc.names) {
    if (!inside(clause, m)) continue;
    const p = m.payload;
    const area = p.cat === "entity" ? p.entity.area : p.cat === "place" ? p.place.area : undefined;
    if (area) found.push({ at: m.start, area });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.area))];
}

function cameoFor(kind: CommitmentKind, areas: readonly AreaId[], cue: MatchOf<"cue">): string {
  if (kind === "agreed" || kind === "pledged") {
    for (const area of areas) {
      const code = CAMEO_BY_AREA[area];
      if (code) return code;
    }
  }
  if (cue.payload.cue.cameo && cue.payload.cue.kind === kind) return cue.payload.cue.cameo;
  return CAMEO_BY_KIND[kind];
}
