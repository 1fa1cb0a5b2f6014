import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";
import type { StoredArticle } from "../../src/contract/corpus";
import { crossReference } from "../../src/corpus/cross-reference";
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

describe("a preview and the report of its outcome", () => {
  const PREVIEW =
    "Ngày 8/10, Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cho biết Tổng Bí thư Tô Lâm sẽ thăm Triều Tiên từ ngày 9 đến 11/10 theo lời mời của Tổng Bí thư Kim Jong Un. Dự kiến hai bên sẽ thảo luận hợp tác văn hóa và y tế.";

  it("are two pieces, never one story (the expectation → outcome pair)", () => {
    const preview = key("p", "vietnamnews.vn", "2025-10-08", PREVIEW);
    const outcome = key("a", "baotintuc.vn", "2025-10-10", VI_TALKS);
    expect(preview.phase).toBe("preview");
    expect(outcome.phase).toBe("outcome");
    expect(sameStory(preview, outcome)).toBe(false);
    // Two previews of the visit, or a preview and a report with no commitment, may be one.
    expect(sameStory(preview, { ...preview, id: "p2" })).toBe(true);
    expect(sameStory(preview, { ...outcome, phase: "other" })).toBe(true);
  });
});

describe("the cross-reference counts a story once", () => {
  const MS_TALKS =
    "Pada 10 Oktober di Pyongyang, Setiausaha Agung To Lam mengadakan rundingan dengan Setiausaha Agung Kim Jong Un. Timbalan Menteri Luar Nguyen Minh Vu turut hadir. Kedua-dua pihak bersetuju untuk mengukuhkan kerjasama dalam bidang kebudayaan, kesihatan dan pendidikan.";
  const stored = (id: string, outlet: string, published: string, text: string): StoredArticle => {
    const analysis = analyse(text);
    return {
      id,
      url: `https://${outlet}/${id}`,
      title: id,
      outlet,
      language: analysis.language,
      published,
      savedAt: "2025-10-12T00:00:00.000Z",
      text,
      analysis,
    };
  };

  it("one entry for the outlets that carried it, saying what each leaves out of the page", () => {
    const page = { url: "https://bernama.com/x", analysis: analyse(MS_TALKS), published: "2025-10-10" };
    const vi = stored("vi", "baotintuc.vn", "2025-10-10", VI_TALKS);
    const en = stored("en", "en.vietnamplus.vn", "2025-10-11", EN_TALKS);
    const other = stored("other", "nhandan.vn", "2025-10-10", VI_RECEPTION);
    const apart = crossReference(page, [vi, en, other]);
    const story = apart.related.filter((r) => r.article.id === "vi" || r.article.id === "en");
    expect(story).toHaveLength(1);
    const [entry] = story;
    const reports = [entry!.article.id, ...(entry!.copies ?? []).map((c) => c.id)].sort();
    expect(reports).toEqual(["en", "vi"]);
    // Neither names education, which the page's agreement does: each copy says so.
    const copy = entry!.copies![0]!;
    expect(entry!.omits?.[copy.id]).toEqual(["education"]);
    // The unrelated reception is its own entry (when related at all), never part of the story.
    expect(entry!.copies!.map((c) => c.id)).not.toContain("other");
    // What the page confirms does not depend on which report shows it.
    const alone = crossReference(page, [vi]);
    expect(apart.confirmed).toEqual(alone.confirmed);
  });
});
