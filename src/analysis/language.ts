import { SCRIPTS, STOPWORDS, VIETNAMESE_LETTERS } from "../lexicon/detect/stopwords";
import type { LangCode } from "../lexicon/types";
import { type Token, tokenize } from "./tokens";

// A detector over our own data rather than an npm one: the texts are news about one
// relationship in nine languages, and the lexicons already hold what tells them apart
// (npm detectors confuse Malay with Indonesian and unaccented Vietnamese with anything).

const SAMPLE = 6000;

let stopIndex: Map<string, LangCode[]> | undefined;
function index(): Map<string, LangCode[]> {
  if (stopIndex) return stopIndex;
  stopIndex = new Map();
  for (const [code, words] of Object.entries(STOPWORDS) as [LangCode, readonly string[]][]) {
    for (const w of words) {
      const list = stopIndex.get(w) ?? [];
      list.push(code);
      stopIndex.set(w, list);
    }
  }
  return stopIndex;
}

/** ISO 639-1 code of the text's language; "en" when nothing tells. Reuses the analyser's tokens when given. */
export function detectLanguage(text: string, tokens?: readonly Token[]): LangCode {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const words = (tokens ?? tokenize(sample)).filter((t) => t.start < sample.length);
  let letters = 0;
  for (const t of words) letters += t.end - t.start;
  if (letters === 0) return "en";
  // Most texts are Latin: one test spares them the three script counts.
  if (/[\u0400-\u04ff\u1100-\u11ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/.test(sample)) {
    for (const { code, pattern } of SCRIPTS) {
      pattern.lastIndex = 0;
      if ((sample.match(pattern)?.length ?? 0) > letters * 0.2) return code;
    }
  }
  const scores = new Map<LangCode, number>();
  // Vietnamese letters are so telling that a few outweigh any count of function words.
  const composed = /[\u0300-\u036f]/.test(sample) ? sample.normalize("NFC") : sample;
  const viLetters = composed.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (viLetters > letters * 0.01) scores.set("vi", viLetters);
  const idx = index();
  for (const t of words) {
    // The tail of a hyphenated romanised name ("Jong-un", "Il-sung") is no French "un"/"il".
    if (t.start > 0 && text[t.start - 1] === "-") continue;
    const codes = idx.get(t.fold);
    if (!codes) continue;
    for (const c of codes) scores.set(c, (scores.get(c) ?? 0) + 1);
  }
  let best: LangCode = "en";
  let bestScore = 0;
  for (const [code, score] of scores) {
    // Equal Malay/Indonesian scores go to Malay: the shared words were counted for both.
    if (score > bestScore || (score === bestScore && code === "ms")) {
      best = code;
      bestScore = score;
    }
  }
  return best;
}
