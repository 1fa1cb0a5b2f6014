import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * An extension whose content script does nothing, on `host`'s pages: the baseline the benches
 * measure against. What it adds is the browser's own cost of any content script (the isolated
 * world, the extension bindings), not ours. Returns its folder.
 */
export function writeEmptyExtension(host: string): string {
  const dir = mkdtempSync(join(tmpdir(), "diplomark-empty-ext-"));
  writeFileSync(
    join(dir, "manifest.json"),
    JSON.stringify({
      manifest_version: 3,
      name: "empty content script",
      version: "1",
      content_scripts: [{ matches: [`*://${host}/*`], js: ["empty.js"], run_at: "document_idle" }],
    }),
  );
  writeFileSync(join(dir, "empty.js"), "void 0;\n");
  return dir;
}
