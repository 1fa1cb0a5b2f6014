import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PAGES_DIR, type Route } from "../../../tools/browsers/server";

// The pages the end-to-end tests read, where they are served, and what a reader should see
// highlighted on each: per highlight name, the highlighted texts in document order.

export interface PageFixture extends Route {
  name: string;
  /** Element that holds everything that may be highlighted (the article, not menus or comments). */
  articleSelector: string;
  highlights: Record<string, string[]>;
}

const VI_AGREED_1 =
  "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực văn hóa, du lịch, thể thao, y tế, giáo dục và nông nghiệp.";
const VI_AGREED_2 =
  "Hai bên cũng thống nhất phối hợp chặt chẽ tại Liên hợp quốc, Phong trào Không liên kết và Diễn đàn khu vực ASEAN.";

export const VI_BAOTINTUC: PageFixture = {
  name: "Vietnamese article laid out like baotintuc.vn",
  host: "baotintuc.vn",
  path: "/thoi-su/tong-bi-thu-to-lam-hoi-dam-voi-tong-bi-thu-chu-tich-kim-jong-un-20251010183012345.htm",
  file: "vi-baotintuc.html",
  articleSelector: ".detail",
  highlights: {
    // Title, lead and caption name him; the related link, tags and comments that also do are not article text.
    "diplomark-actor-vietnam": ["Tô Lâm", "Tô Lâm", "Việt Nam", "Tô Lâm", "Việt Nam"],
    "diplomark-actor-dprk": [
      "Kim Jong Un",
      "Đảng Lao động Triều Tiên",
      "Kim Jong Un",
      "Triều Tiên",
      "Kim Jong Un",
      "Kim Jong Un",
      "Triều Tiên",
    ],
    "diplomark-actor-other": ["Liên hợp quốc", "Phong trào Không liên kết", "Diễn đàn khu vực ASEAN"],
    "diplomark-commitment-agreed": [VI_AGREED_1, VI_AGREED_2],
    "diplomark-commitment-reaffirmed": [
      "Tổng Bí thư Kim Jong Un khẳng định Đảng, Nhà nước và nhân dân Triều Tiên luôn coi trọng quan hệ hữu nghị truyền thống với Việt Nam.",
    ],
    "diplomark-commitment-signed": [
      "Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ ký kết Hiệp định tương trợ tư pháp về hình sự và các văn kiện hợp tác về văn hóa, y tế.",
    ],
  },
};

export const EN_VIETNAMPLUS: PageFixture = {
  name: "English article on a language edition (en.vietnamplus.vn)",
  host: "en.vietnamplus.vn",
  path: "/vietnam-dprk-foreign-ministers-agree-to-deepen-cooperation-post330123.vnp",
  file: "en-vietnamplus.html",
  articleSelector: "article",
  highlights: {
    "diplomark-actor-vietnam": ["Vietnam", "Bùi Thanh Sơn", "Vietnam", "Hồ Chí Minh", "Vietnam"],
    "diplomark-actor-dprk": ["DPRK", "DPRK", "Choe Son Hui", "DPRK", "Kim Il Sung", "Choe Son Hui", "DPRK"],
    // The headline restates the body's agreement: the body's sentence is the commitment.
    "diplomark-commitment-agreed": [
      "Both sides agreed to boost cooperation in agriculture, health and education.",
    ],
    "diplomark-commitment-reaffirmed": [
      "Choe Son Hui reaffirmed the DPRK's consistent support for the friendship with Vietnam.",
    ],
    "diplomark-commitment-signed": [
      "The two foreign ministries signed a cooperation plan for the 2026–2030 period.",
    ],
  },
};

