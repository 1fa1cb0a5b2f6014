import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { koreanVariants } from "../../src/analysis/lexicon-index";
import { ENTITIES, LEXICONS } from "../../src/lexicon";
import { mentionsDprk, pageMentionsDprk } from "../../src/page/prefilter";
import { PREFILTER_FORMS } from "../../src/page/prefilter-keywords";

// The gate reads the page's title, and nothing else.

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

  it("reads no body text, and no more than a bounded title", () => {
    expect(pageMentionsDprk(page("Tin mới", "<h1>Việt Nam – Triều Tiên</h1><p>Triều Tiên</p>"))).toBe(false);
    expect(pageMentionsDprk(page(`${"a".repeat(30_000)} Triều Tiên`, ""))).toBe(false);
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
  });
});
