// `node --import ./tools/raw-import.mjs`: lets Node load Vite's `?raw` imports (see raw-hooks.mjs).
import { register } from "node:module";

register("./raw-hooks.mjs", import.meta.url);
