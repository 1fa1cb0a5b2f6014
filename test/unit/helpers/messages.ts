import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// The browser's getMessage for the unit tests: reads public/_locales and substitutes as the
// browsers do ($NAME$ → the placeholder's content, $1… → the substitutions).

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Messages = Record<string, MessageEntry>;

export function readMessages(lang: string): Messages {
  return JSON.parse(
    readFileSync(resolve(__dirname, `../../../public/_locales/${lang}/messages.json`), "utf8"),
  );
}

export function formatMessage(entry: MessageEntry | undefined, subs: readonly string[] = []): string {
  if (!entry) return "";
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (m, name: string) => placeholders[name.toLowerCase()] ?? m)
    .replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? "");
}

export function getMessageIn(lang: string): (key: string, subs?: string | string[]) => string {
  const messages = readMessages(lang);
  return (key, subs) => formatMessage(messages[key], typeof subs === "string" ? [subs] : (subs ?? []));
}
