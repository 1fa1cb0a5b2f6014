import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PRESET_CSS_FILES } from "../src/protocol/script-files";
import { type HighlightEngine, nativeDefaultCss } from "../src/settings/categories";

// npx tsx scripts/highlight-css.ts — rewrites public/highlights-<engine>.css from the default look
// (test/unit/highlight-style.test.ts fails until they agree).
for (const [engine, file] of Object.entries(PRESET_CSS_FILES)) {
  writeFileSync(
    resolve(import.meta.dirname, "../public", file),
    `${nativeDefaultCss(engine as HighlightEngine)}\n`,
  );
}
