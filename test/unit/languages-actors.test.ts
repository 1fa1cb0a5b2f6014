import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";
import type { Analysis } from "../../src/contract/analysis";

// Short news paragraphs about the October 2025 visit, written for these tests in the style of each
// language's agency copy, and look-alikes that share the words but are not Vietnam–DPRK news.

const ids = (a: Analysis) => a.actors.map((x) => x.id);
const mentionsOf = (a: Analysis, id: string) =>
  a.actors.find((x) => x.id === id)?.mentions.map((m) => m.text) ?? [];

function expectSpansHold(text: string, a: Analysis): void {
  for (const actor of a.actors)
    for (const m of actor.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const c of a.commitments) expect(text.slice(c.start, c.end)).toBe(c.text);
}

interface Case {
  text: string;
  actors: string[];
}

const VISITS: Record<"id" | "fr" | "es" | "ru" | "zh" | "ko", Case> = {
  id: {
    text: [
      "Sekretaris Jenderal Partai Komunis Vietnam To Lam melakukan kunjungan kenegaraan ke Korea Utara pada 9-11 Oktober 2025 atas undangan Sekretaris Jenderal Partai Buruh Korea Kim Jong Un.",
      "Kedua belah pihak sepakat untuk memperkuat hubungan persahabatan tradisional. To Lam meletakkan karangan bunga untuk mengenang Presiden Kim Il Sung dan Presiden Ho Chi Minh.",
    ].join("\n"),
    actors: ["cpv", "to-lam", "dprk", "wpk", "kim-jong-un", "kim-il-sung", "ho-chi-minh"],
  },
  fr: {
    text: "Le secrétaire général du Parti communiste vietnamien, Tô Lâm, a effectué du 9 au 11 octobre 2025 une visite d'État en Corée du Nord, à l'invitation du dirigeant Kim Jong-un. Selon l'agence officielle KCNA, les deux parties sont convenues de renforcer la coopération dans l'économie, la culture et la santé, et de se coordonner à l'ONU. M. Lâm a rendu hommage à la mémoire d'Hô Chi Minh et de Kim Il-sung, fondateurs des relations entre le Vietnam et la RPDC.",
    actors: ["cpv", "to-lam", "dprk", "kim-jong-un", "kcna", "un", "ho-chi-minh", "kim-il-sung", "vietnam"],
  },
  es: {
    text: "El secretario general del Partido Comunista de Vietnam, To Lam, realizó una visita de Estado a Corea del Norte del 9 al 11 de octubre de 2025 por invitación del líder norcoreano Kim Jong Un. Ambas partes acordaron fortalecer la cooperación en economía, cultura, salud y agricultura, según la agencia KCNA. Los dos dirigentes recordaron que Ho Chi Minh y Kim Il Sung establecieron las relaciones diplomáticas entre Vietnam y la RPDC.",
    actors: ["cpv", "to-lam", "dprk", "kim-jong-un", "kcna", "ho-chi-minh", "kim-il-sung", "vietnam"],
  },
  ru: {
    text: "Генеральный секретарь ЦК Коммунистической партии Вьетнама То Лам 9–11 октября 2025 года находился с государственным визитом в КНДР по приглашению Ким Чен Ына. Как сообщает ЦТАК, стороны договорились укреплять сотрудничество в области экономики, культуры и здравоохранения. Ким Чен Ын и То Лам вспомнили, что дружбу между Вьетнамом и КНДР заложили Хо Ши Мин и Ким Ир Сен. Трудовая партия Кореи и Компартия Вьетнама будут развивать обмены.",
    actors: ["cpv", "to-lam", "dprk", "kim-jong-un", "kcna", "vietnam", "ho-chi-minh", "kim-il-sung", "wpk"],
  },
  zh: {
    text: "应朝鲜劳动党总书记、国务委员长金正恩邀请，越共中央总书记苏林于2025年10月9日至11日对朝鲜进行国事访问。双方同意加强两党两国传统友谊，推动经贸、文化、教育和卫生等领域合作。越南与朝鲜签署了多项合作协议。苏林还缅怀了胡志明主席和金日成主席、金正日总书记。",
    actors: [
      "wpk",
      "kim-jong-un",
      "cpv",
      "to-lam",
      "dprk",
      "vietnam",
      "ho-chi-minh",
      "kim-il-sung",
      "kim-jong-il",
    ],
  },
  ko: {
    text: "또 럼 베트남 공산당 서기장은 김정은 국무위원장의 초청으로 2025년 10월 9일부터 11일까지 평양을 국빈 방문했다. 조선중앙통신에 따르면 양측은 조선로동당과 베트남공산당 사이의 교류를 강화하기로 합의했다. 베트남과 북한은 보건, 문화 분야 협력 협정에 서명했다. 또 럼 서기장은 김일성 주석과 김정일 국방위원장의 동상에 헌화했다.",
    actors: ["to-lam", "cpv", "kim-jong-un", "kcna", "wpk", "vietnam", "dprk", "kim-il-sung", "kim-jong-il"],
  },
};

