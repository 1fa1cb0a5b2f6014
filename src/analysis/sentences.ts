// Sentences as spans of the original text. A line break always ends one: list items, captions and
// page residue stand on lines of their own in extracted article text.

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "no",
  "jr",
  "sr",
  "gen",
  "lt",
  "col",
  "prof",
  "vs",
  "etc",
  "tp",
  "ts",
  "gs",
  "pgs",
  "ths",
  "tp",
  "u.s",
  "u.n",
  "d.p.r.k",
  "dk",
  "sdn",
  "bhd",
  "m",
  "mt",
]);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i);
      start = i + 1;
      if (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n")) paragraph++;
      continue;
    }
    // Chinese and Japanese full stops end a sentence with no space after them.
    if (ch === "。" || ch === "！" || ch === "？") {
      let j = i + 1;
      while (j < text.length && /[”’」』）]/.test(text[j]!)) j++;
      push(j);
      start = j;
      i = j - 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let j = i + 1;
    while (j < text.length && /[.!?…"”’'»)\]]/.test(text[j]!)) j++;
    // Scraped copy loses the space after a full stop ("… Hanoi.Kim arrived"): a lower-case word of
    // three letters or more, a stop, then a capitalised word is two sentences (no "U.S.", "e.g.").
    if (j < text.length && !/[ \t\u00a0]/.test(text[j]!)) {
      if (ch !== "." || j !== i + 1 || !glued(text, i)) continue;
      push(j);
      start = j;
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k]!)) k++;
    const next = text[k];
    if (next !== undefined && next !== "\n" && !/[\p{Lu}\p{N}"“‘'«(\-–—\p{Lo}]/u.test(next)) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

function glued(text: string, dot: number): boolean {
  return (
    /(?:\p{Ll}{3}|\p{L}\s)$/u.test(text.slice(Math.max(0, dot - 3), dot)) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 3))
  );
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return /\p{Lu}/u.test(text[s]!);
  return ABBREVIATIONS.has(word);
}
