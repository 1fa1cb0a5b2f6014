import { de } from "./lang/de";
import { en } from "./lang/en";
import { es } from "./lang/es";
import { fr } from "./lang/fr";
import { id } from "./lang/id";
import { ja } from "./lang/ja";
import { ko } from "./lang/ko";
import { ms } from "./lang/ms";
import { ru } from "./lang/ru";
import { vi } from "./lang/vi";
import { zh } from "./lang/zh";
import type { LanguageLexicon } from "./types";

export { ENTITIES, PLACES } from "./entities";
export * from "./names";
export type * from "./types";

/** Every language the analyser knows. Adding one is adding its file here. */
export const LEXICONS: readonly LanguageLexicon[] = [vi, en, ms, id, fr, es, de, ru, zh, ja, ko];
