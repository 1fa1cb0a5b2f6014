import { describe, expect, it } from "vitest";
import { actorIds, analyse, areasOfKind, mentionTexts, text } from "./fixtures";

describe("a baotintuc.vn-style report of the talks", () => {
  const a = analyse(text("vi-hoi-dam.txt"));

  it("is relevant Vietnamese coverage", () => {
    expect(a.language).toBe("vi");
    expect(a.relevance.relevant).toBe(true);
  });

  it("knows the leaders, the parties, the states and the founders under their Vietnamese names", () => {
    expect(actorIds(a)).toEqual(
      expect.arrayContaining([
        "to-lam",
        "kim-jong-un",
        "wpk",
        "dprk",
        "vietnam",
        "ho-chi-minh",
        "kim-il-sung",
        "un",
        "nam",
      ]),
    );
    expect(mentionTexts(a, "kim-il-sung")).toEqual(["Kim Nhật Thành"]);
    expect(mentionTexts(a, "dprk")).toContain("CHDCND Triều Tiên");
  });

  it("leaves the photo caption's credit and the related-links residue out", () => {
    expect(actorIds(a)).not.toContain("vna"); // "Ảnh: Thống Nhất/TTXVN"
    expect(actorIds(a)).not.toContain("rok"); // "Tin liên quan: Thủ tướng tiếp Đại sứ Hàn Quốc"
    expect(a.commitments.some((c) => c.text.includes("Ảnh"))).toBe(false);
  });

  it("finds what was agreed, in which areas, and what was signed", () => {
    expect(areasOfKind(a, "agreed")).toEqual(
      expect.arrayContaining([
        "politics",
        "people-to-people",
        "agriculture",
        "health",
        "education",
        "culture",
        "sports",
        "tourism",
        "multilateral",
      ]),
    );
    expect(areasOfKind(a, "signed")).toEqual(["health", "transport-aviation", "justice"]);
    const agreed = a.commitments.find((c) => c.text.startsWith("Hai bên thống nhất"))!;
    expect(agreed.actors).toEqual(expect.arrayContaining(["vietnam", "dprk"]));
  });

  it("gives the roles the titles carry", () => {
    const kim = a.actors.find((x) => x.id === "kim-jong-un")!;
    expect(kim.roles).toContain("General Secretary");
    expect(a.actors.find((x) => x.id === "to-lam")!.roles).toEqual(["General Secretary"]);
  });

  it("dates the talks", () => {
    expect(a.dates.map((d) => d.iso)).toContain("2025-10-10");
  });
});

describe("the same report as real pages write it", () => {
  const base = analyse(text("vi-hoi-dam.txt"));
  const summary = (x: ReturnType<typeof analyse>) => ({
    relevant: x.relevance.relevant,
    actors: actorIds(x).sort(),
    commitments: x.commitments.map((c) => [c.kind, c.areas]),
  });

  it("decomposed (NFD) gives the same analysis", () => {
    const nfd = analyse(text("vi-hoi-dam-nfd.txt"));
    expect(text("vi-hoi-dam-nfd.txt")).not.toBe(text("vi-hoi-dam.txt"));
    expect(summary(nfd)).toEqual(summary(base));
  });

  it("typed without diacritics gives the same analysis", () => {
    const bare = analyse(text("vi-hoi-dam-khong-dau.txt"));
    expect(bare.language).toBe("vi");
    expect(summary(bare)).toEqual(summary(base));
    expect(mentionTexts(bare, "to-lam")[0]).toBe("To Lam");
  });

  it("in capitals (headlines) still knows the people", () => {
    const caps = analyse("TỔNG BÍ THƯ TÔ LÂM HỘI ĐÀM VỚI CHỦ TỊCH KIM JONG UN TẠI BÌNH NHƯỠNG");
    expect(actorIds(caps)).toEqual(expect.arrayContaining(["to-lam", "kim-jong-un"]));
  });

  it("reads the Vietnamese transliterations of the Kims", () => {
    const a = analyse(
      "Chủ tịch Kim Châng Un tiếp Tổng Bí thư Tô Lâm. Hai nhà lãnh đạo viếng Chủ tịch Kim Nhật Thành và Tổng Bí thư Kim Chính Nhật.",
    );
    expect(actorIds(a)).toEqual(
      expect.arrayContaining(["kim-jong-un", "to-lam", "kim-il-sung", "kim-jong-il"]),
    );
  });
});

