import { describe, expect, it } from "vitest";
import { actorIds, analyse, areasOfKind, mentionTexts, seedEn, seedMs } from "./fixtures";

describe("the English seed (before the visit)", () => {
  const a = analyse(seedEn());

  it("is relevant, in English, published on 2025-10-08, about 9–11 October 2025", () => {
    expect(a.relevance.relevant).toBe(true);
    expect(a.relevance.score).toBeGreaterThan(0.9);
    expect(a.language).toBe("en");
    expect(a.published).toBe("2025-10-08");
    expect(a.dates.map((d) => d.iso)).toContain("2025-10-09/2025-10-11");
  });

  it("names the people, parties and states of both sides", () => {
    expect(actorIds(a)).toEqual(
      expect.arrayContaining([
        "to-lam",
        "kim-jong-un",
        "nguyen-minh-vu",
        "ho-chi-minh",
        "kim-il-sung",
        "cpv",
        "wpk",
        "vietnam",
        "dprk",
      ]),
    );
    expect(a.actors.every((x) => x.known)).toBe(true);
  });

  it("keeps titles out of names and gives them as roles", () => {
    const vu = a.actors.find((x) => x.id === "nguyen-minh-vu")!;
    expect(vu.mentions[0]!.text).toBe("Nguyễn Minh Vũ");
    expect(vu.roles).toContain("Deputy Minister of Foreign Affairs");
    expect(a.actors.find((x) => x.id === "kim-jong-un")!.roles).toContain("General Secretary");
    expect(mentionTexts(a, "to-lam")).toEqual(expect.arrayContaining(["Tô Lâm", "Lâm"]));
  });

  it("expects talks on health, culture, sports, people-to-people exchanges and agriculture", () => {
    expect(areasOfKind(a, "expected")).toEqual(
      expect.arrayContaining(["health", "culture", "sports", "people-to-people", "agriculture"]),
    );
  });

  it("reports agreements signed in culture, health, civil aviation, judicial assistance, investment and double taxation", () => {
    const signed = a.commitments.filter((c) => c.kind === "signed");
    expect(signed).toHaveLength(1);
    expect(signed[0]!.areas).toEqual(
      expect.arrayContaining([
        "culture",
        "health",
        "transport-aviation",
        "justice",
        "investment",
        "taxation",
      ]),
    );
    expect(signed[0]!.actors).toEqual(expect.arrayContaining(["vietnam", "dprk"]));
    expect(signed[0]!.cameo).toBe("057");
  });

  it("reads support for peace and stability as reaffirmed", () => {
    expect(areasOfKind(a, "reaffirmed")).toContain("peace-stability");
  });
});

describe("the Malay seed (after the visit, machine-translated)", () => {
  const a = analyse(seedMs());

  it("is relevant and Malay", () => {
    expect(a.relevance.relevant).toBe(true);
    expect(a.language).toBe("ms");
    expect(a.dates.map((d) => d.iso)).toContain("2025-10-09/2025-10-11");
  });

  it('reads "Kepada Lam", "Lam" and "To Lam" all as Tô Lâm', () => {
    expect(mentionTexts(a, "to-lam")).toEqual(expect.arrayContaining(["Kepada Lam", "Lam"]));
    // The seed itself never writes "To Lam"; the same translator does elsewhere.
    const other = analyse("Setiausaha Agung To Lam tiba di Pyongyang. Lam disambut oleh Kim Jong Un.");
    expect(mentionTexts(other, "to-lam")).toEqual(["To Lam", "Lam"]);
    expect(actorIds(a)).not.toContain("x-kepada-lam");
    expect(a.actors.find((x) => x.id === "nguyen-minh-vu")).toBeDefined();
  });

  it("reports agreement on economy, tourism, culture, education, information and health", () => {
    expect(areasOfKind(a, "agreed")).toEqual(
      expect.arrayContaining(["economy", "tourism", "culture", "education", "information-media", "health"]),
    );
  });

  it("lists the next steps: political trust and exchanges; the sectors; coordination at the UN, NAM and ARF", () => {
    const steps = a.commitments.filter(
      (c) => /^(Pertama|Kedua|Ketiga)\b/.test(c.text) || c.text.startsWith("menggalakkan"),
    );
    const areas = new Set(steps.flatMap((c) => c.areas));
    for (const area of [
      "politics",
      "people-to-people",
      "culture",
      "tourism",
      "sports",
      "education",
      "health",
      "agriculture",
      "information-media",
      "multilateral",
    ])
      expect(areas, area).toContain(area);
    expect(actorIds(a)).toEqual(expect.arrayContaining(["un", "nam", "arf"]));
  });

  it("supports peace and stability", () => {
    expect(a.areas).toContain("peace-stability");
  });

  it("does not count the page residue (source line, comments) as story", () => {
    const tail = seedMs().lastIndexOf("Komen");
    expect(a.commitments.every((c) => c.end <= tail)).toBe(true);
  });
});
