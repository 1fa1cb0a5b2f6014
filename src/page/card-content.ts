import type { Actor, Analysis, Commitment, Side } from "../analysis/types";
import type { Target } from "./categories";
import type { CardContent } from "./hover-card";

// What a hover card says. Plain strings: the card renders them with textContent.

const SIDE_LABELS: Record<Side, string> = { vietnam: "Vietnam", dprk: "DPRK", other: "Other" };

const TYPE_LABELS: Record<Actor["type"], string> = {
  person: "Person",
  state: "State",
  party: "Party",
  org: "Organisation",
};

export const areaLabel = (area: string): string => area.replace(/-/g, " ");

function storedLine(count: number | undefined): string {
  if (count === undefined) return "…";
  if (count === 0) return "none yet";
  return count === 1 ? "1 article" : `${count} articles`;
}

export function actorCard(actor: Actor, storedCount: number | undefined): CardContent {
  const rows: CardContent["rows"] = [
    ["Role", actor.roles.length > 0 ? actor.roles.join("; ") : TYPE_LABELS[actor.type]],
    ["Side", SIDE_LABELS[actor.side]],
    ["Stored", storedLine(storedCount)],
  ];
  if (!actor.known) rows.push(["Source", "found in this text"]);
  return { title: actor.name, rows };
}

export function commitmentCard(c: Commitment, names: ReadonlyMap<string, string>): CardContent {
  const rows: CardContent["rows"] = [
    ["Kind", c.kind],
    ["Areas", c.areas.length > 0 ? c.areas.map(areaLabel).join(", ") : "—"],
  ];
  if (c.actors.length > 0) rows.push(["By", c.actors.map((id) => names.get(id) ?? id).join(", ")]);
  if (c.cameo) rows.push(["CAMEO", c.cameo]);
  return { title: "Commitment", rows };
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
  return commitmentCard(c, new Map(analysis.actors.map((a) => [a.id, a.name])));
}
