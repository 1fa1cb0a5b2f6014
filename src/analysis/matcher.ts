// A token trie over every lexicon phrase of every category, walked once per token position.
// Matching is on folded tokens; a phrase may then demand what its own spelling shows:
// a capitalised word needs a capital in the text, an all-caps acronym needs all caps, and a word
// written with Vietnamese diacritics rejects a text word that carries *different* diacritics.
import { foldWord, isAllCaps, isCapitalised, markedForm, type Token, tokenize } from "./tokens";

interface PhraseToken {
  fold: string;
  prefix: boolean;
  caps: "any" | "first" | "all";
  marked: string | null;
  /** Written after a comma in the phrase ("Bộ Văn hóa, Thể thao và Du lịch"). */
  comma: boolean;
}

export interface Phrase<T> {
  tokens: PhraseToken[];
  payload: T;
  /** Case-insensitive phrases (cues, area words) skip the capitalisation check. */
  caseSensitive: boolean;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  prefixes: Array<[string, Node<T>]>;
  /** The same prefixes by their first code unit: most tokens then try none of them. */
  prefixesByFirst: Map<number, Array<[string, Node<T>]>>;
  phrases: Phrase<T>[];
}

export interface Match<T> {
  /** Token indexes [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  payload: T;
}

function newNode<T>(): Node<T> {
  return { next: new Map(), prefixes: [], prefixesByFirst: new Map(), phrases: [] };
}

export function compilePhrase<T>(text: string, payload: T, caseSensitive: boolean): Phrase<T> | null {
  const toks = tokenize(text);
  if (toks.length === 0) return null;
  const prefixAt = text.trimEnd().endsWith("*") ? toks.length - 1 : -1;
  const tokens = toks.map((t, i): PhraseToken => {
    const caps = !caseSensitive
      ? "any"
      : t.raw.length > 1 && isAllCaps(t.raw)
        ? "all"
        : isCapitalised(t.raw)
          ? "first"
          : "any";
    const comma = i > 0 && text.slice(toks[i - 1]!.end, t.start).includes(",");
    return { fold: foldWord(t.raw), prefix: i === prefixAt, caps, marked: markedForm(t.raw), comma };
  });
  return { tokens, payload, caseSensitive };
}

export class Matcher<T> {
  private readonly root: Node<T> = newNode();
  private maxLen = 0;

  add(phrase: Phrase<T>): void {
    let node = this.root;
    for (const tok of phrase.tokens) {
      if (tok.prefix) {
        let child = node.prefixes.find(([p]) => p === tok.fold)?.[1];
        if (!child) {
          child = newNode();
          node.prefixes.push([tok.fold, child]);
          const first = tok.fold.charCodeAt(0);
          const bucket = node.prefixesByFirst.get(first) ?? [];
          bucket.push([tok.fold, child]);
          node.prefixesByFirst.set(first, bucket);
        }
        node = child;
      } else {
        let child = node.next.get(tok.fold);
        if (!child) {
          child = newNode();
          node.next.set(tok.fold, child);
        }
        node = child;
      }
    }
    node.phrases.push(phrase);
    this.maxLen = Math.max(this.maxLen, phrase.tokens.length);
  }

  /** Every verified match at every position (overlaps included; callers choose). */
  findAll(text: string, tokens: readonly Token[]): Match<T>[] {
    const out: Match<T>[] = [];
    this.text = text;
    for (let i = 0; i < tokens.length; i++) this.walk(tokens, i, this.root, i, out);
    return out;
  }

  private text = "";

  private walk(tokens: readonly Token[], first: number, node: Node<T>, at: number, out: Match<T>[]): void {
    const tok = tokens[at];
    if (!tok) return;
    if (at > first && !joinable(this.text, tokens[at - 1]!.end, tok.start, tokens[at - 1]!)) return;
    const exact = node.next.get(tok.fold);
    if (exact) this.arrive(tokens, first, exact, at, out);
    const bucket = node.prefixesByFirst.get(tok.fold.charCodeAt(0));
    if (bucket) {
      for (const [prefix, child] of bucket) {
        if (tok.fold.startsWith(prefix)) this.arrive(tokens, first, child, at, out);
      }
    }
  }

  private arrive(tokens: readonly Token[], first: number, node: Node<T>, at: number, out: Match<T>[]): void {
    for (const phrase of node.phrases) {
      if (verify(phrase, tokens, first, this.text)) {
        out.push({
          first,
          last: at,
          start: tokens[first]!.start,
          end: tokens[at]!.end,
          payload: phrase.payload,
        });
      }
    }
    if (node.next.size > 0 || node.prefixes.length > 0) this.walk(tokens, first, node, at + 1, out);
  }
}

// Words of one name are separated by spaces, hyphens or an apostrophe ("Workers' Party"), never by
// sentence punctuation: "… Việt Nam. Triều Tiên …" holds no name across the full stop.
// U+30FB, the katakana middle dot, joins the parts of a foreign name in Japanese ("トー・ラム").
const JOINER = /^[\s\u00a0\-\u2010\u2011\u2013'\u2019\u00b7\u30fb]{0,3}$/;

// A comma may stand inside a name only where the phrase itself has one (checked in verify).
const COMMA = /^,\s?$/;

// "TP. Hồ Chí Minh": a one- or two-letter capital abbreviation may end with a dot.
const ABBREVIATION_DOT = /^\.\s?$/;

function joinable(text: string, from: number, to: number, previous: Token): boolean {
  if (to - from > 3) return false;
  // The common case, one plain space, without slicing the text.
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  const gap = text.slice(from, to);
  if (JOINER.test(gap) || COMMA.test(gap)) return true;
  return previous.raw.length <= 2 && isAllCaps(previous.raw) && ABBREVIATION_DOT.test(gap);
}

function verify<T>(phrase: Phrase<T>, tokens: readonly Token[], first: number, text: string): boolean {
  for (let k = 0; k < phrase.tokens.length; k++) {
    const want = phrase.tokens[k]!;
    const raw = tokens[first + k]!.raw;
    if (k > 0) {
      const prev = tokens[first + k - 1]!;
      const cur = tokens[first + k]!;
      const comma = cur.start - prev.end <= 2 && text.charCodeAt(prev.end) === 44;
      if (comma !== want.comma) return false;
    }
    if (want.caps === "first" && !isCapitalised(raw)) return false;
    if (want.caps === "all" && !isAllCaps(raw)) return false;
    if (want.marked !== null && !want.prefix) {
      const have = markedForm(raw);
      if (have !== null && have !== want.marked) return false;
    }
  }
  return true;
}

/** Leftmost-longest selection of non-overlapping matches. */
export function selectLongest<T>(matches: readonly Match<T>[]): Match<T>[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: Match<T>[] = [];
  let nextFree = 0;
  for (const m of sorted) {
    if (m.first < nextFree) continue;
    kept.push(m);
    nextFree = m.last + 1;
  }
  return kept;
}
