import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/analysis/language";

// Short texts in the style of the news this product reads; each must be told apart on its own.
const SAMPLES: Record<string, string> = {
  vi: "Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Triều Tiên Kim Jong Un tại Bình Nhưỡng. Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực văn hóa, du lịch và thể thao.",
  en: "General Secretary To Lam held talks with Kim Jong Un in Pyongyang on Thursday. The two sides agreed to strengthen cooperation in health, culture and agriculture, and said the visit would deepen their traditional friendship.",
  ms: "Setiausaha Agung Parti Komunis Vietnam To Lam mengadakan lawatan rasmi ke Korea Utara. Kedua-dua pihak bersetuju untuk mengukuhkan kerjasama dalam bidang ekonomi, pelancongan dan pendidikan, kerana hubungan itu penting bagi kedua-dua negara.",
  id: "Sekretaris Jenderal Partai Komunis Vietnam To Lam melakukan kunjungan kenegaraan ke Korea Utara. Kedua belah pihak sepakat untuk memperkuat kerja sama di bidang ekonomi, pariwisata dan pendidikan, karena hubungan tersebut penting bagi kedua negara.",
  fr: "Le secrétaire général du Parti communiste vietnamien, Tô Lâm, est arrivé jeudi à Pyongyang pour une visite d'État. Les deux pays sont convenus de renforcer leur coopération dans la santé et la culture.",
  es: "El secretario general del Partido Comunista de Vietnam, To Lam, llegó el jueves a Pyongyang para una visita de Estado. Ambos países acordaron fortalecer la cooperación en salud, cultura y agricultura.",
  ru: "Генеральный секретарь ЦК Коммунистической партии Вьетнама То Лам прибыл в Пхеньян с государственным визитом. Стороны договорились укреплять сотрудничество.",
  zh: "越共中央总书记苏林抵达平壤，对朝鲜进行国事访问。双方同意加强两党两国传统友谊。",
  ko: "또 럼 베트남 공산당 서기장이 평양에 도착해 국빈 방문을 시작했다. 양측은 협력을 강화하기로 합의했다.",
};

describe("detectLanguage", () => {
  for (const [code, text] of Object.entries(SAMPLES)) {
    it(`tells ${code}`, () => {
      expect(detectLanguage(text)).toBe(code);
    });
  }

  it("reads Vietnamese written without diacritics", () => {
    const text =
      "Tong Bi thu To Lam hoi dam voi Chu tich Kim Jong Un tai Binh Nhuong. Hai ben nhat tri tang cuong hop tac trong cac linh vuc van hoa, du lich va the thao giua hai nuoc.";
    expect(detectLanguage(text)).toBe("vi");
  });

  it("reads Vietnamese in NFD as in NFC", () => {
    const nfd = SAMPLES.vi!.normalize("NFD");
    expect(nfd).not.toBe(SAMPLES.vi);
    expect(detectLanguage(nfd)).toBe("vi");
  });

  it("reads upper-case Vietnamese headlines", () => {
    expect(detectLanguage("TỔNG BÍ THƯ TÔ LÂM HỘI ĐÀM VỚI TỔNG BÍ THƯ, CHỦ TỊCH NƯỚC TRIỀU TIÊN")).toBe("vi");
  });

  it("keeps Malay and Indonesian apart in both directions on near-identical sentences", () => {
    const ms =
      "Kerajaan Malaysia berkata bahawa lawatan itu penting kerana kerjasama pelancongan boleh diperluas selepas ini.";
    const id =
      "Pemerintah Indonesia mengatakan bahwa kunjungan tersebut penting karena kerja sama pariwisata bisa diperluas setelah ini.";
    expect(detectLanguage(ms)).toBe("ms");
    expect(detectLanguage(id)).toBe("id");
  });

  it('is not swayed by romanised Korean given names ("Jong-un", "Il-sung") in English', () => {
    const headline = "Kim Jong-un greets Tô Lâm in Pyongyang under Kim Il-sung, Kim Jong-il portraits";
    expect(detectLanguage(headline)).toBe("en");
  });

  it("falls back to English on text without letters", () => {
    expect(detectLanguage("2025 — 10/11 — 12:30")).toBe("en");
  });
});