export const MS_VNANET: PageFixture = {
  name: "Malay article without a site adapter (generic extraction)",
  // vnanet.vn itself is on Chromium's HSTS preload list, so it is only ever fetched over https.
  host: "vovworld.vov.vn",
  path: "/ms/vietnam-dan-korea-utara-bersetuju-mengukuhkan-kerjasama-12345.html",
  file: "ms-vnanet.html",
  articleSelector: "article",
  highlights: {
    "diplomark-actor-vietnam": ["Vietnam", "Tô Lâm", "Vietnam"],
    "diplomark-actor-dprk": ["Korea Utara", "Kim Jong Un", "DPRK"],
    // The headline restates the body's agreement: the body's sentence is the commitment.
    "diplomark-commitment-agreed": [
      "Kedua-dua pihak bersetuju untuk mengukuhkan kerjasama dalam bidang ekonomi, pelancongan, kebudayaan dan pendidikan.",
    ],
    "diplomark-commitment-signed": [
      "Vietnam dan DPRK juga menandatangani perjanjian mengenai bantuan kehakiman.",
    ],
  },
};

export const NEG_TUOITRE: PageFixture = {
  name: "Vietnam–South Korea look-alike (mentions the Korean Peninsula)",
  host: "tuoitre.vn",
  path: "/viet-nam-han-quoc-nang-cap-quan-he-kinh-te-20250811100000123.htm",
  file: "neg-tuoitre.html",
  articleSelector: ".detail-content-wrap",
  highlights: {},
};

export const DYN_NHANDAN: PageFixture = {
  name: "Live page that adds a paragraph after load",
  host: "en.nhandan.vn",
  path: "/live-vietnam-dprk-talks-in-pyongyang-post150000.html",
  file: "dyn-nhandan.html",
  articleSelector: "article",
  highlights: {
    "diplomark-actor-vietnam": ["Vietnam", "Tô Lâm"],
    "diplomark-actor-dprk": ["DPRK", "Kim Jong Un"],
    "diplomark-commitment-agreed": ["The two leaders agreed to promote cooperation in culture and tourism."],
  },
};

/** What the live page highlights once "Load more" added its paragraph. */
export const DYN_AFTER_LOAD: Record<string, string[]> = {
  ...DYN_NHANDAN.highlights,
  "diplomark-actor-dprk": ["DPRK", "Kim Jong Un", "Kim Jong Un"],
  "diplomark-commitment-agreed": [
    "The two leaders agreed to promote cooperation in culture and tourism.",
    "Both sides also agreed to expand cooperation in agriculture and health, Kim Jong Un said.",
  ],
};

const VI_BAOTINTUC_HTML = readFileSync(join(PAGES_DIR, "vi-baotintuc.html"), "utf8");

/**
 * The Vietnamese article under a title and a headline that name neither the DPRK nor its
 * officials; its lead does, and the gate reads the lead.
 */
export const UNTITLED_BAOTINTUC: PageFixture = {
  ...VI_BAOTINTUC,
  name: "Vietnamese article whose title and headline name no DPRK side",
  path: "/thoi-su/mo-ra-trang-moi-trong-quan-he-hai-nuoc-20251010183012999.htm",
  file: undefined,
  html: VI_BAOTINTUC_HTML.replace(
    /<title>[^<]*<\/title>/,
    "<title>Mở ra trang mới trong quan hệ hai nước | Báo Tin tức</title>",
  ).replace(
    /<h1 class="detail-title">[^<]*<\/h1>/,
    '<h1 class="detail-title">Mở ra trang mới trong quan hệ hai nước</h1>',
  ),
  highlights: {
    ...VI_BAOTINTUC.highlights,
    // The headline's "Tô Lâm" and "Kim Jong Un" are gone with it.
    "diplomark-actor-vietnam": VI_BAOTINTUC.highlights["diplomark-actor-vietnam"]!.slice(1),
    "diplomark-actor-dprk": VI_BAOTINTUC.highlights["diplomark-actor-dprk"]!.slice(1),
  },
};

const NEUTRAL_PARAGRAPHS = Array.from(
  { length: 14 },
  (_, i) =>
    `<p>Đoạn ${i + 1}: Các đại biểu đã thảo luận về tình hình kinh tế – xã hội, công tác chuẩn bị cho mùa mưa bão và việc bảo đảm an sinh cho người dân ở các địa phương.</p>`,
).join("\n");

