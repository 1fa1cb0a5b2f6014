import { covers } from "../settings/settings";

// Where each outlet keeps its headline, lead and article body. Selectors are comma lists
// tried as one querySelector (document order decides); the generic adapter applies last.

export interface SiteAdapter {
  /** Registrable hosts this adapter is for (subdomains included); empty for the generic one. */
  hosts: readonly string[];
  title?: string;
  lead?: string;
  body: string;
  /** Parts of the body that are not article text (on top of COMMON_EXCLUDE). */
  exclude?: string;
}

/** Inside any article body: navigation, related stories, comments, sharing, ads. */
export const COMMON_EXCLUDE = [
  "nav",
  "aside",
  "footer",
  "form",
  "menu",
  "[role=navigation]",
  "[role=complementary]",
  "[class*=related]",
  "[class*=relate-]",
  "[class*=comment]",
  "[id*=comment]",
  "[class*=share]",
  "[class*=social]",
  "[class*=tags]",
  "[class*=breadcrumb]",
  "[class*=advert]",
  "[class*=banner]",
  "[class*=newsletter]",
  "[class*=readmore]",
  "[class*=read-more]",
  "[class*=box-tin]",
].join(",");

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  {
    hosts: ["baotintuc.vn"],
    title: "h1.detail-title, .detail-title h1, h1",
    lead: ".sapo, .detail-sapo",
    body: ".detail-content, .contents",
  },
  {
    hosts: ["vietnamplus.vn", "nhandan.vn"],
    title: "h1.article__title, h1",
    lead: ".article__sapo",
    body: ".article__body, .detail-content-body",
  },
  {
    hosts: ["vietnamnews.vn"],
    title: "h1.headline, h1",
    lead: ".sapo",
    body: ".detail__content, .cms-body, [itemprop=articleBody]",
  },
  {
    hosts: ["vnexpress.net"],
    title: "h1.title-detail, h1",
    lead: "p.description",
    body: ".fck_detail",
  },
  {
    hosts: ["tuoitre.vn", "thanhnien.vn"],
    title: "h1.detail-title, h1",
    lead: ".detail-sapo",
    body: ".detail-cmain, .detail-content",
  },
  {
    hosts: ["vov.vn", "sggp.org.vn", "qdnd.vn", "vnanet.vn"],
    title: "h1.article__title, h1.post-title, h1",
    lead: ".article__sapo, .post-summary, .sapo",
    body: ".article__body, .article-content, .post-content, .text-long, [itemprop=articleBody]",
  },
  {
    hosts: ["kcna.kp", "rodong.rep.kp"],
    title: "h1, .article-main-title",
    body: ".article-content-body, .content-wrapper, .news_content",
  },
  // Outlets added for the Vietnam–DPRK beat; only those where the generic reading picks the
  // wrong block (a sidebar, the whole page, "read also" links inside the body).
  {
    hosts: ["vovworld.vn"],
    title: "h1.article__title, h1",
    lead: ".article__sapo",
    body: ".article__body, .cms-body",
  },
  {
    hosts: ["baoquocte.vn"],
    title: "h1.et-title, h1",
    lead: ".et-sapo",
    body: ".__MASTERCMS_CONTENT, .et-content",
    exclude: "[class*=article-relate]",
  },
  {
    hosts: ["dangcongsan.vn"],
    title: "h1.post-title, h1",
    lead: ".post-summary",
    body: "#post-content, .post-content",
  },
  {
    hosts: ["baochinhphu.vn", "vtv.vn"],
    title: "h1.detail-title, h1.title_detail, h1",
    lead: ".detail-sapo, h2.sapo",
    body: "[data-role=content], .detail-content, #entry-body",
    exclude: "[class*=news-relation]",
  },
  {
    hosts: ["mofa.gov.vn"],
    title: "h1.news-title, h1",
    lead: ".news-summary",
    body: ".news-content",
  },
  {
    hosts: ["lecourrier.vn"],
    title: "h1.entry-title, h1",
    lead: ".chapo",
    body: ".entry-content",
    exclude: ".lire-aussi",
  },
  {
    hosts: ["antaranews.com"],
    title: "h1.wrap__article-detail-title, h1",
    body: ".wrap__article-detail-content, .post-content",
    // "Baca juga" (read also) links sit between paragraphs; the credits line closes the body.
    exclude: ".baca-juga, p.text-muted",
  },
  {
    hosts: ["en.yna.co.kr"],
    title: "h1.tit, h1",
    body: "article.story-news, .story-news",
    exclude: ".adrs, [class*=keyword]",
  },
  {
    hosts: ["naenara.com.kp"],
    title: "#content .title, h1",
    body: "#content .content_text",
  },
];

export const GENERIC_ADAPTER: SiteAdapter = {
  hosts: [],
  title: "h1",
  body: "[itemprop=articleBody], article",
};

export function adaptersFor(hostname: string): SiteAdapter[] {
  const own = SITE_ADAPTERS.filter((a) => covers(a.hosts, hostname));
  return [...own, GENERIC_ADAPTER];
}
