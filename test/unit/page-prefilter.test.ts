import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { pageMentionsDprk } from "../../src/page/prefilter";

// The gate reads a live page in slices: what it must still find, and where it stops.

function page(title: string, html: string): Document {
  const win = new Window({ url: "https://vov.vn/a.htm" });
  const doc = win.document as unknown as Document;
  doc.title = title;
  doc.body.innerHTML = html;
  return doc;
}

const filler = (chars: number) => `<p>${"Thời tiết Hà Nội mưa rào. ".repeat(Math.ceil(chars / 26))}</p>`;

describe("the page gate", () => {
  it("passes on the title alone, or on body text, accents and case aside", async () => {
    expect(await pageMentionsDprk(page("Việt Nam – Triều Tiên", "<p>x</p>"))).toBe(true);
    expect(await pageMentionsDprk(page("", "<p>QUAN HỆ VỚI TRIỀU TIÊN</p>"))).toBe(true);
    expect(await pageMentionsDprk(page("Hàn Quốc", `${filler(5000)}<p>Không liên quan.</p>`))).toBe(false);
    expect(await pageMentionsDprk(page("", ""))).toBe(false);
  });

  it("finds a keyword split between text nodes and between slices", async () => {
    expect(await pageMentionsDprk(page("", "<p>Bình <b>Nhưỡng</b></p>"))).toBe(true);
    // The keyword straddles the 32k-character slice boundary.
    const before = "a".repeat(32_768 - 4);
    expect(await pageMentionsDprk(page("", `<p>${before}Pyongyang</p>`))).toBe(true);
    expect(await pageMentionsDprk(page("", `<p>${"a".repeat(32_760)}</p><p>Pyong</p><p>yang</p>`))).toBe(
      true,
    );
  });

  it("reads a bounded prefix: a keyword after 100,000 characters does not count", async () => {
    expect(await pageMentionsDprk(page("", `${filler(80_000)}<p>Triều Tiên</p>`))).toBe(true);
    expect(await pageMentionsDprk(page("", `${filler(130_000)}<p>Triều Tiên</p>`))).toBe(false);
  });
});

describe("the keyword test", () => {
  it("matches as written, decomposed, without marks, in capitals and with either apostrophe", async () => {
    const { mentionsDprk } = await import("../../src/page/prefilter");
    expect(mentionsDprk("quan hệ Việt Nam - Triều Tiên")).toBe(true);
    expect(mentionsDprk("quan hệ Việt Nam - Triều Tiên".normalize("NFD"))).toBe(true);
    expect(mentionsDprk("quan he Viet Nam - Trieu Tien")).toBe(true);
    expect(mentionsDprk("THỦ ĐÔ BÌNH NHƯỠNG")).toBe(true);
    expect(mentionsDprk("the Workers’ Party of Korea")).toBe(true);
    expect(mentionsDprk("the Workers' Party of Korea")).toBe(true);
    expect(mentionsDprk("Hàn Quốc và Nhật Bản")).toBe(false);
    expect(mentionsDprk("a (b) [c] *d* + e? | f")).toBe(false);
  });
});
