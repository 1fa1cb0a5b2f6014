// Words that any Vietnam–DPRK article carries in at least one language. Data, not logic:
// a page without any of them is not worth extracting. Written unfolded; folded at use.
export const PREFILTER_KEYWORDS: readonly string[] = [
  // Vietnamese
  "Triều Tiên",
  "Bình Nhưỡng",
  "Kim Jong",
  "Kim Nhật Thành",
  "Kim Chính Ân",
  // English and agencies
  "DPRK",
  "North Korea",
  "Pyongyang",
  "KCNA",
  "Rodong Sinmun",
  "Workers' Party of Korea",
  "Kim Il Sung",
  // Malay / Indonesian
  "Korea Utara",
  "Rakyat Demokratik Korea",
  // French, Spanish, German
  "Corée du Nord",
  "RPDC",
  "Corea del Norte",
  "Nordkorea",
  // Russian
  "КНДР",
  "Северная Корея",
  "Пхеньян",
  // Chinese, Korean
  "朝鲜",
  "平壤",
  "북한",
  "조선",
  "평양",
];