const TIEP_DAI_SU = readFileSync(join(PAGES_DIR, "..", "texts", "vi-tiep-dai-su.txt"), "utf8")
  .split(/\n+/)
  .filter((p) => p.trim())
  .slice(1, -1);

/**
 * A page whose title, headline and lead (the first 2,000 characters) name no DPRK side: only its
 * last paragraphs do (an ambassador's courtesy call, our fixture text). The gate leaves it alone
 * until it is saved; from then on the background recognises its address on every visit.
 */
export const DEEP_BAOTINTUC: PageFixture = {
  name: "Vietnamese article that names the DPRK only past its lead",
  host: "baotintuc.vn",
  path: "/thoi-su/hoat-dong-doi-ngoai-trong-tuan-20251115183012888.htm",
  html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hoạt động đối ngoại trong tuần | Báo Tin tức</title></head><body>
<nav class="menu"><a href="/thoi-su.htm">Thời sự</a> <a href="/chu-de/trieu-tien.htm">Triều Tiên</a></nav>
<div class="detail">
<h1 class="detail-title">Hoạt động đối ngoại trong tuần</h1>
<h2 class="sapo">Tuần qua có nhiều hoạt động quan trọng ở trung ương và địa phương.</h2>
<div class="contents">
${NEUTRAL_PARAGRAPHS}
${TIEP_DAI_SU.map((p) => `<p>${p}</p>`).join("\n")}
</div>
</div>
</body></html>`,
  articleSelector: ".detail",
  highlights: {},
};

/** The Indonesian edition of VOV World, a built-in outlet (test/fixtures/pages/outlets). */
export const ID_VOVWORLD: PageFixture = {
  name: "Indonesian article on VOV World (vovworld.vn/id-ID)",
  host: "vovworld.vn",
  path: "/id-ID/berita/vietnam-dan-rdrk-sepakat-memperkuat-kerja-sama-1234567.vov",
  file: "outlets/vovworld.vn.html",
  articleSelector: ".article",
  highlights: {},
};

const EN_SEED_TEXT = readFileSync(
  join(PAGES_DIR, "..", "..", "..", "assets", "seeds", "000_600e93926c99760f.txt"),
  "utf8",
);
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The English seed as vietnamnews.vn would show it: the seed's own paragraphs (the capture's date
 * artefact dropped) in the outlet's layout, under an address the seed does not have (it has none).
 */
export const EN_SEED_VIETNAMNEWS: PageFixture = {
  name: "The English seed opened on vietnamnews.vn",
  host: "vietnamnews.vn",
  path: "/politics-laws/1717171/deputy-fm-on-general-secretary-to-lam-s-coming-state-visit-to-the-dprk.html",
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deputy FM on General Secretary Tô Lâm’s coming state visit to the DPRK - Việt Nam News</title></head><body>
<nav class="menu"><a href="/politics-laws">Politics &amp; Law</a> <a href="/society">Society</a></nav>
<div class="detail">
<h1 class="headline">Deputy FM Nguyễn Minh Vũ on General Secretary Tô Lâm’s coming state visit to the DPRK</h1>
<div class="detail__content">
${EN_SEED_TEXT.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "")
  .split(/\n+/)
  .filter((p) => p.trim())
  .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
  .join("\n")}
</div>
</div>
<footer>Việt Nam News</footer>
</body></html>`,
  articleSelector: ".detail",
  highlights: {},
};

export const PAGES: readonly PageFixture[] = [
  VI_BAOTINTUC,
  EN_VIETNAMPLUS,
  MS_VNANET,
  NEG_TUOITRE,
  DYN_NHANDAN,
  UNTITLED_BAOTINTUC,
  DEEP_BAOTINTUC,
  ID_VOVWORLD,
  EN_SEED_VIETNAMNEWS,
];

/** Every host name the browsers must resolve to this machine. */
export const FIXTURE_HOSTS: readonly string[] = [...new Set(PAGES.map((p) => p.host))];

export const SEED_IDS = ["seed-000_600e93926c99760f", "seed-002_e8120e5def90eb2b"] as const;
