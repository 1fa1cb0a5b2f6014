import type { Analysis, CommitmentKind, Side } from "../contract/analysis";

// The highlight names are public: the e2e tests and anyone styling the page read them.
export const PREFIX = "diplomark";
export const FLASH = `${PREFIX}-flash`;

export const actorCategory = (side: Side): string => `${PREFIX}-actor-${side}`;
export const commitmentCategory = (kind: CommitmentKind): string => `${PREFIX}-commitment-${kind}`;

/** What a painted range stands for; hover cards and reveal look it up. */
export type Target = { actor: string } | { commitment: number };

export interface Mark {
  category: string;
  start: number;
  end: number;
  target: Target;
}

/** Every span of an analysis as a mark: actor mentions on top of commitment sentences. */
export function marksOf(analysis: Analysis): Mark[] {
  const marks: Mark[] = [];
  analysis.commitments.forEach((c, i) => {
    marks.push({
      category: commitmentCategory(c.kind),
      start: c.start,
      end: c.end,
      target: { commitment: i },
    });
  });
  for (const a of analysis.actors) {
    for (const m of a.mentions) {
      marks.push({ category: actorCategory(a.side), start: m.start, end: m.end, target: { actor: a.id } });
    }
  }
  return marks;
}

/** Every category, actors first: the options page lists them in this order. */
export const CATEGORIES: readonly string[] = [
  ...(["vietnam", "dprk", "other"] as const).map(actorCategory),
  ...(["signed", "agreed", "pledged", "proposed", "expected", "reaffirmed"] as const).map(commitmentCategory),
];

/**
 * Default colours, each with a relative luminance between 0.12 and 0.30: an underline in that
 * colour keeps 3:1 against both a white and a near-black page (test/unit/contrast.test.ts).
 */
export const DEFAULT_COLOURS: Readonly<Record<string, string>> = {
  [actorCategory("vietnam")]: "#dc2626",
  [actorCategory("dprk")]: "#2563eb",
  [actorCategory("other")]: "#7c3aed",
  [commitmentCategory("signed")]: "#16a34a",
  [commitmentCategory("agreed")]: "#0d9488",
  [commitmentCategory("pledged")]: "#b47800",
  [commitmentCategory("proposed")]: "#ea580c",
  [commitmentCategory("expected")]: "#64748b",
  [commitmentCategory("reaffirmed")]: "#9333ea",
};

/** Background alphas: actors stronger, commitments a light wash (the page keeps its text colour). */
export const ACTOR_ALPHA = 0.3;
export const COMMITMENT_ALPHA = 0.14;
export const FLASH_RGBA: readonly [number, number, number, number] = [250, 204, 21, 0.75];

const rgb = (hex: string): string => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(",");

/**
 * Underlines sit clear of the marks Vietnamese writes below letters (ộ, ạ, ợ): offset below the
 * baseline, and skipping ink where a descender still meets them.
 */
const UNDERLINE_ROOM = "text-underline-offset:.28em;text-decoration-skip-ink:auto";

/**
 * Which way a browser cascades ::highlight styles. Chromium inherits them down the element tree
 * (CSS Pseudo 4 "highlight inheritance"): one rule on the root element styles every highlight
 * in the document and is resolved once. A universal `::highlight()` rule instead makes Chromium
 * resolve one highlight style per element per name: with our ten names, about 190 ms more
 * parsing on a page of 100,000 elements, and 250–300 ms when such a sheet arrives after load
 * (measured against the same page without it). Firefox does not inherit highlight styles (a
 * root rule paints nothing there), so it keeps the universal form. That costs Firefox too: about
 * 100 ms more parsing on that page when the sheet is there from the start, ~35 ms when it comes
 * after load; so Firefox gets it only with the session (protocol/inject-session.ts), never on
 * the outlets' other pages.
 */
export type HighlightEngine = "chromium" | "firefox";

/** The selector of one category's highlight rule in a browser of that engine. */
export function highlightRule(engine: HighlightEngine): (category: string) => string {
  return engine === "chromium" ? (c) => `:root::highlight(${c})` : (c) => `::highlight(${c})`;
}

/**
 * Translucent colours keep the page's own text colour readable on light and dark pages; actors
 * (a few words each) get a wash and a solid underline. Commitments are whole clauses, most of a
 * dispatch: by default a thin underline alone, so the text reads as the outlet set it; the
 * denser style (a setting) adds a light wash and a dotted line. Actor rules come last so they
 * win over a commitment where both cover a word (fallback marks).
 */
export function highlightCss(
  selector: (category: string) => string,
  colours: Readonly<Record<string, string>> = {},
  dense = false,
): string {
  const rules: string[] = [];
  const colour = (c: string) => rgb(colours[c] ?? DEFAULT_COLOURS[c] ?? "#64748b");
  const actorsLast = [...CATEGORIES].sort(
    (a, b) => Number(a.includes("-actor-")) - Number(b.includes("-actor-")),
  );
  for (const c of actorsLast) {
    const v = colour(c);
    rules.push(
      c.includes("-actor-")
        ? `${selector(c)}{background-color:rgba(${v},${ACTOR_ALPHA});text-decoration:underline 2px rgb(${v});${UNDERLINE_ROOM}}`
        : dense
          ? `${selector(c)}{background-color:rgba(${v},${COMMITMENT_ALPHA});text-decoration:underline dotted 2px rgba(${v},.9);${UNDERLINE_ROOM}}`
          : `${selector(c)}{text-decoration:underline 1.5px rgba(${v},.9);${UNDERLINE_ROOM}}`,
    );
  }
  rules.push(`${selector(FLASH)}{background-color:rgba(${FLASH_RGBA.join(",")});color:#111}`);
  return rules.join("\n");
}

/**
 * The Highlight API rules in the default look, as public/highlights-<engine>.css holds them (a
 * unit test keeps them equal). Chromium's manifest injects its file on the outlets' pages before
 * their DOM is built; Firefox's comes with the session wherever it is injected. Either way the
 * session adds no `<style>` of its own for the default look: one the page can see says that we run.
 */
export function nativeDefaultCss(engine: HighlightEngine): string {
  return highlightCss(highlightRule(engine));
}
