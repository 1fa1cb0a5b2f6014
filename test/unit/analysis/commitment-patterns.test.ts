import { describe, expect, it } from "vitest";
import type { CommitmentMode } from "../../../src/contract/analysis";
import { analyse } from "./fixtures";

// The commitment patterns of issue 11, each in Vietnamese, English and Malay, in sentences of our
// own: after a scene-setting sentence (so the headline rule does not apply), the sentence under
// test must give exactly the commitments listed, with their mode and, where given, their areas.
type Expect = { mode: CommitmentMode; areas?: string[] } | null;
type Row = [string, Expect];

const SCENE = {
  vi: "Việt Nam và Triều Tiên có quan hệ hữu nghị truyền thống.",
  en: "Viet Nam and the DPRK have long-standing ties.",
  ms: "Vietnam dan Korea Utara mempunyai hubungan tradisional.",
} as const;

function check(lang: keyof typeof SCENE, rows: Row[]) {
  for (const [sentence, want] of rows) {
    it(`${want ? want.mode : "no commitment"}: ${sentence}`, () => {
      const scene = SCENE[lang];
      const a = analyse(`${scene}\n\n${sentence}`);
      const mine = a.commitments.filter((c) => c.start > scene.length);
      if (want === null) {
        expect(mine.map((c) => c.text)).toEqual([]);
        return;
      }
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.map((c) => c.mode)).toEqual(mine.map(() => want.mode));
      if (want.areas) expect([...new Set(mine.flatMap((c) => c.areas))]).toEqual(want.areas);
    });
  }
}

describe("Vietnamese commitment patterns", () =>
  check("vi", [
    // wishes and hopes
    [
      "Ông Kim bày tỏ mong muốn mở rộng hợp tác trong lĩnh vực văn hóa và thể thao.",
      { mode: "current", areas: ["culture", "sports"] },
    ],
    ["Bà tin tưởng quan hệ giữa hai nước sẽ ngày càng phát triển.", { mode: "future" }],
    // support
    [
      "Việt Nam ủng hộ đối thoại vì hòa bình trên bán đảo Triều Tiên.",
      { mode: "current", areas: ["peace-stability"] },
    ],
    // high-level exchanges are politics
    ["Hai bên nhất trí duy trì trao đổi đoàn và tiếp xúc cấp cao.", { mode: "current", areas: ["politics"] }],
    // an announced visit
    [
      "Chủ tịch Quốc hội sẽ thăm chính thức Triều Tiên vào tháng tới.",
      { mode: "future", areas: ["politics"] },
    ],
    // recalled history, a negation, a hypothesis
    ["Trước đó, hai nước đã ký hiệp định hợp tác về y tế và văn hóa.", { mode: "historical" }],
    ["Từ năm 1957, hai nước đã ký nhiều văn kiện hợp tác giáo dục.", { mode: "historical" }],
    ["Hai bên không ký thỏa thuận nào về thương mại.", { mode: "negated" }],
    ["Hai bên có thể ký hiệp định về du lịch.", { mode: "hypothetical" }],
    [
      "Ông Kim khẳng định vai trò của cố Tổng Bí thư trong việc củng cố quan hệ hai nước.",
      { mode: "historical" },
    ],
    // no commitment: an invitation preamble, praise, a ceremony
    ["Nhận lời mời của Bộ Ngoại giao, đoàn đại biểu đã đến Hà Nội.", null],
    ["Phía Triều Tiên đánh giá cao thành tựu của Việt Nam.", null],
    ["Đoàn đã đặt vòng hoa tại Lăng Chủ tịch Hồ Chí Minh.", null],
  ]));

describe("English commitment patterns", () =>
  check("en", [
    [
      "The ambassador wished to broaden cooperation in culture, sport and education.",
      { mode: "current", areas: ["culture", "sports", "education"] },
    ],
    ["She hoped the relationship would keep growing.", { mode: "future" }],
    [
      "Viet Nam backed dialogue for peace on the Korean Peninsula.",
      { mode: "current", areas: ["peace-stability"] },
    ],
    ["Both sides agreed to maintain high-level exchanges.", { mode: "current", areas: ["politics"] }],
    ["The two countries designated 2026 the Friendship Year.", { mode: "current" }],
    [
      "The Foreign Minister will pay an official visit to Pyongyang next month.",
      { mode: "future", areas: ["politics"] },
    ],
    ["The two countries have also signed agreements on health and culture.", { mode: "historical" }],
    ["Since 1957, the two sides have signed accords on education.", { mode: "historical" }],
    ["The two sides did not sign the trade agreement.", { mode: "negated" }],
    ["The two sides could sign a tourism agreement.", { mode: "hypothetical" }],
    [
      "Kim affirmed that the late leader's role in strengthening the ties would be remembered.",
      { mode: "historical" },
    ],
    ["At the invitation of the Foreign Ministry, the delegation arrived in Hanoi.", null],
    ["The DPRK side praised Viet Nam's achievements.", null],
    ["The delegation laid a wreath at the Ho Chi Minh Mausoleum.", null],
  ]));

describe("Malay commitment patterns", () =>
  check("ms", [
    ["Duta itu berharap kerjasama dalam bidang kebudayaan dan sukan akan diperluas.", { mode: "future" }],
    [
      "Vietnam menyokong dialog untuk keamanan di Semenanjung Korea.",
      { mode: "current", areas: ["peace-stability"] },
    ],
    ["Kedua-dua pihak bersetuju mengekalkan pertukaran delegasi.", { mode: "current", areas: ["politics"] }],
    [
      "Menteri Luar akan mengadakan lawatan rasmi ke Pyongyang bulan depan.",
      { mode: "future", areas: ["politics"] },
    ],
    ["Sebelum ini, kedua-dua negara telah menandatangani perjanjian kesihatan.", { mode: "historical" }],
    ["Kedua-dua pihak tidak menandatangani perjanjian perdagangan.", { mode: "negated" }],
    ["Kedua-dua pihak mungkin menandatangani perjanjian pelancongan.", { mode: "hypothetical" }],
    [
      "Kim menegaskan bahawa peranan mendiang pemimpin itu dalam mengukuhkan hubungan akan dikenang.",
      { mode: "historical" },
    ],
    ["Atas jemputan Kementerian Luar, delegasi itu tiba di Hanoi.", null],
    ["VNA ingin memperkenalkan kandungan temu bual itu.", null],
  ]));

describe("history is background", () => {
  it("leaves recalled agreements out of the article's areas (en, vi, ms)", () => {
    for (const text of [
      "Viet Nam and the DPRK agreed to expand trade. The two countries have also signed agreements on health.",
      "Việt Nam và Triều Tiên nhất trí mở rộng thương mại. Trước đó, hai nước đã ký hiệp định về y tế.",
      "Vietnam dan Korea Utara bersetuju meluaskan perdagangan. Sebelum ini, kedua-dua negara telah menandatangani perjanjian kesihatan.",
    ]) {
      const a = analyse(text);
      expect(a.commitments.map((c) => c.mode)).toEqual(["current", "historical"]);
      expect(a.areas).toEqual(["trade"]);
    }
  });
});
