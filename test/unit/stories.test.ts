import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";
import { groupStories, sameStory, storyKey } from "../../src/corpus/stories";

// Our own short reports: one event (talks in Pyongyang) told in Vietnamese and in English by two
// outlets, a different event on the same day, and the same leaders a week later.

const VI_TALKS =
  "Chiều 10/10, tại Bình Nhưỡng, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch các vấn đề nhà nước Kim Jong Un. Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cùng dự. Hai bên nhất trí tăng cường hợp tác văn hóa và y tế.";
const EN_TALKS =
  "On October 10 in Pyongyang, General Secretary Tô Lâm held talks with General Secretary and President of the State Affairs Kim Jong Un. Deputy Foreign Minister Nguyễn Minh Vũ attended. The two sides agreed to strengthen cooperation in culture and health.";
const VI_RECEPTION =
  "Ngày 10/10, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Triều Tiên Ri Yong Sik. Hai bên nhất trí thúc đẩy hợp tác nông nghiệp.";

const key = (id: string, outlet: string, published: string, text: string) => {
  const analysis = analyse(text);
  return storyKey({ id, outlet, language: analysis.language, published, analysis });
};

describe("one story, many outlets", () => {
  const vi = key("a", "baotintuc.vn", "2025-10-10", VI_TALKS);
  const en = key("b", "en.vietnamplus.vn", "2025-10-11", EN_TALKS);
  const reception = key("c", "nhandan.vn", "2025-10-10", VI_RECEPTION);
  const weekLater = key("d", "vov.vn", "2025-10-20", VI_TALKS);

  it("keys a report by the people and organisations it names, in any language", () => {
    expect(vi.actors).toEqual(expect.arrayContaining(["to-lam", "kim-jong-un", "nguyen-minh-vu"]));
    expect(new Set(en.actors)).toEqual(new Set(vi.actors));
    expect(vi.actors).not.toContain("vietnam");
  });

  it("the same talks in Vietnamese and in English, a day apart, are one story", () => {
    expect(sameStory(vi, en)).toBe(true);
    expect(sameStory(en, vi)).toBe(true);
  });

  it("another event of the same day, or the same people a week later, is another story", () => {
    expect(sameStory(vi, reception)).toBe(false);
    expect(sameStory(vi, weekLater)).toBe(false);
    expect(sameStory(vi, { ...en, published: undefined })).toBe(false);
  });

  it("groups a corpus into stories of two or more reports, in date order", () => {
    const stories = groupStories([weekLater, reception, en, vi]);
    expect(stories.map((s) => s.map((k) => k.id))).toEqual([["a", "b"]]);
  });
});
