// The analyser's version, a hash of src/analysis and src/lexicon that the build defines
// (build/analyser-version.ts, via wxt.config.ts, vitest.config.ts and the CLI bundle): stored
// articles analysed under any other version are re-analysed on the next start. Run from source
// without a build (tsx), it is 0, which no build produces.
declare const __ANALYSER_VERSION__: number | undefined;

export const ANALYSER_VERSION: number = typeof __ANALYSER_VERSION__ === "number" ? __ANALYSER_VERSION__ : 0;
