import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyse } from "../../../src/analysis";
import type { Analysis } from "../../../src/contract/analysis";

const root = new URL("../../../", import.meta.url);

export const read = (path: string): string => readFileSync(fileURLToPath(new URL(path, root)), "utf8");
export const seedEn = (): string => read("assets/seeds/000_600e93926c99760f.txt");
export const seedMs = (): string => read("assets/seeds/002_e8120e5def90eb2b.txt");
export const text = (name: string): string => read(`test/fixtures/texts/${name}`);

export const actorIds = (a: Analysis): string[] => a.actors.map((x) => x.id);
export const areasOfKind = (a: Analysis, kind: string): string[] => [
  ...new Set(a.commitments.filter((c) => c.kind === kind).flatMap((c) => c.areas)),
];
export const mentionTexts = (a: Analysis, id: string): string[] =>
  a.actors.find((x) => x.id === id)?.mentions.map((m) => m.text) ?? [];

/** Every span the analysis reports points into the text it was given. */
export function spansOf(a: Analysis): Array<{ start: number; end: number; text: string }> {
  return [
    ...a.actors.flatMap((x) => x.mentions),
    ...a.commitments,
    ...a.commitments.flatMap((c) => (c.cue ? [c.cue] : [])),
    ...a.dates,
  ];
}

export { analyse };
