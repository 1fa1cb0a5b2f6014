import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";
import { articleChanges, textChanged } from "../../src/corpus/article-changes";

// Our own dispatch, and the same page after the outlet edited it: a sentence rewritten, one
// removed, an official named who was not before.

const BEFORE = [
  "Chiều 10/10, tại Bình Nhưỡng, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Kim Jong Un.",
  "Hai bên nhất trí tăng cường hợp tác văn hóa và y tế.",
  "Hai bên cũng nhất trí phối hợp tại Liên hợp quốc.",
].join("\n\n");
const AFTER = [
  "Chiều 10/10, tại Bình Nhưỡng, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch Kim Jong Un.",
  "Hai bên nhất trí tăng cường hợp tác văn hóa, giáo dục và y tế.",
  "Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cùng dự.",
].join("\n\n");

describe("what changed since the stored copy", () => {
  const before = { text: BEFORE, analysis: analyse(BEFORE) };
  const after = { text: AFTER, analysis: analyse(AFTER) };

  it("names the sentences removed and added, not characters", () => {
    const c = articleChanges(before, after);
    expect(c.removed).toEqual([
      "Hai bên nhất trí tăng cường hợp tác văn hóa và y tế.",
      "Hai bên cũng nhất trí phối hợp tại Liên hợp quốc.",
    ]);
    expect(c.added).toEqual([
      "Hai bên nhất trí tăng cường hợp tác văn hóa, giáo dục và y tế.",
      "Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cùng dự.",
    ]);
  });

  it("names the actors no longer and newly named", () => {
    const c = articleChanges(before, after);
    expect(c.actorsAdded.map((a) => a.id)).toEqual(["nguyen-minh-vu"]);
    expect(c.actorsRemoved.map((a) => a.id)).toEqual(["un"]);
  });

  it("sees no change in white space alone, and none in the same text", () => {
    expect(textChanged(BEFORE, BEFORE.replace(/\n\n/g, "\n\n  "))).toBe(false);
    expect(textChanged(BEFORE, AFTER)).toBe(true);
    const same = articleChanges(before, before);
    expect([same.removed, same.added, same.actorsAdded, same.actorsRemoved]).toEqual([[], [], [], []]);
  });
});
