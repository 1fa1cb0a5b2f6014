import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { koreanVariants } from "../../src/analysis/lexicon-index";
import { ENTITIES, LEXICONS } from "../../src/lexicon";
import { mentionsDprk, pageMentionsDprk } from "../../src/page/prefilter";
import { PREFILTER_FORMS } from "../../src/page/prefilter-keywords";

// The gate reads the page's title, headline and lead, each bounded.

function page(title: string, html: string): Document {
  const win = new Window({ url: "https://vov.vn/a.htm" });
  const doc = win.document as unknown as Document;
  doc.title = title;
  doc.body.innerHTML = html;
  return doc;
}

describe("the page gate", () => {
  it("passes on the title, accents, case, composition and hyphens aside", () => {
    expect(pageMentionsDprk(page("Việt Nam – Triều Tiên", "<p>x</p>"))).toBe(true);
    expect(pageMentionsDprk(page("QUAN HỆ VỚI TRIỀU TIÊN", "<p>x</p>"))).toBe(true);
    expect(pageMentionsDprk(page("Quan hệ với Triều Tiên".normalize("NFD"), "<p>x</p>"))).toBe(true);
    expect(pageMentionsDprk(page("Quan he voi Trieu Tien", "<p>x</p>"))).toBe(true);
    expect(pageMentionsDprk(page("Thủ tướng hội kiến Pak Thae-song", "<p>x</p>"))).toBe(true);
    expect(pageMentionsDprk(page("Hàn Quốc", "<p>x</p>"))).toBe(false);
    expect(pageMentionsDprk(page("", ""))).toBe(false);
  });

  it("passes on the headline (h1, og:title) and the lead when the title names no DPRK side", () => {
    expect(pageMentionsDprk(page("Tin mới", "<h1>Việt Nam – Triều Tiên</h1><p>x</p>"))).toBe(true);
    expect(
      pageMentionsDprk(page("Tin mới", "<h1>Hai nước ký năm văn kiện</h1><p>Tại Bình Nhưỡng, hai bên…</p>")),
    ).toBe(true);
    const og = page("Tin mới", "<p>x</p>");
    const meta = og.createElement("meta");
    meta.setAttribute("property", "og:title");
    meta.setAttribute("content", "Jong-un receives Vietnamese delegation");
    og.head.append(meta);
    expect(pageMentionsDprk(og)).toBe(true);
    // No headline: the article element starts the lead.
    expect(
      pageMentionsDprk(
        page("Tin mới", "<nav>Menu</nav><article><p>Đoàn đại biểu Triều Tiên thăm Hà Nội</p></article>"),
      ),
    ).toBe(true);
    expect(
      pageMentionsDprk(
        page("Party chief wraps up state visit", "<h1>Party chief wraps up state visit</h1><p>Weather</p>"),
      ),
    ).toBe(false);
  });

  it("reads neither the menus before the headline nor past the lead, and bounds every piece", () => {
    // A section link in the menu names the DPRK on every page of the site: not a reason.
    expect(
      pageMentionsDprk(page("Tin mới", "<nav><a>Triều Tiên</a></nav><h1>Giá vàng</h1><p>Giá vàng tăng.</p>")),
    ).toBe(false);
    const filler = "<p>Thời tiết hôm nay ở Hà Nội có mưa rào rải rác.</p>".repeat(60);
    expect(pageMentionsDprk(page("Tin mới", `<h1>Giá vàng</h1>${filler}<p>Triều Tiên</p>`))).toBe(false);
    expect(pageMentionsDprk(page(`${"a".repeat(30_000)} Triều Tiên`, ""))).toBe(false);
    expect(pageMentionsDprk(page("Tin mới", `<h1>${"a".repeat(30_000)} Triều Tiên</h1>`))).toBe(false);
    expect(
      pageMentionsDprk(page("Tin mới", `<h1>x</h1><script>var s = "Triều Tiên";</script><p>y</p>`)),
    ).toBe(false);
  });
});

describe("the keyword forms", () => {
  const asCompared = (f: string) =>
    f.normalize("NFC").toLowerCase().replaceAll("-", " ").replaceAll("’", "'");
  /** Vietnamese, French, Spanish letters without their marks; other scripts as they are. */
  const unmarked = (f: string) =>
    f
      .toLowerCase()
      .normalize("NFD")
      .replace(/([a-z])\p{M}+/gu, "$1")
      .replace(/đ/g, "d")
      .normalize("NFC");
  const short = (a: string) =>
    /^[\p{Script=Latin}\p{Script=Cyrillic}.\s]+$/u.test(a) && a.replace(/[^\p{L}]/gu, "").length < 4;

  it("are written as the gate compares them, each with its unmarked form listed", () => {
    const listed = new Set(PREFILTER_FORMS);
    expect(listed.size).toBe(PREFILTER_FORMS.length);
    for (const f of PREFILTER_FORMS) {
      expect(f, f).toBe(asCompared(f));
      expect(listed.has(unmarked(f)), `${f} → ${unmarked(f)}`).toBe(true);
    }
  });

  it("catch every DPRK-side name the analyser knows, in every language and common spelling", () => {
    const dprk = ENTITIES.filter((e) => e.side === "dprk");
    let checked = 0;
    for (const lex of LEXICONS) {
      for (const e of [...dprk, { id: "pyongyang", koreanName: false }]) {
        for (const raw of lex.aliases[e.id] ?? []) {
          const alias = raw.replace(/\*$/, "");
          if (short(alias)) continue;
          const spellings = [alias, unmarked(alias), alias.replace(/ё/g, "е")];
          if ("koreanName" in e && e.koreanName && /^[A-Za-z ]+$/.test(alias)) {
            // "Kim Jong-un", "Pak Thae-song": the hyphenated given name of the same family name.
            spellings.push(
              ...koreanVariants(alias).filter(
                (v) => v.includes("-") && v.split(" ")[0] === alias.split(" ")[0],
              ),
            );
          }
          for (const s of spellings)
            expect(mentionsDprk(`Tin mới: ${s} hôm nay`), `${lex.code} ${e.id}: ${s}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
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
    expect(mentionsDprk("Jong-un inspects a farm")).toBe(true);
  });
});
