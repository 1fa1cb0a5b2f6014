import type { DateMention } from "../contract/analysis";
import { DAY_WORDS, MONTH_NAMES, RANGE_JOINERS } from "../lexicon/dates/months";

// Dates are found on a folded copy of the text (lowercase, marks dropped) so that "tháng",
// "THÁNG" and NFD "tháng" read alike; every match maps back to offsets in the original.

interface Folded {
  text: string;
  /** Original offset of each folded char. */
  at: number[];
}

const foldedChar = new Map<number, number>();

/** One UTF-16 unit folded to one unit: lower case, base letter without its marks. */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 65 && code <= 90 ? code + 32 : code;
  // Hangul would decompose into jamo under NFD; only alphabetic scripts carry marks.
  if (code >= 0x2000) return code;
  let f = foldedChar.get(code);
  if (f === undefined) {
    const c = String.fromCharCode(code).normalize("NFD")[0]!.toLowerCase();
    f = c === "đ" ? 100 : c.length === 1 ? c.charCodeAt(0) : code;
    foldedChar.set(code, f);
  }
  return f;
}

function fold(text: string, from: number, to: number): Folded {
  const codes: number[] = [];
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue;
    codes.push(foldUnit(code));
    at.push(i);
  }
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return { text: out, at };
}

