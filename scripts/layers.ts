// The layer rule (docs/architecture.md) as data, checked by test/unit/layers.test.ts.
// Shared layers, lowest first, each with what it may import besides itself. A surface may import
// every shared layer and its own folder, never another surface.

export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  /** Tiny helpers with no knowledge of the product (error text, the performance timeline). */
  support: [],
  /** The analysis contract and the stored-article shape, their ids and their one validator. */
  contract: ["support"],
  /** Language knowledge as data. */
  lexicon: ["contract"],
  /** analyse(): pure, a string in, an Analysis out. */
  analysis: ["contract", "lexicon"],
  /** The user's settings, highlight categories, built-in outlets. */
  settings: ["contract", "support"],
  /** DOM → article text and offset map, in any DOM (the browser's, linkedom's). */
  extract: ["contract", "support", "settings"],
  /** The IndexedDB corpus: store, seeds, cross-reference, exports. */
  corpus: ["contract", "lexicon", "analysis", "support", "assets"],
  /** The UI's words. */
  i18n: ["contract", "lexicon", "support", "public"],
  /** The messages between the extension's contexts, and the script names they inject. */
  protocol: ["contract", "corpus", "support"],
  /** What every extension page shares: DOM builder, labels, the background client. */
  ui: ["contract", "support", "i18n", "protocol", "settings"],
};

/** One folder each under src/; entrypoints/ map onto them. */
export const SURFACES = ["page", "popup", "library", "options", "background", "cli"] as const;

/** Entry points are the surfaces' mounts: content scripts are the page surface. */
const ENTRYPOINT_SURFACE: Readonly<Record<string, string>> = {
  "content-gate.ts": "page",
  "content-main.ts": "page",
  "background.ts": "background",
  popup: "popup",
  library: "library",
  options: "options",
};

/** Tools may use the product. The bench and tools/ never use the tests; the screenshot script photographs the tests' pages. */
const TOOLS = ["bench", "build", "scripts", "tools"];
const NOT_FROM_TESTS = ["bench", "build", "tools"];

/** The layer or surface of a repository-relative path, or null for a file outside all of them. */
export function layerOf(path: string): string | null {
  const [top, second] = path.split("/");
  if (top === "src" && second) {
    if (second in LAYERS || (SURFACES as readonly string[]).includes(second)) return second;
    return null;
  }
  if (top === "entrypoints" && second) return ENTRYPOINT_SURFACE[second] ?? null;
  if (top && TOOLS.includes(top)) return top;
  if (top === "assets" || top === "public" || top === "test") return top;
  return null;
}

function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  if (from in LAYERS) return LAYERS[from]!.includes(to);
  if ((SURFACES as readonly string[]).includes(from))
    return to in LAYERS || to === "assets" || to === "public";
  if (NOT_FROM_TESTS.includes(from)) return to !== "test";
  return true;
}

/** "from → to" for each of `targets` (repository-relative, resolved) that `file` may not import. */
export function importViolations(file: string, targets: readonly string[]): string[] {
  const from = layerOf(file);
  if (from === null) return [];
  const out: string[] = [];
  for (const target of targets) {
    const to = layerOf(target);
    if (to === null) {
      if (from in LAYERS || (SURFACES as readonly string[]).includes(from))
        out.push(`${file} → ${target} (no layer)`);
      continue;
    }
    if (!allowed(from, to)) out.push(`${file} → ${target} (${from} may not import ${to})`);
  }
  return out;
}
