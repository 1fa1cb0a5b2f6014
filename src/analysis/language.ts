import { SCRIPTS, STOPWORDS, VIETNAMESE_LETTERS } from "../lexicon/detect/stopwords";
import type { LangCode } from "../lexicon/types";
import { foldWord } from "./tokens";

// A detector over our own data rather than an npm one: the texts are news about one
// relationship in nine languages, and the lexicons already hold what tells them apart
// (npm detectors confuse Malay with Indonesian and unaccented Vietnamese with anything).

const SAMPLE = 6000;
const HYPHENATED_NAME_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+-$/u;

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

/** ISO 639-1 code of the text's language; "en" when nothing tells. */
export function detectLanguage(text: string): LangCode {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return "en";
  for (const { code, pattern } of SCRIPTS) {
    if ((sample.match(pattern)?.length ?? 0) > letters * 0.2) return code;
  }
  const scores = new Map<LangCode, number>();
  const nfc = sample.normalize("NFC");
  // Vietnamese letters are so telling that a few outweigh any count of function words.
  const viLetters = nfc.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (viLetters > letters * 0.01) scores.set("vi", viLetters);
  const idx = index();
  for (const m of nfc.matchAll(/\p{L}+/gu)) {
    // "Jong-un", "Il-sung": the tail of a hyphenated Korean name is no French "un" or "il".
    if (HYPHENATED_NAME_BEFORE.test(nfc.slice(Math.max(0, m.index - 12), m.index))) continue;
    const codes = idx.get(foldWord(m[0]));
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
