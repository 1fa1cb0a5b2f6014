import type { Actor, CommitmentKind, RelevanceEvidence, Side } from "../contract/analysis";
import { actorName } from "./actor-names";
import { type MessageKey, t } from "./t";

// Labels for the analysis' ids, in the UI language. Shared by the popup, the hover cards, the
// options page and the library; the message keys are derived from the ids, and the i18n test
// checks that every id has one.

export const areaKey = (id: string): MessageKey => `area_${id.replace(/-/g, "_")}` as MessageKey;
export const kindKey = (kind: string): MessageKey =>
  `kind${kind.charAt(0).toUpperCase()}${kind.slice(1)}` as MessageKey;
export const sideKey = (side: Side): MessageKey =>
  `side${side.charAt(0).toUpperCase()}${side.slice(1)}` as MessageKey;
export const actorTypeKey = (type: Actor["type"]): MessageKey =>
  `type${type.charAt(0).toUpperCase()}${type.slice(1)}` as MessageKey;

export const evidenceKey = (code: string): MessageKey => `evidence_${code.replace(/-/g, "_")}` as MessageKey;

/** A relevance reason in the UI language; null for a code the messages do not know (a newer analysis). */
export function evidenceLabel(e: RelevanceEvidence): string | null {
  const key = evidenceKey(e.code);
  const subs: Array<string | number> = [];
  if (e.n !== undefined) subs.push(e.n);
  if (e.m !== undefined) subs.push(e.m);
  if (e.names) subs.push(e.names.map((name, i) => actorName(e.ids?.[i] ?? "", name)).join(", "));
  const text = t(key, ...subs);
  return text === key ? null : text;
}

/** An id the messages do not know (a newer analysis) shows as itself. */
function labelOr(key: MessageKey, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

export const areaLabel = (id: string): string => labelOr(areaKey(id), id.replace(/-/g, " "));
export const kindLabel = (kind: CommitmentKind | string): string => labelOr(kindKey(kind), kind);
export const sideLabel = (side: Side): string => labelOr(sideKey(side), side);
export const actorTypeLabel = (type: Actor["type"]): string => labelOr(actorTypeKey(type), type);
