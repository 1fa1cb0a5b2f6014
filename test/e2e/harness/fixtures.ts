import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PAGES_DIR, type Route } from "./server";

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

/**
 * The Vietnamese article under a headline that names neither the DPRK nor its officials (the
 * body still does): the gate, which reads titles, leaves it to the popup's "Analyse this page".
 */
export const UNTITLED_BAOTINTUC: PageFixture = {
  ...VI_BAOTINTUC,
  name: "Vietnamese article whose title names no DPRK side",
  path: "/thoi-su/hai-nuoc-nhat-tri-tang-cuong-hop-tac-20251010183012999.htm",
  file: undefined,
  html: readFileSync(join(PAGES_DIR, VI_BAOTINTUC.file!), "utf8").replace(
    /<title>[^<]*<\/title>/,
    "<title>Hai nước nhất trí tăng cường hợp tác | Báo Tin tức</title>",
  ),
};

export const PAGES: readonly PageFixture[] = [
  VI_BAOTINTUC,
  EN_VIETNAMPLUS,
  MS_VNANET,
  NEG_TUOITRE,
  DYN_NHANDAN,
  UNTITLED_BAOTINTUC,
];

/** Every host name the browsers must resolve to this machine. */
export const FIXTURE_HOSTS: readonly string[] = [...new Set(PAGES.map((p) => p.host))];

export const SEED_IDS = ["seed-000_600e93926c99760f", "seed-002_e8120e5def90eb2b"] as const;
