import { describe, expect, it } from "vitest";
import { actorIds, analyse, mentionTexts, text } from "./fixtures";

describe("a KCNA report", () => {
  const a = analyse(text("en-kcna.txt"));

  it("reads every spelling of Kim Jong Un as one person", () => {
    expect(mentionTexts(a, "kim-jong-un")).toEqual(["Kim Jong Un", "Kim Jong Un", "Kim Jong-un"]);
    expect(a.actors.filter((x) => !x.known)).toEqual([]);
  });

  it("takes KCNA's lower-case titles after the name as roles", () => {
    expect(a.actors.find((x) => x.id === "to-lam")!.roles).toContain("General Secretary");
    expect(a.actors.find((x) => x.id === "kim-song-nam")!.roles).toContain("Department director");
  });

  it("reads the agreement and the signing", () => {
    const kinds = a.commitments.map((c) => [c.kind, c.areas]);
    expect(kinds).toEqual([
      ["agreed", ["economy", "science-technology", "health", "tourism"]],
      ["signed", ["health"]],
    ]);
  });
});

describe("a VNA English report", () => {
  const a = analyse(text("en-vna-talks.txt"));

  it("knows the people and reads their short names", () => {
    expect(actorIds(a)).toEqual(expect.arrayContaining(["to-lam", "kim-jong-un", "wpk", "dprk", "vietnam"]));
    expect(mentionTexts(a, "to-lam")).toEqual(["To Lam", "Lam"]);
  });

  it("reads each kind of commitment", () => {
    const byStart = (s: string) => a.commitments.find((c) => c.text.startsWith(s));
    expect(byStart("The two leaders agreed")).toMatchObject({ kind: "agreed", actors: ["vietnam", "dprk"] });
    expect(byStart("The two leaders agreed")!.areas).toEqual(
      expect.arrayContaining(["agriculture", "health", "education", "culture", "sports"]),
    );
    expect(byStart("They also agreed")).toMatchObject({ kind: "agreed", actors: ["vietnam", "dprk"] });
    expect(byStart("Lam proposed")).toMatchObject({ kind: "proposed", actors: ["to-lam"] });
    expect(byStart("Kim Jong-un pledged")).toMatchObject({ kind: "pledged", actors: ["kim-jong-un"] });
    expect(byStart("The DPRK leader reaffirmed")?.kind).toBe("reaffirmed");
    expect(byStart("After the talks")).toMatchObject({ kind: "signed", cameo: "057" });
    expect(byStart("After the talks")!.areas).toEqual(["health", "transport-aviation", "justice"]);
  });

  it("stops at the related-news residue", () => {
    const residue = text("en-vna-talks.txt").indexOf("Related news");
    expect(a.actors.flatMap((x) => x.mentions).every((m) => m.start < residue)).toBe(true);
  });
});

describe("signing, expected and hypothetical", () => {
  it("an agreement to be signed is expected, not signed", () => {
    const a = analyse(
      "Viet Nam and the DPRK are expected to sign an agreement on tourism cooperation during the visit.",
    );
    expect(a.commitments.map((c) => c.kind)).toEqual(["expected"]);
  });

  it("finds English-language names that carry no title", () => {
    const a = analyse(
      "Viet Nam and the DPRK held talks. Antony Blinken, who was in Seoul, said nothing about it.",
    );
    expect(a.actors.find((x) => x.name === "Antony Blinken")).toMatchObject({ known: false, side: "other" });
  });
});
