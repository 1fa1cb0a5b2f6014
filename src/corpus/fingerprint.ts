// Same article, whatever the page around it: a MinHash signature of the text's word shingles
// and locality-sensitive band keys, so a stored copy is found through an index (a few keys per
// article) rather than by comparing the page with every stored text. Pure: no I/O.

/** Words per shingle: four keeps two reports of the same visit apart, the same text together. */
const SHINGLE_WORDS = 4;
/** Words read at most: the opening of an article decides whether it is the same article. */
const MAX_WORDS = 4_000;
/** Bands × rows = signature length. 20 bands of 3 rows find a pair at Jaccard 0.5 nine times in ten. */
export const BANDS = 20;
const ROWS = 3;
export const SIGNATURE_LENGTH = BANDS * ROWS;

/**
 * Estimated Jaccard similarity of two texts' shingles from which a page is the stored article
 * (or a copy of it on another outlet). Measured on our fixtures and seeds (see
 * test/unit/fingerprint.test.ts and the report): copies with different captions, bylines and
 * boilerplate score 0.73 or more, with the lead dropped or the last 30% cut 0.47 or more; two
 * different articles at most 0.08 (1,128 pairs of 48 texts: the eval dev set, our fixtures, the
 * seeds). 0.4 sits eight standard errors of a 60-row estimate above the different articles.
 */
export const SAME_ARTICLE = 0.4;

/** Per-row seeds of the hash family (fixed: stored signatures must stay comparable). */
const SEEDS: readonly number[] = Array.from({ length: SIGNATURE_LENGTH }, (_, i) =>
  mix(0x9e3779b9 ^ (i * 0x85ebca6b)),
);

function mix(h: number): number {
  // murmur3's finaliser: every input bit reaches every output bit.
  let x = h | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Words without case or marks (đ as d), so NFC/NFD and unmarked copies compare equal. */
export function fingerprintWords(text: string): string[] {
  const folded = text
    .slice(0, MAX_WORDS * 12)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return (folded.replace(/đ/g, "d").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/** The text's MinHash signature; empty when the text is too short to have a shingle. */
export function textSignature(text: string): number[] {
  const words = fingerprintWords(text);
  if (words.length < SHINGLE_WORDS) return [];
  const sig = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" "));
    if (seen.has(shingle)) continue;
    seen.add(shingle);
    for (let r = 0; r < SIGNATURE_LENGTH; r++) {
      const h = mix(shingle ^ SEEDS[r]!);
      if (h < sig[r]!) sig[r] = h;
    }
  }
  return sig;
}

/** One index key per band: two texts sharing a key are candidates for the same article. */
export function bandKeys(signature: readonly number[]): string[] {
  if (signature.length !== SIGNATURE_LENGTH) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = signature.slice(b * ROWS, b * ROWS + ROWS);
    keys.push(`${b}:${fnv1a(rows.join(",")).toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the two texts' shingles (0 when either has none). */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== SIGNATURE_LENGTH || b.length !== SIGNATURE_LENGTH) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_LENGTH;
}

/** Whether two signatures are the same article (or copies of it). */
export function sameArticle(a: readonly number[], b: readonly number[]): boolean {
  return signatureSimilarity(a, b) >= SAME_ARTICLE;
}