// Every date has a digit: the patterns run only on windows around digits, which keeps a long
// article's cost to its numbers rather than its length.
function digitWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const m of text.matchAll(/\d+/g)) {
    const from = Math.max(0, m.index - 40);
    const to = Math.min(text.length, m.index + m[0].length + 60);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");

const MONTH_OF = new Map<string, number>();
for (const [n, names] of Object.entries(MONTH_NAMES)) for (const w of names) MONTH_OF.set(w, Number(n));

// A word boundary that knows Cyrillic and accented letters, unlike \b.
const B = "(?<![\\p{L}\\d])";
const E = "(?![\\p{L}\\d])";
const MON = `(${alt([...MONTH_OF.keys()])})\\.?`;
const D = "(\\d{1,2})(?:st|nd|rd|th|er)?";
const Y = "(\\d{4})";
const J = `\\s*(?:[-–—~]|\\s(?:${alt(RANGE_JOINERS)})\\s)\\s*`;
const DW = `(?:(?:${alt(DAY_WORDS)})\\s+)?`;

type Parts = { d1: string; d2?: string; m: string; m2?: string; y?: string };
interface Pattern {
  re: RegExp;
  parts: (g: (string | undefined)[]) => Parts;
  /** Month as a number in the text (Vietnamese, CJK) rather than a name. */
  numericMonth?: boolean;
  /** English copy may write m/d: there, only a day range or a day above 12 is read as d/m. */
  ambiguousInEnglish?: boolean;
  /** A pattern runs only on a window holding this (cheaper than a failing regex). */
  needs?: RegExp;
}

/** Dashes and tildes between two days in Chinese and Korean ("9~11일", "9—11日"). */
const CJK_JOIN = "[-–—~\u223c\u301c\uff5e]";
const P = (src: string) => new RegExp(src, "gu");
const PATTERNS: Pattern[] = [
  // 2025-10-09
  {
    re: P(`${B}${Y}-(\\d{2})-(\\d{2})${E}`),
    needs: /\d-\d/,
    parts: (g) => ({ y: g[1], m: g[2]!, d1: g[3]! }),
    numericMonth: true,
  },
  // October 9 to (October) 11, 2025 · Oct. 9-11 · October 9, 2025
  {
    re: P(`${B}${MON}\\s+${D}(?:${J}(?:${MON}\\s+)?${D})?(?:,?\\s+${Y})?${E}`),
    parts: (g) => ({ m: g[1]!, d1: g[2]!, m2: g[3], d2: g[4], y: g[5] }),
  },
  // 9-11 October 2025 · 9 to 11 October · du 9 au 11 octobre 2025 · del 9 al 11 de octubre de 2025 · 9 Oktober
  {
    re: P(
      `${B}${DW}${D}(?:(?:\\s+(?:de\\s+)?${MON})?${J}${DW}${D})?\\s+(?:de\\s+)?${MON}(?:,?\\s+(?:de\\s+)?${Y})?${E}`,
    ),
    parts: (g) => ({
      d1: g[1]!,
      m2: undefined,
      d2: g[3],
      m: g[4]!,
      y: g[5],
      ...(g[2] && g[3] ? { m0: g[2] } : {}),
    }),
  },
  // ngày 9 (đến ngày 11) tháng 10 (năm 2025) · 9-11 tháng 10/2025
  {
    needs: /thang/,
    re: P(`${B}${DW}(\\d{1,2})(?:${J}${DW}(\\d{1,2}))?\\s+thang\\s+(\\d{1,2})(?:\\s*(?:nam\\s+|/)${Y})?${E}`),
    parts: (g) => ({ d1: g[1]!, d2: g[2], m: g[3]!, y: g[4] }),
    numericMonth: true,
  },
  // 9-11/10/2025 · ngày 9/10 · 9/10/2025
  {
    needs: /\d\/\d/,
    re: P(`${B}(ngay\\s+)?(\\d{1,2})(?:${J}(\\d{1,2}))?/(\\d{1,2})(?:/${Y})?${E}(?!/)`),
    parts: (g) => ({ d1: g[2]!, d2: g[3], m: g[4]!, y: g[5] }),
    numericMonth: true,
    ambiguousInEnglish: true,
  },
  // 2025年10月9日至11日 · 10월 9일~11일 · 10월 9~11일 · 2025년 10월 9일
  {
    needs: /[月월]/,
    re: P(
      `(?:(\\d{4})\\s*[年년]\\s*)?(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?:\\s*[日일]|(?=\\s*${CJK_JOIN}\\s*\\d{1,2}\\s*[日일]))(?:\\s*(?:${CJK_JOIN}|[至到]|부터)\\s*(?:(\\d{1,2})\\s*[月월]\\s*)?(\\d{1,2})\\s*[日일](?:까지)?)?`,
    ),
    parts: (g) => ({ y: g[1], m: g[2]!, d1: g[3]!, m2: g[4], d2: g[5] }),
    numericMonth: true,
  },
];

function monthNumber(s: string | undefined, numeric: boolean): number | undefined {
  if (s === undefined) return undefined;
  const n = numeric ? Number(s) : MONTH_OF.get(s.replace(/\.$/, ""));
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const validDay = (y: number, m: number, d: number) => d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date without a year lies within half a year of publication: "January 3" in late December is next year's. */
function nearestYear(published: string, m: number, d: number): number {
  const py = Number(published.slice(0, 4));
  const at = Date.parse(published.slice(0, 10));
  let best = py;
  for (const y of [py - 1, py + 1]) {
    if (Math.abs(Date.UTC(y, m - 1, d) - at) < Math.abs(Date.UTC(best, m - 1, d) - at)) best = y;
  }
  return best;
}

/** The " date YYYY-MM-DD " capture artefact that opens some texts. */
const ARTEFACT = /^\s*date (\d{4}-\d{2}-\d{2})\s/;

/** The publication date carried by the text: the capture artefact's date. */
export function findPublished(text: string): string | undefined {
  return ARTEFACT.exec(text)?.[1];
}

export interface FindDatesOptions {
  published?: string;
  language?: string;
}

/** Every calendar date or day range in the text, with years completed from context. */
export function findDates(text: string, opts: FindDatesOptions = {}): DateMention[] {
  const artefact = ARTEFACT.exec(text);
  const published = opts.published ?? artefact?.[1];
  // The artefact is no date of the story.
  const skipTo = artefact?.[0].length ?? 0;
  const found: Array<
    Omit<DateMention, "iso"> & { y?: number; m: number; d1: number; m2?: number; d2?: number }
  > = [];
  for (const [from, to] of digitWindows(text)) {
    const f = fold(text, from, to);
    for (const p of PATTERNS) {
      if (p.needs && !p.needs.test(f.text)) continue;
      for (const match of f.text.matchAll(p.re)) {
        const start = f.at[match.index]!;
        if (start < skipTo) continue;
        const endFolded = match.index + match[0].length;
        const end = endFolded < f.at.length ? f.at[endFolded]! : to;
        const g = p.parts([...match]) as Parts & { m0?: string };
        if (p.ambiguousInEnglish && opts.language === "en" && g.d2 === undefined && Number(g.d1) <= 12)
          continue;
        const numeric = p.numericMonth === true;
        const m = monthNumber(g.m, numeric);
        if (m === undefined) continue;
        // "9 October to 11 October": the first month is written before the joiner.
        const first = g.m0 !== undefined ? (monthNumber(g.m0, numeric) ?? m) : m;
        const m2 = g.m2 !== undefined ? monthNumber(g.m2, numeric) : undefined;
        const y = g.y !== undefined ? Number(g.y) : undefined;
        if (y !== undefined && (y < 1900 || y > 2100)) continue;
        const d1 = Number(g.d1);
        const d2 = g.d2 !== undefined ? Number(g.d2) : undefined;
        const second = g.m0 !== undefined ? m : (m2 ?? m);
        found.push({
          start,
          end,
          text: text.slice(start, end),
          ...(y !== undefined ? { y } : {}),
          m: first,
          d1,
          ...(d2 !== undefined ? { d2, m2: second } : {}),
        });
      }
    }
  }
  // Leftmost-longest across patterns.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const c of found) if (!kept.length || c.start >= kept[kept.length - 1]!.end) kept.push(c);

  const fallbackYear = published
    ? Number(published.slice(0, 4))
    : (kept.find((c) => c.y !== undefined)?.y ?? latestYearNamed(text));
  const out: DateMention[] = [];
  let lastYear = fallbackYear;
  let yearWritten = false;
  for (const c of kept) {
    const crossesYear = c.m2 !== undefined && c.m2 < c.m;
    // A written year belongs to the end of a range: "30 December to 2 January 2026".
    const y =
      c.y !== undefined
        ? crossesYear
          ? c.y - 1
          : c.y
        : published && !yearWritten
          ? nearestYear(published, c.m, c.d1)
          : lastYear;
    if (y === undefined) continue;
    if (c.y !== undefined) {
      lastYear = c.y;
      yearWritten = true;
    }
    if (!validDay(y, c.m, c.d1)) continue;
    let value = iso(y, c.m, c.d1);
    if (c.d2 !== undefined && c.m2 !== undefined) {
      // A range that crosses the new year ("December 30 to January 2").
      const y2 = crossesYear ? y + 1 : y;
      if (!validDay(y2, c.m2, c.d2)) continue;
      const second = iso(y2, c.m2, c.d2);
      if (second < value) continue;
      if (second !== value) value = `${value}/${second}`;
    }
    out.push({ start: c.start, end: c.end, text: c.text, iso: value });
  }
  return out;
}

/**
 * With no publication date and no full date, the latest year the text names ("Friendship Year
 * 2025", "(1950–2025)") is the story's present: "October 9 to 11" is read in it.
 */
function latestYearNamed(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(/(?<![\d/.])(19[5-9]\d|20\d\d)(?![\d/.]\d|\d)/g)) {
    const y = Number(m[1]);
    if (latest === undefined || y > latest) latest = y;
  }
  return latest;
}
