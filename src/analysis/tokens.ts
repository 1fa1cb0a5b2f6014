// Word tokens with offsets into the ORIGINAL text. Matching happens on `fold` (case-, diacritic- and
// NFC/NFD-insensitive); the original token is kept so that patterns can still demand capitals or the
// exact Vietnamese tone marks when the text has them ("Lâm" must not match "làm").

export interface Token {
  start: number;
  end: number;
  raw: string;
  fold: string;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const CJK = /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
const MARKS = /\p{M}/gu;

const foldCache = new Map<string, string>();

export function foldWord(raw: string): string {
  const cached = foldCache.get(raw);
  if (cached !== undefined) return cached;
  // Hangul would decompose into jamo under NFD; CJK has no case or marks to fold.
  const folded = CJK.test(raw)
    ? raw
    : raw.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/ı/g, "i");
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(raw, folded);
  return folded;
}

/** Folds a whole string the way tokens are folded (for substring searches over folded text). */
export function foldText(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    if (CJK.test(raw)) {
      pushCjkRun(tokens, raw, start);
      continue;
    }
    tokens.push({ start, end: start + raw.length, raw, fold: foldWord(raw) });
  }
  return tokens;
}

// Chinese and Korean names are not separated by spaces from what follows ("북한은", "朝鲜的"),
// so each CJK character is a token of its own and a name is a sequence of them.
function pushCjkRun(tokens: Token[], raw: string, start: number): void {
  let i = 0;
  while (i < raw.length) {
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (CJK.test(ch)) {
      tokens.push({ start: start + i, end: start + i + ch.length, raw: ch, fold: ch });
      i += ch.length;
      continue;
    }
    let j = i + ch.length;
    while (j < raw.length) {
      const next = String.fromCodePoint(raw.codePointAt(j)!);
      if (CJK.test(next)) break;
      j += next.length;
    }
    const part = raw.slice(i, j);
    tokens.push({ start: start + i, end: start + j, raw: part, fold: foldWord(part) });
    i = j;
  }
}

export function isCapitalised(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

export function isAllCaps(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/**
 * The diacritics a word carries, as a sorted signature, or null for a bare word. Comparing
 * signatures rather than strings accepts both tone placements ("hòa" and "hoà") while still
 * telling "Lâm" from "làm".
 */
export function markedForm(raw: string): string | null {
  const nfd = raw.toLowerCase().normalize("NFD");
  const marks = nfd.match(MARKS);
  const stroke = nfd.includes("đ");
  if (!marks && !stroke) return null;
  return (stroke ? "đ" : "") + (marks ? [...marks].sort().join("") : "");
}
