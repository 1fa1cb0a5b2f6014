// The two seed articles, byte for byte (vite's ?raw), with the metadata of assets/seeds/README.md.
import enText from "../../assets/seeds/000_600e93926c99760f.txt?raw";
import msText from "../../assets/seeds/002_e8120e5def90eb2b.txt?raw";

export interface SeedDefinition {
  id: string;
  url: string;
  title: string;
  outlet: string;
  language: string;
  published: string;
  text: string;
}

export const SEEDS: readonly SeedDefinition[] = [
  {
    id: "seed-000_600e93926c99760f",
    // Made up in vietnamnews.vn's style: the seed file carries no source URL. The
    // "diplomark-seed" segment marks it as ours so nobody mistakes it for a real link.
    url: "https://vietnamnews.vn/politics-laws/diplomark-seed-000_600e93926c99760f/deputy-fm-gen-sec-to-lam-s-state-visit-to-dprk-marks-important-milestone",
    title: "Deputy FM: Party General Secretary Tô Lâm’s state visit to DPRK marks an important milestone",
    outlet: "vietnamnews.vn",
    language: "en",
    published: "2025-10-08",
    text: enText,
  },
  {
    id: "seed-002_e8120e5def90eb2b",
    url: "https://baotintuc.vn/chinh-tri/mo-ra-chuong-moi-trong-quan-he-huu-nghi-lau-doi-viet-nam-trieu-tien-20251011185712456.htm",
    title: "Membuka bab baharu dalam hubungan persahabatan lama Vietnam–Korea Utara",
    outlet: "baotintuc.vn",
    language: "ms",
    published: "2025-10-11",
    text: msText,
  },
];
