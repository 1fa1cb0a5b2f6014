import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { actorIds, analyse, text } from "./fixtures";

const dir = fileURLToPath(new URL("../../fixtures/texts/", import.meta.url));
const negatives = readdirSync(dir).filter((f) => f.startsWith("neg-"));
const positives = readdirSync(dir).filter((f) => !f.startsWith("neg-"));

describe("look-alikes are not Vietnam–DPRK coverage", () => {
  it("has the look-alikes SPEC.md lists", () => {
    expect(negatives.length).toBeGreaterThanOrEqual(8);
  });
  for (const file of negatives) {
    it(file, () => {
      const a = analyse(text(file));
      expect(a.relevance.relevant).toBe(false);
      expect(a.relevance.score).toBeLessThan(0.5);
      expect(a.relevance.reasons.length).toBeGreaterThan(0);
    });
  }
});

describe("every positive fixture is relevant", () => {
  for (const file of positives) {
    it(file, () => expect(analyse(text(file)).relevance.relevant).toBe(true));
  }
});

describe("what the look-alikes are about", () => {
  it("a Vietnam–South Korea story names South Korea, not the DPRK", () => {
    const a = analyse(text("neg-vi-vn-han.txt"));
    expect(actorIds(a)).toContain("rok");
    expect(actorIds(a)).not.toContain("dprk");
    expect(a.actors.find((x) => x.id === "lee-jae-myung")?.side).toBe("other");
  });

  it("the US–DPRK summit in Hanoi is about the US and the DPRK", () => {
    const a = analyse(text("neg-en-hanoi-summit.txt"));
    expect(actorIds(a)).toEqual(expect.arrayContaining(["donald-trump", "kim-jong-un", "usa"]));
    expect(a.actors.find((x) => x.id === "donald-trump")!.mentions.map((m) => m.text)).toEqual([
      "Donald Trump",
      "Trump",
    ]);
    expect(a.actors.find((x) => x.name === "Mike Pompeo")?.known).toBe(false);
  });

  it("a square named after Kim Il Sung is no mention of him", () => {
    const a = analyse(text("neg-en-wpk-parade.txt"));
    expect(actorIds(a)).not.toContain("kim-il-sung");
  });

  it("a parade story's third-state guests are other", () => {
    const a = analyse(text("neg-en-wpk-parade.txt"));
    expect(a.actors.find((x) => x.name === "Dmitry Medvedev")?.side).toBe("other");
    expect(a.actors.find((x) => x.id === "li-qiang")?.side).toBe("other");
  });

  it("a Vietnamese word in English text is not read as a Vietnamese name", () => {
    const a = analyse(text("neg-en-laos-dprk.txt"));
    expect(a.actors.find((x) => x.id === "laos")!.mentions.map((m) => m.text)).toEqual(["Laos"]);
  });
});