describe("Vietnam–DPRK visit coverage in other languages", () => {
  for (const [code, c] of Object.entries(VISITS)) {
    it(`${code}: relevant, with the known actors`, () => {
      const a = analyse(c.text);
      expect(a.language).toBe(code);
      expect(a.relevance.relevant).toBe(true);
      expect(a.relevance.score).toBeGreaterThanOrEqual(0.5);
      expect(ids(a)).toEqual(expect.arrayContaining(c.actors));
      for (const id of c.actors) expect(a.actors.find((x) => x.id === id)?.known).toBe(true);
      expect(a.dates.map((d) => d.iso)).toEqual(["2025-10-09/2025-10-11"]);
      expectSpansHold(c.text, a);
    });
  }

  it("gives each actor its side", () => {
    const a = analyse(VISITS.zh.text);
    const side = (id: string) => a.actors.find((x) => x.id === id)?.side;
    expect(side("to-lam")).toBe("vietnam");
    expect(side("cpv")).toBe("vietnam");
    expect(side("kim-jong-un")).toBe("dprk");
    expect(side("wpk")).toBe("dprk");
  });

  it("gives roles from titles that stand before a name", () => {
    const zh = analyse(VISITS.zh.text);
    expect(zh.actors.find((x) => x.id === "to-lam")?.roles).toContain("General Secretary");
    expect(zh.actors.find((x) => x.id === "kim-jong-un")?.roles).toContain("President of the State Affairs");
    const ru = analyse(VISITS.ru.text);
    expect(ru.actors.find((x) => x.id === "to-lam")?.roles).toContain("General Secretary");
  });

  it("finds agreements in French, Spanish, Russian, Chinese and Korean copy", () => {
    const agreed = (code: keyof typeof VISITS) =>
      analyse(VISITS[code].text).commitments.find((c) => c.kind === "agreed");
    expect(agreed("fr")?.areas).toEqual(["economy", "culture", "health", "multilateral"]);
    expect(agreed("es")?.areas).toEqual(["economy", "culture", "health", "agriculture"]);
    expect(agreed("ru")?.areas).toEqual(["economy", "culture", "health"]);
    expect(agreed("zh")?.areas).toEqual(["economy", "culture", "education", "health"]);
    expect(agreed("ko")?.actors).toEqual(expect.arrayContaining(["vietnam", "dprk"]));
    const koSigned = analyse(VISITS.ko.text).commitments.find((c) => c.kind === "signed");
    expect(koSigned?.areas).toEqual(["health", "culture"]);
  });
});

