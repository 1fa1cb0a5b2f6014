import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { NATIVE_DEFAULT_CSS, PRESET_CSS_FILE } from "../src/settings/categories";

// npx tsx scripts/highlight-css.ts — rewrites public/highlights.css from the default look
// (test/unit/highlight-style.test.ts fails until the two agree).
writeFileSync(resolve(import.meta.dirname, "../public", PRESET_CSS_FILE), `${NATIVE_DEFAULT_CSS}\n`);
