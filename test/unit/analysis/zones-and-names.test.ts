import { describe, expect, it } from "vitest";
import { analyse } from "./fixtures";

// Our own texts for four general rules: a box of related links inside a story commits nothing;
// a source phrase ("state media said", "họp báo") names no area; a short form that does not count
// leaves its word to the people found by name shape; the full form of a title is one title.

const names = (text: string) => analyse(text).actors.map((a) => a.name);

describe("a box of related links set inside the story", () => {
  const story = (heading: string, link: string, after: string) =>
    [
      "Hà Nội (TTXVN) – Đoàn đại biểu Hội hữu nghị Việt Nam – Triều Tiên đã sang thăm Bình Nhưỡng theo lời mời của phía Triều Tiên.",
      heading,
      `${link}`,
      "Chuyên gia kinh tế: Việt Nam ủng hộ Triều Tiên phát triển nông nghiệp và du lịch",
      "",
      after,
    ].join("\n");

  it("commits nothing, while the story after it still does", () => {
    const text = story(
      "TIN LIÊN QUAN",
      "Hai nước sẽ ký thỏa thuận về y tế trong năm tới",
      "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực giáo dục.",
    );
    const a = analyse(text);
    expect(a.commitments.map((c) => c.text)).toEqual([
      "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực giáo dục.",
    ]);
    expect(a.areas).toEqual(["education"]);
  });

  it("is only the lines that read as headlines: a sentence after the heading is the story again", () => {
    const text = [
      "Tổng Bí thư Tô Lâm tiếp Đại sứ Triều Tiên tại Hà Nội.",
      "Tin liên quan",
      "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực y tế.",
      "Đại sứ cảm ơn sự đón tiếp nồng hậu của Tổng Bí thư.",
    ].join("\n");
    expect(analyse(text).areas).toEqual(["health"]);
  });

  it("in English too", () => {
    const text = [
      "Vietnam's Deputy Foreign Minister met the DPRK Ambassador in Hanoi on Monday.",
      "Related news",
      "Vietnam, DPRK to sign trade deal next year",
      "",
      "The two sides agreed to boost cooperation in education.",
    ].join("\n");
    const a = analyse(text);
    expect(a.commitments).toHaveLength(1);
    expect(a.areas).toEqual(["education"]);
  });
});

describe("a story's source names no area", () => {
  it("English: 'state media said', 'a press conference'", () => {
    const a = analyse(
      "Vietnam and the DPRK agreed to boost cooperation and lift ties to a new level, Pyongyang's state media said on Wednesday.",
    );
    expect(a.commitments).toHaveLength(1);
    expect(a.areas).not.toContain("information-media");
    // Media cooperation itself is still an area.
    expect(
      analyse("Vietnam and the DPRK agreed to boost cooperation in the media and broadcasting.").areas,
    ).toContain("information-media");
  });

  it("Vietnamese: 'tại cuộc họp báo', 'xác nhận thông tin'", () => {
    const a = analyse(
      "Tại cuộc họp báo, người phát ngôn xác nhận thông tin Việt Nam và Triều Tiên nhất trí tăng cường hợp tác về nông nghiệp.",
    );
    expect(a.areas).toEqual(["agriculture"]);
    expect(analyse("Việt Nam và Triều Tiên nhất trí tăng cường hợp tác thông tin, báo chí.").areas).toContain(
      "information-media",
    );
  });

  it("Malay: 'sidang media'", () => {
    const a = analyse(
      "Dalam sidang media, Vietnam dan Korea Utara bersetuju untuk meningkatkan kerjasama dalam bidang pertanian.",
    );
    expect(a.areas).toEqual(["agriculture"]);
  });
});

describe("people found by name shape", () => {
  it("a word that is some official's short form, in no position to name them, opens another person's name", () => {
    // "Vũ" alone would be Nguyễn Minh Vũ's short form after a title; here it opens Vu Hoang Yen.
    expect(
      names("Vu Hoang Yen, deputy director at Vietnam's foreign ministry, greeted Ri Sung-guk in Hanoi."),
    ).toEqual(expect.arrayContaining(["Vu Hoang Yen", "Ri Sung-guk"]));
    expect(
      names(
        "Vu Hoang Yen, stellvertretende Direktorin im vietnamesischen Außenministerium, empfing Ri Sung-guk.",
      ),
    ).toEqual(expect.arrayContaining(["Vu Hoang Yen", "Ri Sung-guk"]));
  });

  it("romanised Korean names with less common family names (Maeng, Pyon, Ro)", () => {
    const found = names(
      "Vietnam's ambassador met Maeng Kyong Il, Pyon Chol Su and Ro Song Sil of the DPRK in Pyongyang.",
    );
    expect(found).toEqual(expect.arrayContaining(["Maeng Kyong Il", "Pyon Chol Su", "Ro Song Sil"]));
  });

  it("a title's full form is one title: 'Thủ tướng Chính phủ' names no Chính, 'Trung ương' no Trung", () => {
    const a = analyse(
      "Thủ tướng Chính phủ Nguyễn Xuân Phúc tiếp Trưởng Ban Quốc tế Trung ương Đảng Lao động Triều Tiên Ri Su Yong.",
    );
    const found = a.actors.map((x) => x.name);
    expect(found).not.toContain("Phạm Minh Chính");
    expect(found).not.toContain("Lê Hoài Trung");
    expect(found).toEqual(expect.arrayContaining(["Ri Su Yong"]));
    expect(a.actors.find((x) => x.name === "Ri Su Yong")?.side).toBe("dprk");
  });
});

describe("artists named by their state honours", () => {
  it("finds the people after NSND and NSƯT, Vietnamese by their letters though no family name is given", () => {
    const text =
      "Đoàn nghệ thuật Việt Nam biểu diễn tại Bình Nhưỡng theo lời mời của Bộ Văn hóa Triều Tiên, với các nghệ sĩ NSND Quang Thọ, NSƯT Xuân Bắc và NSND Trần Hiếu.";
    for (const form of [text, text.normalize("NFD")]) {
      const people = analyse(form).actors.filter((a) => a.type === "person");
      expect(people.map((p) => [p.name.normalize("NFC"), p.side])).toEqual([
        ["Quang Thọ", "vietnam"],
        ["Xuân Bắc", "vietnam"],
        ["Trần Hiếu", "vietnam"],
      ]);
      expect(people[0]?.roles).toEqual(["People's Artist"]);
    }
  });

  it("finds them in English too, on either side", () => {
    const a = analyse(
      "People's Artist Kim Ok Ju of the DPRK performed in Hanoi with the Vietnamese Merited Artist Thu Hien, the Vietnamese embassy said.",
    );
    const people = a.actors.filter((p) => p.type === "person");
    expect(people.map((p) => [p.name, p.side, p.roles])).toEqual([
      ["Kim Ok Ju", "dprk", ["People's Artist"]],
      ["Thu Hien", "vietnam", ["Meritorious Artist"]],
    ]);
  });
});