describe("other kinds of coverage: ambassadors, messages, the DPRK's own copy", () => {
  it("ru: an ambassador's call, with declined titles giving roles and sides", () => {
    const a = analyse(
      "Посол Вьетнама в КНДР Ле Ба Винь встретился с заместителем министра иностранных дел КНДР Пак Мён Хо. Стороны обсудили подготовку к визиту вьетнамской делегации в Пхеньян.",
    );
    expect(a.relevance.relevant).toBe(true);
    const vinh = a.actors.find((x) => x.id === "le-ba-vinh");
    const pak = a.actors.find((x) => x.id === "pak-myong-ho");
    expect(vinh?.roles).toEqual(["Ambassador"]);
    expect(vinh?.side).toBe("vietnam");
    expect(pak?.roles).toEqual(["Deputy Minister of Foreign Affairs"]);
    expect(pak?.side).toBe("dprk");
  });

  it("ru: discovers a person the lexicon does not know from the title before the name", () => {
    const a = analyse("Посол КНДР во Вьетнаме Ли Хён Чоль вручил верительные грамоты.");
    const found = a.actors.find((x) => !x.known);
    expect(found?.name).toBe("Ли Хён Чоль");
    expect(found?.roles).toEqual(["Ambassador"]);
    expect(found?.side).toBe("dprk");
  });

  it("id: an ambassador's call", () => {
    const a = analyse(
      "Duta Besar Vietnam untuk Korea Utara Le Ba Vinh bertemu dengan Wakil Menteri Luar Negeri Korea Utara Pak Myong Ho di Pyongyang untuk membahas persiapan kunjungan delegasi Vietnam.",
    );
    expect(a.relevance.relevant).toBe(true);
    expect(a.actors.find((x) => x.id === "le-ba-vinh")?.roles).toEqual(["Ambassador"]);
    expect(a.actors.find((x) => x.id === "pak-myong-ho")?.roles).toEqual([
      "Deputy Minister of Foreign Affairs",
    ]);
  });

  it("zh: a congratulatory message", () => {
    const a = analyse(
      "朝鲜劳动党总书记金正恩致电越共中央总书记苏林，祝贺越南国庆80周年。金正恩表示，朝越传统友谊将不断发展。",
    );
    expect(a.relevance.relevant).toBe(true);
    expect(ids(a)).toEqual(["wpk", "kim-jong-un", "cpv", "to-lam", "vietnam"]);
  });

  it("ko: KCNA's own Korean, with honorifics glued to the names", () => {
    const a = analyse(
      "조선로동당 총비서이시며 조선민주주의인민공화국 국무위원장이신 김정은동지께서 윁남공산당 중앙위원회 총비서 또 럼동지를 평양국제비행장에서 따뜻이 맞이하시였다.",
    );
    expect(a.relevance.relevant).toBe(true);
    expect(ids(a)).toEqual(["wpk", "dprk", "kim-jong-un", "cpv", "to-lam"]);
  });
});

