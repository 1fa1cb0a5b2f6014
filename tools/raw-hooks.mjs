// Node module hooks for Vite's `?raw` imports (the seeds): the module's default export is the
// file's text, as Vite gives it, so Node tools (the bench) load the same corpus code the
// extension runs.
import { readFile } from "node:fs/promises";

export async function resolve(specifier, context, next) {
  if (!specifier.endsWith("?raw")) return next(specifier, context);
  const { url } = await next(specifier.slice(0, -"?raw".length), context);
  return { url: `${url}?raw`, shortCircuit: true };
}

export async function load(url, context, next) {
  if (!url.endsWith("?raw")) return next(url, context);
  const text = await readFile(new URL(url.slice(0, -"?raw".length)), "utf8");
  return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
