// Accent- and case-insensitive matching for the pre-filter: "Triều Tiên" and "TRIEU TIEN" meet.
// Same folding for keywords and page text, so scripts that NFD decomposes (Hangul) stay consistent.
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}
