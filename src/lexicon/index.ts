import { en } from "./lang/en";
import { ms } from "./lang/ms";
import { vi } from "./lang/vi";
import type { LanguageLexicon } from "./types";

export { ENTITIES, PLACES } from "./entities";
export * from "./names";
export type * from "./types";

/** Every language the analyser knows. Adding one is adding its file here. */
export const LEXICONS: readonly LanguageLexicon[] = [vi, en, ms];
