// The two seed articles, byte for byte (Vite's ?raw), with the metadata of assets/seeds/README.md.
import enText from "../../assets/seeds/000_600e93926c99760f.txt?raw";
import msText from "../../assets/seeds/002_e8120e5def90eb2b.txt?raw";

export interface SeedDefinition {
  id: string;
  /** The original's address; a `urn:` when the seed file does not say where it was published. */
  url: string;
  title: string;
  outlet: string;
  publisher: string;
  language: string;
  published: string;
  text: string;
}

export const SEEDS: readonly SeedDefinition[] = [
  {
    id: "seed-000_600e93926c99760f",
    // The seed file carries no source address, and a made-up https link would look real
    // (and be opened); a urn keeps the unique url index happy and says it is not a link.
    url: "urn:diplomark:seed:000_600e93926c99760f",
    title: "Deputy FM Nguyễn Minh Vũ on General Secretary Tô Lâm’s coming state visit to the DPRK",
    outlet: "vietnamnews.vn",
    publisher: "Việt Nam News (VNA/VNS)",
    language: "en",
    published: "2025-10-08",
    text: enText,
  },
  {
    id: "seed-002_e8120e5def90eb2b",
    url: "https://baotintuc.vn/chinh-tri/mo-ra-chuong-moi-trong-quan-he-huu-nghi-lau-doi-viet-nam-trieu-tien-20251011185712456.htm",
    // The original's headline ("Mở ra chương mới trong quan hệ hữu nghị lâu đời Việt Nam –
    // Triều Tiên", from its address), in the language of the stored text.
    title: "Membuka bab baharu dalam hubungan persahabatan lama Vietnam–Korea Utara",
    outlet: "baotintuc.vn",
    publisher: "Vietnam News Agency (VNA), Malay translation of the baotintuc.vn interview",
    language: "ms",
    // The interview was given at the end of the 9–11 October visit.
    published: "2025-10-11",
    text: msText,
  },
];
