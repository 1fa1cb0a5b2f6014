// Bundles the command-line analyser once into one ES module that plain `node` runs: no
// transpiling at every start. `npm run build:cli` runs this; `npm run analyze` runs it only when
// a source is newer than the bundle (build/run-cli.mjs).
import { build, type Plugin } from "esbuild";
import { analyserVersion } from "./analyser-version";

export const CLI_BUNDLE = ".output/cli/analyze.mjs";

// compromise builds its lexicon when its module loads, and linkedom is only for .html files:
// together they are most of a start. The analyser asks compromise only about a
// leftover capitalised run, which many texts never have, so the CLI requires each package on
// its first use instead of at start. (The extension keeps plain imports.)
const LAZY: Record<string, string> = {
  compromise: `let m; export default function nlp(text) { m ??= require("compromise"); return m(text); }`,
  linkedom: `export function parseHTML(...a) { return require("linkedom").parseHTML(...a); }`,
};
const lazyPackages: Plugin = {
  name: "lazy-packages",
  setup(b) {
    const filter = new RegExp(
      `^(${Object.keys(LAZY)
        .map((k) => k.replace(/[/.@]/g, "\\$&"))
        .join("|")})$`,
    );
    b.onResolve({ filter }, (args) =>
      args.namespace === "lazy"
        ? { path: args.path, external: true }
        : { path: args.path, namespace: "lazy" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({ contents: LAZY[args.path]!, loader: "js" }));
  },
};

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: CLI_BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "external",
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  plugins: [lazyPackages],
  define: { __ANALYSER_VERSION__: JSON.stringify(analyserVersion()) },
  logLevel: "warning",
});
