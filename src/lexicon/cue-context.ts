// Words next to a cue that change what it says, in every language (folded forms).

/**
 * Right before a signing or agreeing verb, they make it not yet done ("to sign", "sẽ ký",
 * "akan menandatangani"). By language: folded, Spanish "se" (reflexive) is Vietnamese "sẽ".
 */
export const UNREALISED_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["to", "will", "would", "shall", "should", "could", "may", "can"]),
  vi: new Set(["se", "sap", "du kien"]),
  ms: new Set(["akan", "untuk", "bakal"]),
  id: new Set(["akan", "untuk", "bakal"]),
  fr: new Set(["pour", "va", "vont", "devrait", "devraient"]),
  es: new Set(["para", "va", "van"]),
  de: new Set(["zu", "wird", "werden", "soll", "sollen", "will", "wollen"]),
};

/** Right before a signing verb, they make it a relative clause that recalls a signing ("agreements that were signed", "perjanjian yang ditandatangani"). */
export const RELATIVE_BEFORE: ReadonlySet<string> = new Set(["yang", "were", "been", "duoc"]);

/** Connectors that join two names rather than lead into one ("Donald Trump and Kim Jong Un"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "va", "dan", "et", "y", "serta"]);

/** News sources written in brackets in datelines: "(Vietnam+)", "Hà Nội (TTXVN) –", "(KCNA)". */
export const DATELINE_SOURCES: readonly string[] = [
  "Vietnam+",
  "VietnamPlus",
  "TTXVN",
  "VNA",
  "VNS",
  "VNA/VNS",
  "KCNA",
  "VOV",
  "VOV.VN",
  "QĐND",
  "Nhân Dân",
  "Xinhua",
  "AFP",
  "Reuters",
  "AP",
  "Yonhap",
  "Bernama",
  "Antara",
  "TASS",
  "RIA Novosti",
  "Kyodo",
];
