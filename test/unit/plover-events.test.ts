import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ploverEvents } from "../../src/corpus/plover-events";
import { storedSeeds } from "./helpers/corpus";

// The events export of both seeds, each field checked against the mapping tables as
// docs/export-schema.md prints them (read from the document, so the code and the documentation
// cannot drift apart).

const DOC = readFileSync(resolve(import.meta.dirname, "../../docs/export-schema.md"), "utf8");
const EVENTS_DOC = DOC.slice(DOC.indexOf("## Events:"));

/** The rows of the first Markdown table whose header starts with `first` (cells trimmed, code marks dropped). */
function table(first: string): string[][] {
  const lines = EVENTS_DOC.split("\n");
  const at = lines.findIndex((l) => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(l));
  if (at < 0) throw new Error(`no table headed ${first} in docs/export-schema.md`);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim().replace(/`/g, "")),
    );
  }
  return rows;
}

const TYPE_BY_KIND = new Map(table("kind").map(([kind, type]) => [kind!, type!]));
const CONTEXT_BY_AREA = new Map(table("area").map(([area, ctx]) => [area!, ctx!]));
const BY_MODE = new Map(
  table("mode").map(([mode, ctx, eventMode]) => [mode!, { ctx: ctx!, eventMode: eventMode! }]),
);

const seeds = storedSeeds();

describe("PLOVER events of the seeds", () => {
  it("the document's tables cover every kind, area and mode", () => {
    expect([...TYPE_BY_KIND.keys()].sort()).toEqual(
      ["agreed", "expected", "pledged", "proposed", "reaffirmed", "signed"].sort(),
    );
    expect(CONTEXT_BY_AREA.size).toBe(19);
    expect([...BY_MODE.keys()]).toEqual(["current", "historical", "future", "hypothetical", "negated"]);
  });

  for (const seed of seeds) {
    it(`${seed.id}: one event per commitment, every field as the mapping says`, () => {
      const events = ploverEvents(seed);
      const commitments = seed.analysis.commitments;
      expect(commitments.length).toBeGreaterThan(0);
      expect(events).toHaveLength(commitments.length);
      const actors = new Map(seed.analysis.actors.map((a) => [a.id, a]));
      events.forEach((e, i) => {
        const c = commitments[i]!;
        const mode = c.mode ?? "current";
        const visit = /^04[23]/.test(c.cameo ?? "");
        const consult = /^04/.test(c.cameo ?? "");
        const byMode = BY_MODE.get(mode)!;
        expect(e.event_id).toBe(`${seed.id}:${i}`);
        expect(e.event_type).toBe(consult ? "CONSULT" : TYPE_BY_KIND.get(c.kind));
        expect(e.event_mode).toBe(visit ? "visit" : byMode.eventMode === '""' ? "" : byMode.eventMode);
        const contexts = [...new Set(c.areas.map((a) => CONTEXT_BY_AREA.get(a)))];
        if (byMode.ctx !== "—") contexts.push(byMode.ctx);
        expect(e.contexts).toEqual(contexts);
        expect(e.actors).toEqual(
          c.actors.map((id) => {
            const a = actors.get(id)!;
            return { id, name: a.name, type: a.type, side: a.side };
          }),
        );
        expect(e.date).toBe(seed.published);
        expect(e.source_url).toBe(seed.url);
        expect(e.source_id).toBe(seed.id);
        expect(e.language).toBe(seed.language);
        expect(e.sentence).toBe(seed.text.slice(e.start, e.end));
        expect([e.start, e.end, e.sentence]).toEqual([c.start, c.end, c.text]);
        expect([e.kind, e.mode, e.areas, e.cameo]).toEqual([c.kind, mode, c.areas, c.cameo ?? null]);
      });
    });
  }

  it("the English seed: the coming visit is CONSULT/visit, the recalled agreements SUPPORT/historical", () => {
    const events = ploverEvents(seeds[0]!);
    const visit = events.find((e) => e.sentence.includes("At the invitation of"))!;
    expect([visit.event_type, visit.event_mode, visit.mode]).toEqual(["CONSULT", "visit", "future"]);
    expect(visit.contexts).toEqual(["diplomatic", "future"]);
    const recalled = events.find((e) => e.sentence.startsWith("The two countries have also signed"))!;
    expect([recalled.event_type, recalled.event_mode, recalled.cameo]).toEqual([
      "SUPPORT",
      "historical",
      "057",
    ]);
    expect(recalled.contexts).toEqual(["culture", "disease", "economic", "legal", "historical"]);
  });

  it("each record is one line of JSON", () => {
    for (const e of seeds.flatMap(ploverEvents)) {
      const line = JSON.stringify(e);
      expect(line).not.toContain("\n");
      expect(JSON.parse(line)).toEqual(e);
    }
  });

  it("the Malay seed's agreements are AGREE events of both sides, and its DPRK actors keep their side", () => {
    const events = ploverEvents(seeds[1]!);
    const agree = events.filter((e) => e.event_type === "AGREE");
    expect(agree.length).toBeGreaterThanOrEqual(5);
    const sides = new Set(events.flatMap((e) => e.actors.map((a) => a.side)));
    expect(sides).toEqual(new Set(["vietnam", "dprk"]));
  });
});
