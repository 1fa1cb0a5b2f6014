import type { Actor, Analysis, Commitment, Side } from "../contract/analysis";
import { actorName, displayName, roleName } from "../i18n/actor-names";
import { actorTypeLabel, areaLabel, kindLabel } from "../i18n/labels";
import { type MessageKey, t } from "../i18n/t";
import type { Target } from "../settings/categories";
import type { CardContent } from "./hover-card";

// What a hover card says, in the UI language (names and roles too, where a lexicon knows them).
// Plain strings: the card renders them with textContent.

const SIDE_KEYS: Record<Side, MessageKey> = {
  vietnam: "cardSideVietnam",
  dprk: "cardSideDprk",
  other: "cardSideOther",
};

function storedLine(count: number | undefined): string {
  if (count === undefined) return "…";
  if (count === 0) return t("cardNoneYet");
  return count === 1 ? t("cardOneArticle") : t("cardArticles", count);
}

/** "057 · sign a formal agreement": the code and what it means (the codes CAMEO_BY_* give). */
function cameoLine(code: string): string {
  const key = `cameo_${code}`;
  const meaning = /^\d{3,4}$/.test(code) ? t(key as MessageKey) : key;
  return meaning === key ? code : `${code} · ${meaning}`;
}

export function actorCard(actor: Actor, storedCount: number | undefined): CardContent {
  const rows: CardContent["rows"] = [
    [
      t("cardRole"),
      actor.roles.length > 0 ? actor.roles.map(roleName).join("; ") : actorTypeLabel(actor.type),
    ],
    [t("cardSide"), t(SIDE_KEYS[actor.side])],
    [t("cardStored"), storedLine(storedCount)],
  ];
  if (!actor.known) rows.push([t("cardSource"), t("cardFoundHere")]);
  rows.push([t("cardActorPage"), t("cardAltClick")]);
  return { title: displayName(actor), rows };
}

export function commitmentCard(c: Commitment, names: ReadonlyMap<string, string>): CardContent {
  const rows: CardContent["rows"] = [
    [t("cardKind"), kindLabel(c.kind)],
    [t("cardAreas"), c.areas.length > 0 ? c.areas.map(areaLabel).join(", ") : "—"],
  ];
  if (c.actors.length > 0)
    rows.push([t("cardBy"), c.actors.map((id) => names.get(id) ?? actorName(id)).join(", ")]);
  if (c.cameo) rows.push(["CAMEO", cameoLine(c.cameo)]);
  return { title: t("cardCommitment"), rows };
}

/** The card for the targets under the pointer: an actor wins over the sentence around it. */
export function cardFor(
  targets: readonly Target[],
  analysis: Analysis,
  counts: ReadonlyMap<string, number>,
): CardContent | null {
  const actorTarget = targets.find((t): t is { actor: string } => "actor" in t);
  if (actorTarget) {
    const actor = analysis.actors.find((a) => a.id === actorTarget.actor);
    return actor ? actorCard(actor, counts.get(actor.id)) : null;
  }
  const commitmentTarget = targets.find((t): t is { commitment: number } => "commitment" in t);
  const c = commitmentTarget ? analysis.commitments[commitmentTarget.commitment] : undefined;
  if (!c) return null;
  return commitmentCard(c, new Map(analysis.actors.map((a) => [a.id, displayName(a)])));
}