describe("names inside running CJK and Hangul text, and French elision", () => {
  it("matches Chinese names with no spaces around them", () => {
    const text = "越南与朝鲜签署了合作协议";
    const a = analyse(text);
    expect(mentionsOf(a, "vietnam")).toEqual(["越南"]);
    expect(mentionsOf(a, "dprk")).toEqual(["朝鲜"]);
    expect(a.commitments.map((c) => c.kind)).toEqual(["signed"]);
  });

  it("matches Korean names with particles glued to them", () => {
    const text = "베트남과 북한은 협력 협정에 서명했다";
    const a = analyse(text);
    expect(mentionsOf(a, "vietnam")).toEqual(["베트남"]);
    expect(mentionsOf(a, "dprk")).toEqual(["북한"]);
    expect(a.commitments.map((c) => c.kind)).toEqual(["signed"]);
    expectSpansHold(text, a);
  });

  it("prefers the longer name that contains a shorter one", () => {
    const a = analyse("朝鲜劳动党和越南共产党代表团在胡志明市会谈。");
    expect(ids(a)).toEqual(["wpk", "cpv"]);
    const ko = analyse("조선로동당 대표단이 호찌민시를 방문했다.");
    expect(ids(ko)).toEqual(["wpk"]);
  });

  it("reads the DPRK's own Korean spellings", () => {
    const a = analyse("조선중앙통신에 따르면 김정은 동지는 윁남공산당 대표단을 접견하였다.");
    expect(ids(a)).toEqual(["kcna", "kim-jong-un", "cpv"]);
  });

  it("does not read places named after people as the people", () => {
    expect(ids(analyse("또 럼 서기장은 김일성광장에서 열린 환영 행사에 참석했다."))).toEqual(["to-lam"]);
    expect(ids(analyse("苏林在金日成广场出席欢迎仪式，随后参观了胡志明市。"))).toEqual(["to-lam"]);
    expect(ids(analyse("Ким Чен Ын посетил мавзолей Хо Ши Мина."))).toEqual(["kim-jong-un"]);
    expect(ids(analyse("Tô Lâm s'est rendu place Kim Il-sung."))).toEqual(["to-lam"]);
  });

  it("reads Chinese 越方/朝方 as the two sides, but not inside 超越 (surpass)", () => {
    expect(ids(analyse("越方重申支持朝方立场。"))).toEqual(["vietnam", "dprk"]);
    expect(ids(analyse("两国关系不断超越方方面面的障碍。"))).toEqual([]);
  });

  it("does not read shipbuilding (조선업, 조선소) as the DPRK", () => {
    const a = analyse("한국 조선업계는 베트남에 조선소를 세웠다.");
    expect(ids(a)).not.toContain("dprk");
  });

  it("matches names after a French elided article", () => {
    const text = "Le Vietnam a salué le rôle de l'ONU et la mémoire d'Hô Chi Minh.";
    const a = analyse(text);
    expect(mentionsOf(a, "un")).toEqual(["ONU"]);
    expect(mentionsOf(a, "ho-chi-minh")).toEqual(["Hô Chi Minh"]);
    expectSpansHold(text, a);
  });

  it("follows Russian declension", () => {
    const a = analyse("Визит Ким Чен Ына во Вьетнам. Переговоры с То Ламом прошли в Ханое.");
    expect(mentionsOf(a, "kim-jong-un")).toEqual(["Ким Чен Ына"]);
    expect(mentionsOf(a, "to-lam")).toEqual(["То Ламом"]);
    expect(mentionsOf(a, "vietnam")).toEqual(["Вьетнам"]);
  });
});

