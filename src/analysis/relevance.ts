// Is this Vietnam–DPRK coverage? A logistic score over evidence a reader would cite: both sides
// named, sentences that bring them together, words of bilateral relations, commitments — against
// third states that take the story over (a US–DPRK summit held in Hanoi, Vietnam–ROK ties).

import type { Actor, Commitment, Relevance, RelevanceEvidence } from "../contract/analysis";
import type { Mention } from "./actors";
import type { Scan } from "./scan";

const THIRD_STATES = new Set(["rok", "china", "laos", "russia", "usa", "japan", "cambodia"]);

export function judgeRelevance(
  sc: Scan,
  actors: readonly Actor[],
  mentions: readonly Mention[],
  commitments: readonly Commitment[],
): Relevance {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const perSentence = new Map<number, { vn: boolean; dprk: boolean }>();
  let vn = 0;
  let dprk = 0;
  let third = 0;
  const thirdCounts = new Map<string, { id: string; name: string; count: number }>();
  const thirdSentences = new Set<number>();
  const note = (sentence: number, side: "vn" | "dprk") => {
    const entry = perSentence.get(sentence) ?? { vn: false, dprk: false };
    entry[side] = true;
    perSentence.set(sentence, entry);
  };
  // "arrived in Vietnam", "tiba di Vietnam": a state named as the place of the story counts as a
  // place does (half, and not as a named side), so a summit of others held there stays theirs.
  const venues = { vn: 0, dprk: 0 };
  for (const m of mentions) {
    const a = byId.get(m.actorId);
    if (!a) continue;
    const sentence = sc.sentenceOf[m.first]!;
    if (a.type === "state" && a.side !== "other" && sc.venueEnds.has(m.first - 1)) {
      venues[a.side === "vietnam" ? "vn" : "dprk"] += 0.5;
      continue;
    }
    if (a.side === "vietnam") {
      vn++;
      note(sentence, "vn");
    } else if (a.side === "dprk") {
      dprk++;
      note(sentence, "dprk");
    } else if (THIRD_STATES.has(a.id) || (a.known && (a.type === "person" || a.type === "party"))) {
      // Third states and their known leaders and parties: Trump in Hanoi, Xi in Pyongyang.
      third++;
      if (THIRD_STATES.has(a.id)) thirdSentences.add(sentence);
      const entry = thirdCounts.get(a.id) ?? { id: a.id, name: a.name, count: 0 };
      entry.count++;
      thirdCounts.set(a.id, entry);
    }
  }
  // A capital ("visited Pyongyang") or a demonym ("a Vietnamese delegation") puts a side in
  // the story as surely as a name does.
  // Without a named actor such a side counts half, and only where bilateral words back it.
  const named = { vn, dprk };
  // Who is named in each sentence, before capitals and demonyms add their sides.
  const namedIn = new Map([...perSentence].map(([i, e]) => [i, { ...e }]));
  vn += venues.vn;
  dprk += venues.dprk;
  // The lead counts only when it names both sides' actors, not a venue ("Hanoi summit").
  const namedTogether = new Set([...perSentence].filter(([, e]) => e.vn && e.dprk).map(([i]) => i));
  for (const m of sc.names) {
    if (m.payload.cat !== "place" || !m.payload.place.signalsSide) continue;
    const sentence = sc.sentenceOf[m.first]!;
    if (m.payload.place.side === "vietnam") {
      vn += 0.5;
      note(sentence, "vn");
    } else if (m.payload.place.side === "dprk") {
      dprk += 0.5;
      note(sentence, "dprk");
    }
  }
  for (const d of sc.demonyms) {
    if (d.payload.side === "vietnam") vn += 0.5;
    else if (d.payload.side === "dprk") dprk += 0.5;
  }
  const together = [...perSentence.values()].filter((e) => e.vn && e.dprk).length;
  // The DPRK's counterpart: a sentence naming the DPRK's side with a third state rather than
  // with Vietnam's ("the North's envoy for the US", "Kim and Putin").
  const thirdTogether = [...thirdSentences].filter((i) => namedIn.get(i)?.dprk && !namedIn.get(i)?.vn).length;
  // Short items (a message of greetings, a reception) say it in their opening and in few
  // sentences: what share of the sentences that name anyone bring the two together, and
  // whether the headline or lead does.
  const togetherShare = together / Math.max(1, perSentence.size);
  const leadTogether = [0, 1, 2].some((s) => namedTogether.has(s));
  const leadMeets = [0, 1, 2].some((s) => perSentence.get(s)?.vn && perSentence.get(s)?.dprk);
  const relations = sc.relations.length;
  const bilateral = commitments.filter((c) => c.actors.length > 0).length;
  const weaker = Math.min(vn, dprk);
  const thirdShare = third / Math.max(1, vn + dprk + third);
  // Each side must be present in its own right, not as the venue of someone else's story.
  const balance = weaker / Math.max(1, Math.max(vn, dprk));

  const z =
    -4.2 +
    1.3 * Math.log1p(together) +
    0.9 * Math.log1p(weaker) +
    0.5 * Math.log1p(relations) +
    0.35 * Math.min(bilateral, 6) +
    1.2 * balance +
    (leadTogether ? 1.5 : leadMeets ? 0.75 : 0) +
    2 * togetherShare -
    6 * thirdShare;
  const logistic = 1 / (1 + Math.exp(-z));
  const unnamedSide = Math.min(named.vn, named.dprk) === 0;
  // One side only a venue or a place while a third state is in the story: someone else's story there.
  const venueOnly =
    (unnamedSide && third > 0) || (thirdTogether >= 2 && thirdTogether >= 2 * namedTogether.size);
  const score =
    weaker === 0 || (unnamedSide && relations < 2) || venueOnly
      ? Math.min(0.2, logistic)
      : unnamedSide
        ? Math.min(0.75, logistic * 0.85)
        : logistic;

  // Each reason as data (the UI words it in its language) and in English (the CLI's wording).
  const evidence: RelevanceEvidence[] = [];
  const reasons: string[] = [];
  const say = (e: RelevanceEvidence, english: string) => {
    evidence.push(e);
    reasons.push(english);
  };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  say(
    { code: "sides-named", n: named.vn, m: named.dprk },
    `Names Việt Nam's side ${plural(named.vn, "time")} and the DPRK's side ${plural(named.dprk, "time")}`,
  );
  if (unnamedSide)
    say(
      { code: named.vn === 0 ? "no-vietnam-actor" : "no-dprk-actor" },
      named.vn === 0 ? "No Vietnamese actor is named" : "No DPRK actor is named",
    );
  if (together > 0)
    say(
      { code: "together", n: together },
      `${plural(together, "sentence")} bring${together === 1 ? "s" : ""} the two sides together`,
    );
  if (leadTogether) say({ code: "lead-together" }, "The headline or lead brings the two sides together");
  if (relations > 0)
    say(
      { code: "relation-words", n: relations },
      `${plural(relations, "word")} of bilateral relations (visits, talks, friendship…)`,
    );
  if (bilateral > 0)
    say({ code: "commitments", n: bilateral }, `${plural(bilateral, "commitment")} by the sides`);
  if (thirdShare >= 0.2) {
    const top = [...thirdCounts.values()].sort((a, b) => b.count - a.count).slice(0, 2);
    say(
      {
        code: "third-states",
        n: Math.round(thirdShare * 100),
        names: top.map((e) => e.name),
        ids: top.map((e) => e.id),
      },
      `Third states take up ${Math.round(thirdShare * 100)}% of the mentions (${top.map((e) => `${e.name} ${e.count}`).join(", ")})`,
    );
  }
  if (venueOnly && !(unnamedSide && third > 0))
    say(
      { code: "third-counterpart", n: thirdTogether },
      "The DPRK's side meets a third state more than Việt Nam's",
    );
  if (weaker > 0 && balance < 0.25) say({ code: "one-side-in-passing" }, "One side appears only in passing");
  return { relevant: score >= 0.5, score: Math.round(score * 1000) / 1000, reasons, evidence };
}
