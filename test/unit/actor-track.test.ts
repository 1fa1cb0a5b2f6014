import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";
import type { StoredArticle } from "../../src/contract/corpus";
import { actorTrack, articlesNaming } from "../../src/corpus/actor-track";
import { saveArticle } from "../../src/corpus/store";
import { freshCorpus, storedSeeds } from "./helpers/corpus";

const seeds = storedSeeds();

// A later report of our own, in which the deputy minister proposes something himself.
const LATER_TEXT =
  "Ngày 5/3/2026, tại Hà Nội, Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ tiếp Đại sứ Triều Tiên Ri Yong Sik. Thứ trưởng Nguyễn Minh Vũ đề nghị hai bên thúc đẩy hợp tác giáo dục.";
const later: StoredArticle = {
  id: "url-later",
  url: "https://baoquocte.vn/later.html",
  title: "Tiếp Đại sứ Triều Tiên",
  outlet: "baoquocte.vn",
  language: "vi",
  published: "2026-03-05",
  savedAt: "2026-03-05T10:00:00.000Z",
  text: LATER_TEXT,
  analysis: analyse(LATER_TEXT),
};

describe("the actor tracker", () => {
  it("follows Tô Lâm through both seeds, in date order, across English and Malay, with his roles", () => {
    const track = actorTrack("to-lam", [seeds[1]!, seeds[0]!])!;
    expect(track.name).toBe("Tô Lâm");
    expect(track.side).toBe("vietnam");
    expect(track.appearances.map((a) => [a.articleId, a.published, a.language])).toEqual([
      ["seed-000_600e93926c99760f", "2025-10-08", "en"],
      ["seed-002_e8120e5def90eb2b", "2025-10-11", "ms"],
    ]);
    expect(track.roles.map((r) => r.role)).toContain("General Secretary");
    const gs = track.roles.find((r) => r.role === "General Secretary")!;
    expect([gs.from, gs.to]).toEqual(["2025-10-08", "2025-10-11"]);
    expect(track.appearedWith.map((a) => a.id)).toEqual(expect.arrayContaining(["kim-jong-un", "dprk"]));
  });

  it("shows a changed title as a new role span, and the commitments the actor is party to", () => {
    const track = actorTrack("nguyen-minh-vu", [later, ...seeds])!;
    expect(track.appearances.map((a) => a.published)).toEqual(["2025-10-08", "2025-10-11", "2026-03-05"]);
    // The English seed calls him Deputy Minister; from the Malay one on he is Permanent Deputy Minister.
    expect(track.roles.slice(0, 2)).toEqual([
      { role: "Deputy Minister of Foreign Affairs", from: "2025-10-08", to: "2025-10-08" },
      { role: "Permanent Deputy Minister of Foreign Affairs", from: "2025-10-11", to: "2026-03-05" },
    ]);
    const lastAppearance = track.appearances[2]!;
    expect(lastAppearance.commitments.map((c) => [c.kind, c.areas])).toEqual([["proposed", ["education"]]]);
  });

  it("is null for an actor no article names", () => {
    expect(actorTrack("nobody", seeds)).toBeNull();
  });

  it("reads the articles that name an actor through the index", async () => {
    const db = await freshCorpus();
    for (const a of [...seeds, later]) await saveArticle(db, a, new Date(a.savedAt));
    expect((await articlesNaming(db, "x-ri-yong-sik")).map((a) => a.url)).toEqual([later.url]);
    expect((await articlesNaming(db, "to-lam")).length).toBe(2);
    db.close();
  });
});
