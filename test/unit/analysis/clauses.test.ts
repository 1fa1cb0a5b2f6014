import { describe, expect, it } from "vitest";
import { analyse } from "./fixtures";

// One sentence each, after a line that sets the scene; [kind or null, areas].
type Row = [string, string | null, string[]?];

const vi: Row[] = [
  [
    "Tổng Bí thư Tô Lâm mời Tổng Bí thư Kim Jong Un thăm Việt Nam và Tổng Bí thư Kim Jong Un vui vẻ nhận lời.",
    "expected",
  ],
  ["Hai bên đã trao đổi ý kiến về các vấn đề quốc tế và khu vực cùng quan tâm.", null],
  [
    "Tổng Bí thư Tô Lâm đề nghị hai bên tăng cường hợp tác trong lĩnh vực nông nghiệp và y tế.",
    "proposed",
    ["agriculture", "health"],
  ],
  ["Phía Triều Tiên đánh giá cao những thành tựu của Việt Nam trong công cuộc đổi mới.", null],
  ["Việt Nam sẵn sàng chia sẻ kinh nghiệm về cải cách và phát triển kinh tế.", "pledged", ["economy"]],
  ["Năm 1957, Chủ tịch Hồ Chí Minh thăm Triều Tiên.", null],
  ["Hai nước nhất trí lấy năm 2026 là Năm Hữu nghị Việt Nam - Triều Tiên.", "agreed"],
  [
    "Việt Nam ủng hộ các nỗ lực đối thoại nhằm duy trì hòa bình, ổn định trên bán đảo Triều Tiên.",
    "reaffirmed",
    ["peace-stability"],
  ],
  ["Dự kiến hai bên sẽ ký kết hiệp định hợp tác về y tế.", "expected", ["health"]],
  ["Đoàn đã đặt vòng hoa tại Lăng Chủ tịch Hồ Chí Minh.", null],
  ["Tổng Bí thư Kim Jong Un cảm ơn sự ủng hộ của Việt Nam.", null],
];

const en: Row[] = [
  ["Kim Jong Un accepted the invitation to visit Viet Nam at a convenient time.", "expected"],
  ["The two sides exchanged views on international and regional issues of mutual concern.", null],
  ["The DPRK side highly appreciated Viet Nam's achievements in its renewal process.", null],
  ["Viet Nam stands ready to share its experience in economic development.", "pledged", ["economy"]],
  ["In 1957, President Ho Chi Minh visited the DPRK.", null],
  [
    "Viet Nam supports dialogue to maintain peace and stability on the Korean Peninsula.",
    "reaffirmed",
    ["peace-stability"],
  ],
  ["The two sides will sign an agreement on health cooperation.", "expected", ["health"]],
  ["The delegation laid a wreath at the Kumsusan Palace of the Sun.", null],
  ["Viet Nam and the DPRK vowed to further strengthen their traditional friendship.", "agreed"],
  [
    "The two sides reached consensus on measures to promote trade and investment.",
    "agreed",
    ["trade", "investment"],
  ],
  ["Deputy FM Vu called on the DPRK to facilitate Vietnamese citizens living there.", "proposed"],
];

function check(scene: string, rows: Row[]) {
  for (const [sentence, kind, areas] of rows) {
    it(`${kind ?? "no commitment"}: ${sentence}`, () => {
      const a = analyse(`${scene} ${sentence}`);
      const mine = a.commitments.filter((c) => c.start >= scene.length);
      if (kind === null) {
        expect(mine).toEqual([]);
        return;
      }
      expect(mine.map((c) => c.kind)).toEqual([kind]);
      expect(mine[0]!.text).toBe(sentence);
      if (areas) expect(mine[0]!.areas).toEqual(areas);
    });
  }
}

describe("Vietnamese clauses", () => check("Việt Nam và Triều Tiên.", vi));
describe("English clauses", () => check("Viet Nam and the DPRK.", en));