describe("a vietnamplus.vn-style interview on the results", () => {
  const a = analyse(text("vi-vietnamplus-ket-qua.txt"));

  it("reads the ordinal list under its lead-in as what both sides agreed", () => {
    const items = a.commitments.filter((c) => c.text.startsWith("Thứ"));
    expect(items.map((c) => c.kind)).toEqual(["agreed", "agreed", "agreed"]);
    expect(items[1]!.areas).toEqual(
      expect.arrayContaining([
        "culture",
        "tourism",
        "sports",
        "education",
        "health",
        "agriculture",
        "information-media",
      ]),
    );
    expect(items[2]!.areas).toContain("multilateral");
    for (const c of items) expect(c.actors).toEqual(expect.arrayContaining(["vietnam", "dprk"]));
  });

  it("takes the outlet tag (Vietnam+) for a dateline, not for Việt Nam", () => {
    expect(mentionTexts(a, "vietnam")).not.toContain("Vietnam");
  });

  it("reads a planned visit as expected and support for peace as reaffirmed", () => {
    expect(a.commitments.find((c) => c.text.startsWith("Dự kiến"))?.kind).toBe("expected");
    expect(areasOfKind(a, "reaffirmed")).toContain("peace-stability");
    expect(actorIds(a)).toEqual(expect.arrayContaining(["un", "nam", "arf", "choe-son-hui"]));
  });
});

describe("people the lexicon does not know", () => {
  const a = analyse(text("vi-tiep-dai-su.txt"));

  it("finds a new ambassador through his title, without the title, on the DPRK side", () => {
    const ri = a.actors.find((x) => x.name === "Ri Yong Sik")!;
    expect(ri).toMatchObject({ known: false, type: "person", side: "dprk" });
    expect(ri.roles).toContain("Ambassador");
    expect(ri.mentions.map((m) => m.text)).toEqual(["Ri Yong Sik", "Ri Yong Sik"]);
  });

  it("does not take institutions for people", () => {
    expect(a.actors.filter((x) => !x.known).map((x) => x.name)).toEqual(["Ri Yong Sik"]);
  });

  it("reads a proposal and a one-sided pledge", () => {
    const proposed = a.commitments.find((c) => c.kind === "proposed")!;
    expect(proposed.areas).toContain("transport-aviation");
    const pledge = a.commitments.find((c) => c.text.startsWith("Đại sứ"))!;
    expect(pledge.kind).toBe("pledged");
    expect(pledge.areas).toEqual(["trade", "tourism"]);
  });

  it("finds Vietnamese names by their shape", () => {
    const b = analyse(
      "Đại sứ Việt Nam tại Triều Tiên Lê Quang Tùng trao quà cho Trường Kim Chaek. Ông Lê Quang Tùng cho biết hai nước sẽ tăng cường hợp tác giáo dục.",
    );
    const found = b.actors.find((x) => x.name === "Lê Quang Tùng");
    expect(found).toMatchObject({ known: false, side: "vietnam", roles: ["Ambassador"] });
    expect(found!.mentions).toHaveLength(2);
  });
});

describe("a welcome ceremony report with delegation lists and a byline", () => {
  const a = analyse(text("vi-le-don.txt"));
  const roles = (id: string) => a.actors.find((x) => x.id === id)?.roles;

  it("gives each person of a list the title written before their own name", () => {
    expect(roles("choe-ryong-hae")).toEqual([
      "Chairman of the Standing Committee of the Supreme People's Assembly",
    ]);
    expect(roles("pak-thae-song")).toEqual(["Premier"]);
    expect(roles("choe-son-hui")).toEqual(["Minister of Foreign Affairs"]);
    expect(roles("le-hoai-trung")).toContain("Chief of the Party Central Committee's Office");
  });

  it("finds a minister behind the name of his ministry", () => {
    const quang = a.actors.find((x) => x.name === "Lương Tam Quang");
    expect(quang).toMatchObject({ known: false, side: "vietnam" });
    expect(quang!.roles).toContain("Minister");
  });

  it("leaves the reporter and editor of the byline out", () => {
    expect(a.actors.map((x) => x.name)).not.toContain("Nguyễn Thị Lan");
    expect(a.actors.map((x) => x.name)).not.toContain("Trần Văn Minh");
  });

  it("does not take places named after leaders for the leaders", () => {
    expect(a.actors.map((x) => x.id)).not.toContain("kim-il-sung");
  });
});
