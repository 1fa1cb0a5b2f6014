import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract";
import { pageMentionsDprk } from "../../src/page/prefilter";
import { isOutletHost, OUTLETS } from "../../src/settings/outlets";

// Pages written in each outlet's article layout (test/fixtures/pages/outlets, our own texts):
// the extraction keeps the headline, lead and body and leaves out the menus, sidebars, "read
// also" links and related stories that name the DPRK side too.

interface Expect {
  path: string;
  /** The extracted text starts with the headline. */
  headline: string;
  keep: string[];
  drop: string[];
}

const CASES: Record<string, Expect> = {
  "vovworld.vn": {
    path: "/id-ID/berita/x.vov",
    headline: "Vietnam dan RDRK sepakat memperkuat kerja sama",
    keep: ["Sekretaris Jenderal Tô Lâm", "menandatangani perjanjian tentang bantuan hukum"],
    drop: ["Terpopuler", "menerima delegasi Laos", "Korea Utara", "Beranda"],
  },
  "baoquocte.vn": {
    path: "/x.html",
    headline: "Hai nước trao đổi đoàn cấp cao",
    keep: ["Đại sứ Triều Tiên Ri Yong Nam", "văn hóa, giáo dục và y tế"],
    drop: ["Tin liên quan", "thăm nhà máy", "Trang chủ"],
  },
  "dangcongsan.vn": {
    path: "/x.html",
    headline: "Tổng Bí thư tiếp đoàn đại biểu cấp cao",
    keep: ["Đảng Lao động Triều Tiên", "nông nghiệp và giáo dục"],
    drop: ["phóng vệ tinh", "Thế giới"],
  },
  "baochinhphu.vn": {
    path: "/x.htm",
    headline: "Thủ tướng tiếp Đại sứ",
    keep: ["Đại sứ Triều Tiên Ri Yong Nam", "nông nghiệp và y tế"],
    drop: ["Đoàn đại biểu Bình Nhưỡng", "Quốc tế"],
  },
  "mofa.gov.vn": {
    path: "/x",
    headline: "Thứ trưởng Ngoại giao tiếp Đại sứ",
    keep: ["Ri Yong Nam của Triều Tiên", "thỏa thuận hợp tác đã ký"],
    drop: ["dự hội nghị", "Trang chủ"],
  },
  "vtv.vn": {
    path: "/x.htm",
    headline: "Việt Nam ký kết văn kiện hợp tác mới",
    keep: ["Việt Nam và Triều Tiên đã ký kết", "phát thanh và truyền hình"],
    drop: ["lễ diễu binh", "Thế giới"],
  },
  "vietnam.vn": {
    path: "/en/x",
    headline: "Vietnam, DPRK boost cooperation",
    keep: ["received a DPRK delegation", "education and health"],
    drop: ["Pyongyang marks", "Home"],
  },
  "lecourrier.vn": {
    path: "/x/1.html",
    headline: "Le Vietnam et la RPDC renforcent leur coopération",
    keep: ["délégation de la RPDC", "l'éducation et la santé"],
    drop: ["Lire aussi", "Accueil"],
  },
  "bernama.com": {
    path: "/bm/dunia/news.php?id=1",
    headline: "Vietnam, Korea Utara perkukuh kerjasama",
    keep: ["menerima delegasi Korea Utara", "pendidikan dan kesihatan"],
    drop: ["Berita Popular", "kilang senjata", "Utama"],
  },
  "antaranews.com": {
    path: "/berita/1/x",
    headline: "Vietnam dan Korut sepakat tingkatkan kerja sama",
    keep: ["menerima delegasi RDRK", "pendidikan dan kesehatan"],
    drop: ["Baca juga", "latihan militer", "Pewarta"],
  },
  "en.yna.co.kr": {
    path: "/view/AEN1",
    headline: "N. Korea, Vietnam agree to expand exchanges",
    keep: ["North Korea and Vietnam agreed", "Kim Song Nam met"],
    drop: ["fires ballistic missile", "Kim Jong-un", "(END)"],
  },
  "kcnawatch.org": {
    path: "/newstream/1/x/",
    headline: "Vietnamese Delegation Arrives",
    keep: ["Communist Party of Vietnam arrived", "greeted by Kim Song Nam"],
    drop: ["inspects farm", "Rodong Sinmun editorial", "Newstream"],
  },
  "nknews.org": {
    path: "/2025/10/x/",
    headline: "North Korea and Vietnam sign education deal",
    keep: ["signed an agreement on education", "student exchanges"],
    drop: ["Wonsan resort", "marathon"],
  },
  "mfa.gov.kp": {
    path: "/en/view/article/1",
    headline: "Vietnamese Ambassador Visits Ministry",
    keep: ["Pak Myong Ho met the Vietnamese ambassador", "trade and culture"],
    drop: ["Statement of DPRK", "Home"],
  },
  "naenara.com.kp": {
    path: "/main/index/en/politics",
    headline: "Vietnamese Friendship Delegation in Pyongyang",
    keep: ["capital of the DPRK", "cooperation in agriculture"],
    drop: ["Supreme People's Assembly", "Politics"],
  },
};

function load(host: string, path: string): Document {
  const html = readFileSync(new URL(`../fixtures/pages/outlets/${host}.html`, import.meta.url), "utf8");
  const win = new Window({ url: `https://${host}${path}` });
  win.document.write(html);
  return win.document as unknown as Document;
}

describe("the outlets added for this coverage", () => {
  it("are built in, every language edition included", () => {
    for (const host of Object.keys(CASES)) {
      expect(
        OUTLETS.some((o) => o.host === host),
        host,
      ).toBe(true);
    }
    expect(isOutletHost("vovworld.vn")).toBe(true);
    expect(isOutletHost("www.bernama.com")).toBe(true);
    // Yonhap's English edition only, not every Korean-language page of yna.co.kr.
    expect(isOutletHost("www.yna.co.kr")).toBe(false);
  });

  for (const [host, c] of Object.entries(CASES)) {
    it(`reads the article on ${host}, not its menus, sidebars or related links`, () => {
      const doc = load(host, c.path);
      const text = extractArticle(doc, host).map.text;
      expect(text.startsWith(c.headline), text.slice(0, 80)).toBe(true);
      for (const k of c.keep) expect(text, k).toContain(k);
      for (const d of c.drop) expect(text, d).not.toContain(d);
      // Each page names the DPRK side in its title, headline or lead: the gate lets it in.
      expect(pageMentionsDprk(doc)).toBe(true);
    });
  }
});
