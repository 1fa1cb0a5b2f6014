import type { Actor } from "../contract/analysis";
import { ENTITIES } from "../lexicon/entities";
import { vi } from "../lexicon/lang/vi";
import type { LanguageLexicon } from "../lexicon/types";
import { uiLanguage } from "./t";

// Names and roles in the UI's language where a lexicon knows them: an actor found on an English
// page reads "Đảng Cộng sản Việt Nam, Tổng Bí thư" in a Vietnamese UI. Data, not translation:
// the entity's first full alias in that language, the title the lexicon maps to the role. An
// actor no lexicon knows keeps the name the page gave it.

const UI_LEXICONS: Readonly<Record<string, LanguageLexicon>> = { vi };
const ENTITY_NAMES = new Map(ENTITIES.map((e) => [e.id, e.name]));

function lexicon(): LanguageLexicon | undefined {
  return UI_LEXICONS[uiLanguage()];
}

/** The display name of an actor id in the UI language; the known English name, or the page's. */
export function actorName(id: string, fallback?: string): string {
  const aliases = lexicon()?.aliases[id];
  // The first alias with lower-case letters: a full name rather than an acronym.
  const local = aliases?.find((a) => /\p{Ll}/u.test(a)) ?? aliases?.[0];
  return local ?? fallback ?? ENTITY_NAMES.get(id) ?? id;
}

/** The actor's own name in the UI language. */
export function displayName(actor: Pick<Actor, "id" | "name" | "known">): string {
  return actor.known ? actorName(actor.id, actor.name) : actor.name;
}

/** A role (the lexicons' English display form) in the UI language. */
export function roleName(role: string): string {
  const title = lexicon()?.titles.find((t) => t.role === role && t.text !== "");
  if (!title) return role;
  return title.text.charAt(0).toLocaleUpperCase("vi") + title.text.slice(1);
}
