// Month names by number, written folded (lowercase, no diacritics), every language and the
// abbreviations news copy uses. Vietnamese and East Asian texts write months as numbers.

export const MONTH_NAMES: Record<number, readonly string[]> = {
  1: ["january", "jan", "januari", "janvier", "enero", "января", "январь", "январе"],
  2: ["february", "feb", "februari", "fevrier", "febrero", "февраля", "февраль", "феврале"],
  3: ["march", "mar", "mac", "maret", "mars", "marzo", "марта", "март", "марте"],
  4: ["april", "apr", "avril", "abril", "апреля", "апрель", "апреле"],
  5: ["may", "mei", "mai", "mayo", "мая", "май", "мае"],
  6: ["june", "jun", "juni", "juin", "junio", "июня", "июнь", "июне"],
  7: ["july", "jul", "julai", "juli", "juillet", "julio", "июля", "июль", "июле"],
  8: ["august", "aug", "ogos", "agustus", "aout", "agosto", "августа", "август", "августе"],
  9: ["september", "sept", "sep", "septembre", "septiembre", "setiembre", "сентября", "сентябрь", "сентябре"],
  10: ["october", "oct", "oktober", "okt", "octobre", "octubre", "октября", "октябрь", "октябре"],
  11: ["november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "ноябре"],
  12: ["december", "dec", "disember", "desember", "decembre", "diciembre", "декабря", "декабрь", "декабре"],
};

/** Words that join the two days of a range ("9 to 11", "9 hingga 11", "du 9 au 11", "с 9 по 11"). */
export const RANGE_JOINERS: readonly string[] = [
  "to",
  "through",
  "until",
  "till",
  "and",
  "den",
  "va",
  "hingga",
  "sehingga",
  "sampai",
  "dan",
  "au",
  "et",
  "al",
  "y",
  "a",
  "по",
  "до",
  "и",
];

/** Words that may stand before a day ("ngày 9", "le 9", "el 9", "pada 9"). */
export const DAY_WORDS: readonly string[] = ["ngay", "le", "el", "de"];
