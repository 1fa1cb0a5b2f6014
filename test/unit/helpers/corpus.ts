import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyse } from "../../../src/analysis";
import type { Analysis } from "../../../src/contract/analysis";
import type { StoredArticle } from "../../../src/contract/corpus";
import { type CorpusDB, openCorpus } from "../../../src/corpus/db";
import { SEEDS } from "../../../src/corpus/seeds";

let n = 0;

/** A fresh, empty corpus database (fake-indexeddb) per call. */
export function freshCorpus(): Promise<CorpusDB> {
  n += 1;
  return openCorpus(`diplomark-test-${n}-${Math.random().toString(36).slice(2)}`);
}

export function seedText(file: "000_600e93926c99760f" | "002_e8120e5def90eb2b"): string {
  return readFileSync(fileURLToPath(new URL(`../../../assets/seeds/${file}.txt`, import.meta.url)), "utf8");
}

export const EN_SEED = seedText("000_600e93926c99760f");
export const MS_SEED = seedText("002_e8120e5def90eb2b");

const cache = new Map<string, Analysis>();
/** analyse() memoised: the seeds are analysed many times across tests. */
export function analysed(text: string): Analysis {
  let a = cache.get(text);
  if (!a) {
    a = analyse(text);
    cache.set(text, a);
  }
  return structuredClone(a);
}

/** A minimal analysis for store tests that do not care about the analyser. */
export function stubAnalysis(over: Partial<Analysis> = {}): Analysis {
  return {
    schema: "diplomark/analysis@1",
    language: "en",
    relevance: { relevant: true, score: 0.9, reasons: ["test"] },
    actors: [],
    commitments: [],
    areas: [],
    dates: [],
    ...over,
  };
}

/** A Malay report of our own, relevant and unlike either seed (saving it adds an article). */
export const MS_OTHER = [
  "Hanoi, 20 Oktober (VNA) - Timbalan Perdana Menteri Vietnam menerima delegasi Korea Utara yang diketuai oleh Menteri Pertanian di Hanoi.",
  "Kedua-dua pihak bersetuju untuk mengembangkan kerjasama dalam bidang pertanian, perikanan dan latihan teknikal bagi tempoh lima tahun akan datang.",
  "Delegasi Korea Utara turut melawat sebuah koperasi padi di wilayah Thái Bình dan sebuah institut penyelidikan benih.",
  "Menteri Pertanian Korea Utara menyatakan penghargaan atas sokongan Vietnam dan berharap kedua-dua negara menandatangani memorandum persefahaman baharu.",
].join("\n\n");

/** Reports of our own, unlike each other and the seeds: saving each adds one article. */
export const OWN_REPORTS = [
  MS_OTHER,
  [
    "Hà Nội, ngày 3/11 (TTXVN) - Chủ tịch Quốc hội Việt Nam tiếp đoàn đại biểu Hội đồng Nhân dân Tối cao Triều Tiên.",
    "Hai bên nhất trí tăng cường trao đổi đoàn giữa hai cơ quan lập pháp và phối hợp tại Liên minh Nghị viện thế giới.",
    "Trưởng đoàn Triều Tiên cảm ơn sự đón tiếp nồng hậu và mời lãnh đạo Quốc hội Việt Nam sang thăm Bình Nhưỡng.",
  ].join("\n\n"),
  [
    "Pyongyang, November 12 (KCNA) - A delegation of the Vietnamese Ministry of Health arrived in Pyongyang for talks on medical cooperation.",
    "The two sides signed a plan for exchanges of doctors and for joint research on traditional medicine for the coming three years.",
    "The delegation also visited a pharmaceutical factory and a general hospital in the capital.",
  ].join("\n\n"),
];

/** The two seeds as stored articles (analysed, saved on a fixed day), English first. */
export function storedSeeds(): StoredArticle[] {
  return SEEDS.map((s) => ({
    id: s.id,
    url: s.url,
    title: s.title,
    outlet: s.outlet,
    publisher: s.publisher,
    language: s.language,
    published: s.published,
    savedAt: "2025-11-01T00:00:00.000Z",
    seed: true,
    text: s.text,
    analysis: analysed(s.text),
  }));
}
