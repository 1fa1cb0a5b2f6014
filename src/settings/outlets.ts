import { covers, sitePatterns } from "./settings";

// The outlets whose pages the content script is declared for. Data only: the content script
// definition turns it into match patterns at build time, the e2e harness into host rules.

export interface Outlet {
  /** Registrable host; its subdomains (language editions such as en.nhandan.vn) match too. */
  host: string;
  name: string;
}

export const OUTLETS: readonly Outlet[] = [
  { host: "baotintuc.vn", name: "Báo Tin tức (VNA)" },
  { host: "vietnamplus.vn", name: "VietnamPlus (VNA)" },
  { host: "vnanet.vn", name: "Vietnam News Agency" },
  { host: "vietnamnews.vn", name: "Việt Nam News" },
  { host: "nhandan.vn", name: "Nhân Dân" },
  { host: "qdnd.vn", name: "Quân đội nhân dân" },
  { host: "vov.vn", name: "Voice of Vietnam" },
  { host: "sggp.org.vn", name: "Sài Gòn Giải Phóng" },
  { host: "tuoitre.vn", name: "Tuổi Trẻ" },
  { host: "thanhnien.vn", name: "Thanh Niên" },
  { host: "vnexpress.net", name: "VnExpress" },
  { host: "kcna.kp", name: "KCNA" },
  { host: "rodong.rep.kp", name: "Rodong Sinmun" },
  { host: "vovworld.vn", name: "VOV World" },
  { host: "baoquocte.vn", name: "Báo Quốc tế" },
  { host: "dangcongsan.vn", name: "Đảng Cộng sản Việt Nam" },
  { host: "baochinhphu.vn", name: "Báo Chính phủ" },
  { host: "mofa.gov.vn", name: "Bộ Ngoại giao Việt Nam" },
  { host: "vtv.vn", name: "VTV" },
  { host: "vietnam.vn", name: "Vietnam.vn" },
  { host: "lecourrier.vn", name: "Le Courrier du Vietnam" },
  { host: "bernama.com", name: "Bernama" },
  { host: "antaranews.com", name: "ANTARA" },
  // Yonhap's English edition: the Korean-language site covers far more than this beat.
  { host: "en.yna.co.kr", name: "Yonhap (English)" },
  { host: "kcnawatch.org", name: "KCNA Watch" },
  { host: "nknews.org", name: "NK News" },
  { host: "mfa.gov.kp", name: "DPRK Ministry of Foreign Affairs" },
  { host: "naenara.com.kp", name: "Naenara" },
];

/** The outlets' hosts alone (the session script carries no names). */
export const OUTLET_HOSTS: readonly string[] = OUTLETS.map((o) => o.host);

/** Match patterns for the bare host and every subdomain, any scheme the browser allows. */
export function outletMatchPatterns(outlets: readonly Outlet[] = OUTLETS): string[] {
  return outlets.flatMap((o) => sitePatterns(o.host));
}

export function isOutletHost(hostname: string, outlets: readonly Outlet[] = OUTLETS): boolean {
  return covers(
    outlets.map((o) => o.host),
    hostname,
  );
}