describe("Indonesian commitments", () => {
  const text = [
    "Sekretaris Jenderal Partai Komunis Vietnam To Lam melakukan kunjungan kenegaraan ke Korea Utara pada 9-11 Oktober 2025 atas undangan Sekretaris Jenderal Partai Buruh Korea Kim Jong Un.",
    "Dalam pembicaraan di Pyongyang, kedua belah pihak sepakat untuk memperkuat kerja sama ekonomi, pariwisata, kebudayaan, pendidikan dan kesehatan.",
    "Kedua negara juga menandatangani perjanjian di bidang penerbangan sipil dan bantuan hukum.",
    "Vietnam menegaskan kembali dukungan konsisten terhadap perdamaian dan stabilitas di Semenanjung Korea.",
    "To Lam mengusulkan agar kedua negara memperluas kerja sama di bidang pertanian dan olahraga.",
    "Kedua pemimpin diharapkan membahas kerja sama kesehatan dalam kunjungan berikutnya.",
    "Pertama, kedua pihak akan meningkatkan kepercayaan politik dan pertukaran delegasi.",
    "Kedua, kedua pihak akan berkoordinasi erat di PBB dan Gerakan Non-Blok.",
    "Foto: VNA",
  ].join("\n");
  const a = analyse(text);

  it("is Indonesian and relevant", () => {
    expect(a.language).toBe("id");
    expect(a.relevance.relevant).toBe(true);
  });

  it("finds each commitment with its kind and areas", () => {
    expect(a.commitments.map((c) => [c.kind, c.areas])).toEqual([
      ["agreed", ["economy", "tourism", "culture", "education", "health"]],
      ["signed", ["transport-aviation", "justice"]],
      ["reaffirmed", ["peace-stability"]],
      ["proposed", ["agriculture", "sports"]],
      ["expected", ["health"]],
      ["agreed", ["politics"]],
      ["agreed", ["multilateral"]],
    ]);
    expectSpansHold(text, a);
  });

  it("names both sides as committing when the subject is both", () => {
    const joint = a.commitments.filter((c) => c.kind === "agreed" || c.kind === "signed");
    expect(joint).toHaveLength(4);
    for (const c of joint) expect(c.actors).toEqual(expect.arrayContaining(["vietnam", "dprk"]));
    // "kedua negara" as the object of To Lam's proposal makes no joint subject.
    expect(a.commitments.find((c) => c.kind === "proposed")?.actors).toEqual(["to-lam"]);
  });

  it("gives a signed agreement the CAMEO code 057", () => {
    expect(a.commitments.find((c) => c.kind === "signed")?.cameo).toBe("057");
  });

  it("knows the multilateral bodies and leaves the photo credit out", () => {
    expect(ids(a)).toEqual(expect.arrayContaining(["un", "nam", "to-lam", "kim-jong-un", "cpv", "wpk"]));
    expect(ids(a)).not.toContain("vna");
  });

  it("takes roles from Indonesian titles", () => {
    const b = analyse(
      "Wakil Menteri Luar Negeri Nguyen Minh Vu menerima Duta Besar Korea Utara Ri Yong Ho di Hanoi untuk membahas kunjungan kenegaraan Sekretaris Jenderal To Lam.",
    );
    expect(b.actors.find((x) => x.id === "nguyen-minh-vu")?.roles).toContain(
      "Deputy Minister of Foreign Affairs",
    );
    expect(b.actors.find((x) => x.id === "ri-yong-ho")?.roles).toContain("Ambassador");
    expect(b.actors.find((x) => x.id === "to-lam")?.roles).toContain("General Secretary");
  });
});

describe("look-alikes in other languages are not relevant", () => {
  it.each([
    [
      "ko: Vietnam–ROK, with shipbuilding (조선)",
      "또 럼 베트남 공산당 서기장은 서울에서 대통령과 정상회담을 가졌다. 양국은 조선 산업과 반도체 분야에서 협력을 확대하기로 합의했다. 한국과 베트남의 교역은 크게 늘었다.",
    ],
    [
      "zh: China–DPRK",
      "中国国家主席习近平与朝鲜劳动党总书记金正恩在北京举行会谈。双方同意加强中朝传统友谊。中国和朝鲜将深化合作。",
    ],
    [
      "ru: Russia–DPRK",
      "Президент России провёл переговоры с Ким Чен Ыном в Пхеньяне. Россия и КНДР подписали договор о всеобъемлющем стратегическом партнёрстве.",
    ],
    [
      "fr: Vietnam–ROK",
      "Le président sud-coréen a reçu à Séoul le Premier ministre vietnamien Pham Minh Chinh. La Corée du Sud et le Vietnam ont signé des accords dans l'énergie.",
    ],
    [
      "es: US–DPRK summit held in Hanoi",
      "El presidente de Estados Unidos y el líder norcoreano Kim Jong Un se reunieron en Hanói en 2019. La cumbre terminó sin acuerdo.",
    ],
    [
      "id: Vietnam–ROK",
      "Presiden Korea Selatan menerima Perdana Menteri Vietnam Pham Minh Chinh di Seoul. Korea Selatan dan Vietnam sepakat memperkuat kerja sama perdagangan.",
    ],
  ])("%s", (_label, text) => {
    expect(analyse(text).relevance.relevant).toBe(false);
  });
});
