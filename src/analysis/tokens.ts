// Word tokens with offsets into the ORIGINAL text. Matching happens on `fold` (case-, diacritic- and
// NFC/NFD-insensitive); the original token is kept so that patterns can still demand capitals or the
// exact Vietnamese tone marks when the text has them ("Lâm" must not match "làm").

export interface Token {
  start: number;
  end: number;
  raw: string;
  fold: string;
}

const CJK = /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
const MARKS = /\p{M}/gu;

const foldCache = new Map<string, string>();

/**
 * A copy of `s` that does not hold on to the text it was sliced from. V8 keeps a slice as a
 * view of its parent, so a cache keyed by words of a page would keep every page's whole text
 * alive (seen as steady heap growth in the background, page after page).
 */
export function detached(s: string): string {
  return ` ${s}`.slice(1);
}

export function foldWord(raw: string): string {
  const cached = foldCache.get(raw);
  if (cached !== undefined) return cached;
  // Hangul would decompose into jamo under NFD; CJK has no case or marks to fold.
  const folded = CJK.test(raw)
    ? raw
    : raw.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/ı/g, "i");
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(detached(raw), detached(folded));
  return folded;
}

/** Folds a whole string the way tokens are folded (for substring searches over folded text). */
export function foldText(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
}

// Word characters: letters, marks and digits in any script. Deciding this per UTF-16 unit
// through a lookup table is several times faster than a Unicode-property regex over the text.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const WORD = 1;
const NOT_WORD = 2;
const bmpClass = new Uint8Array(0x10000);

/** Length in UTF-16 units of the word character at i (1 or 2), or 0 when it is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = bmpClass[c]!;
    if (k === 0) bmpClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? WORD : NOT_WORD;
    return k === WORD ? 1 : 0;
  }
  const cp = text.codePointAt(i)!;
  // A lone surrogate is no character at all.
  return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** Maximal runs of word characters, as /[\p{L}\p{M}\p{N}]+/gu finds them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    // Only a run with a character from U+1100 up can hold CJK.
    let high = false;
    do {
      if (text.charCodeAt(i) >= 0x1100) high = true;
      i += w;
      w = i < n ? wordCharAt(text, i) : 0;
    } while (w !== 0);
    const raw = text.slice(start, i);
    if (high && CJK.test(raw)) {
      pushCjkRun(tokens, raw, start);
      continue;
    }
    tokens.push({ start, end: i, raw, fold: foldWord(raw) });
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

const markedCache = new Map<string, string | null>();

/**
 * The diacritics a word carries, as a sorted signature, or null for a bare word. Comparing
 * signatures rather than strings accepts both tone placements ("hòa" and "hoà") while still
 * telling "Lâm" from "làm".
 */
export function markedForm(raw: string): string | null {
  const cached = markedCache.get(raw);
  if (cached !== undefined) return cached;
  const nfd = raw.toLowerCase().normalize("NFD");
  const marks = nfd.match(MARKS);
  const stroke = nfd.includes("đ");
  const form = !marks && !stroke ? null : (stroke ? "đ" : "") + (marks ? [...marks].sort().join("") : "");
  if (markedCache.size > 50_000) markedCache.clear();
  markedCache.set(detached(raw), form === null ? null : detached(form));
  return form;
}
