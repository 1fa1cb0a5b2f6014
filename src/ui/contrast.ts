// WCAG 2.x contrast, for the colours we ship and the ones a user picks.

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const h = hex.replace("#", "");
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` at `alpha` over `under`, as the eye sees it. */
export function over(top: Rgb, alpha: number, under: Rgb): Rgb {
  return top.map((c, i) => Math.round(c * alpha + under[i]! * (1 - alpha))) as unknown as Rgb;
}

/** The pages we design highlights for: plain white and a typical dark theme. */
export const LIGHT_PAGE: Rgb = [255, 255, 255];
export const DARK_PAGE: Rgb = [18, 18, 18];

/** An underline (a non-text mark, WCAG 1.4.11) must reach 3:1 against the page behind it. */
export function underlineReadable(hex: string): boolean {
  const c = parseHex(hex);
  return contrastRatio(c, LIGHT_PAGE) >= 3 && contrastRatio(c, DARK_PAGE) >= 3;
}
