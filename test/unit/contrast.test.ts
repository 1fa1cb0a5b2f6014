import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BADGE_COLOURS } from "../../src/background/badge";
import { CARD_COLOURS } from "../../src/page/hover-card";
import {
  ACTOR_ALPHA,
  CATEGORIES,
  COMMITMENT_ALPHA,
  DEFAULT_COLOURS,
  FLASH_RGBA,
} from "../../src/settings/categories";
import {
  contrastRatio,
  DARK_PAGE,
  LIGHT_PAGE,
  over,
  parseHex,
  type Rgb,
  underlineReadable,
} from "../../src/ui/contrast";

// WCAG AA for every colour we define: 4.5:1 for text, 3:1 for marks that carry meaning
// (underlines, borders, focus rings), in the light and the dark scheme.

const ENTRYPOINTS = resolve(__dirname, "../../entrypoints");
/** The palette every page imports before its own sheet (entrypoints/<page>/main.ts). */
const BASE_SHEET = resolve(__dirname, "../../assets/base.css");

type Vars = Record<string, string>;

/** The custom properties a sheet sets on :root, light, and in its dark media block. */
function rootVars(css: string): { light: Vars; dark: Vars } {
  const vars = (block: string) =>
    Object.fromEntries(
      [...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]),
    );
  const darkAt = css.indexOf("prefers-color-scheme: dark");
  const light = vars(css.slice(0, darkAt < 0 ? css.length : darkAt).match(/:root\s*{[^}]*}/)?.[0] ?? "");
  const dark = darkAt < 0 ? {} : vars(css.slice(darkAt).match(/:root\s*{[^}]*}/)?.[0] ?? "");
  return { light, dark };
}

/** A page's palettes as the browser resolves them: the base sheet, then the page's, light then dark. */
function palettes(css: string): { light: Vars; dark: Vars } {
  const base = rootVars(readFileSync(BASE_SHEET, "utf8"));
  const own = rootVars(css);
  const light = { ...base.light, ...own.light };
  return { light, dark: { ...light, ...base.dark, ...own.dark } };
}

const TEXT_PAIRS: Array<[string, string]> = [
  ["fg", "bg"],
  ["fg", "panel"],
  ["muted", "bg"],
  ["muted", "panel"],
  ["accent", "bg"],
  ["accent", "panel"],
  // Filled buttons: the page colour on the accent.
  ["bg", "accent"],
  ["kept", "bg"],
  ["kept", "panel"],
  ["open", "bg"],
  ["open", "panel"],
  ["warn", "bg"],
  ["warn", "panel"],
];
const MARK_PAIRS: Array<[string, string]> = [
  ["vietnam", "panel"],
  ["dprk", "panel"],
  ["other", "panel"],
  ["accent", "bg"],
];

const styleSheets = readdirSync(ENTRYPOINTS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(ENTRYPOINTS, d.name))
      .filter((f) => f.endsWith(".css"))
      .map((f) => join(d.name, f)),
  );

describe("extension pages' colours pass WCAG AA", () => {
  it("finds the popup's and the options page's style sheets", () => {
    expect(styleSheets).toEqual(expect.arrayContaining(["popup/style.css", "options/style.css"]));
  });

  it("every page loads the base palette before its own sheet", () => {
    for (const sheet of styleSheets) {
      const main = readFileSync(join(ENTRYPOINTS, sheet.replace(/[^/]+$/, "main.ts")), "utf8");
      const base = main.indexOf('import "../../assets/base.css";');
      expect(base, sheet).toBeGreaterThanOrEqual(0);
      expect(main.indexOf('import "./style.css";'), sheet).toBeGreaterThan(base);
    }
  });

  for (const sheet of styleSheets) {
    const css = readFileSync(join(ENTRYPOINTS, sheet), "utf8");
    const { light, dark } = palettes(css);
    // A pair is this page's when the page draws with its first colour; both must then be defined.
    const used = new Set([...css.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]!));
    for (const [scheme, p] of [
      ["light", light],
      ["dark", dark],
    ] as const) {
      it(`${sheet}, ${scheme}: text 4.5:1, marks 3:1`, () => {
        expect(p.fg, "a palette is defined").toBeDefined();
        const failures: string[] = [];
        const check = (pairs: Array<[string, string]>, min: number) => {
          for (const [a, b] of pairs) {
            if (!used.has(a)) continue;
            if (!p[a] || !p[b]) {
              failures.push(`--${a} on --${b}: not defined`);
              continue;
            }
            const r = contrastRatio(parseHex(p[a]), parseHex(p[b]));
            if (r < min) failures.push(`--${a} on --${b}: ${r.toFixed(2)}`);
          }
        };
        check(TEXT_PAIRS, 4.5);
        check(MARK_PAIRS, 3);
        expect(failures).toEqual([]);
      });
    }
  }
});

describe("highlight colours on light and dark pages", () => {
  const pages: Array<[string, Rgb, Rgb]> = [
    ["light page, dark text", LIGHT_PAGE, [17, 17, 17]],
    ["dark page, light text", DARK_PAGE, [238, 238, 238]],
  ];

  it("every category has a default colour", () => {
    expect(CATEGORIES.filter((c) => !DEFAULT_COLOURS[c])).toEqual([]);
  });

  for (const [name, page, text] of pages) {
    it(`${name}: the page's text stays 4.5:1 on every highlight, underlines reach 3:1`, () => {
      const failures: string[] = [];
      for (const c of CATEGORIES) {
        const colour = parseHex(DEFAULT_COLOURS[c]!);
        const alpha = c.includes("-actor-") ? ACTOR_ALPHA : COMMITMENT_ALPHA;
        const wash = over(colour, alpha, page);
        const textRatio = contrastRatio(text, wash);
        if (textRatio < 4.5) failures.push(`${c} text ${textRatio.toFixed(2)}`);
        const lineRatio = contrastRatio(colour, page);
        if (lineRatio < 3) failures.push(`${c} underline ${lineRatio.toFixed(2)}`);
      }
      // The flash sets its own dark text.
      const [r, g, b, a] = FLASH_RGBA;
      const flash = contrastRatio([17, 17, 17], over([r, g, b], a, page));
      if (flash < 4.5) failures.push(`flash ${flash.toFixed(2)}`);
      expect(failures).toEqual([]);
    });
  }

  it("the options page warns about a colour that fails on either kind of page", () => {
    expect(underlineReadable("#2563eb")).toBe(true);
    expect(underlineReadable("#ffff00")).toBe(false);
    expect(underlineReadable("#111111")).toBe(false);
  });

  it("the hover card and the badge are readable", () => {
    const card = parseHex(CARD_COLOURS.background);
    expect(contrastRatio(parseHex(CARD_COLOURS.text), card)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseHex(CARD_COLOURS.label), card)).toBeGreaterThanOrEqual(4.5);
    expect(
      contrastRatio(parseHex(BADGE_COLOURS.text), parseHex(BADGE_COLOURS.background)),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
