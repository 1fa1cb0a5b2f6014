import { describe, expect, it } from "vitest";
import { koreanVariants } from "../../src/analysis/lexicon-index";
import { compilePhrase } from "../../src/analysis/matcher";
import { scan } from "../../src/analysis/scan";
import { AREA_IDS, COMMITMENT_KINDS } from "../../src/contract/analysis";
import { ENTITIES, type LangCode, LEXICONS, PLACES } from "../../src/lexicon";

// A neutral sentence of each language with a slot for a name: the words around the slot must not
// join the name into anything longer.
const FRAMES: Record<LangCode, string> = {
  vi: "Theo phóng viên, {} được nhắc tới nhiều lần.",
  en: "According to reporters, {} was mentioned again.",
  ms: "Menurut wartawan, {} disebut sekali lagi.",
  id: "Menurut wartawan, {} disebut sekali lagi.",
  fr: "Selon les journalistes, {} a été cité.",
  es: "Según los periodistas, {} fue citado.",
  de: "Laut Reportern wurde {} erneut erwähnt.",
  ru: "По словам журналистов, {} упоминается снова.",
  zh: "据记者报道，{}再次被提及。",
  ja: "記者によると、{}が再び言及された。",
  ko: "기자들에 따르면 {}가 다시 언급됐다.",
};

const ALL_CODES = Object.keys(FRAMES) as LangCode[];
const entityIds = new Set(ENTITIES.map((e) => e.id));
const placeIds = new Set(PLACES.map((p) => p.id));
const SIDES = new Set(["vietnam", "dprk", "other"]);
const STRENGTHS = new Set(["strong", "future", "weak", "block"]);

/** "То Лам*" is written "То Лам" in text: the star marks a prefix. */
const spelled = (alias: string) => alias.replace(/\*$/, "");

/** What resolves the alias in the frame: the name match that covers exactly the alias. */
function resolve(code: LangCode, alias: string): string | undefined {
  const frame = FRAMES[code];
  const text = frame.replace("{}", spelled(alias));
  const start = frame.indexOf("{}");
  // A match ends with its last word: "U.S." is matched as "U.S".
  const end = start + spelled(alias).replace(/[^\p{L}\p{M}\p{N}]+$/u, "").length;
  const sc = scan(text, code);
  const m = sc.names.find((n) => n.start === start && n.end === end);
  if (!m) return undefined;
  if (m.payload.cat === "entity") return `entity:${m.payload.entity.id}`;
  if (m.payload.cat === "place") return `place:${m.payload.place.id}`;
  return m.payload.cat;
}

describe("LEXICONS", () => {
  it("holds one lexicon for each of the eleven languages", () => {
    expect(LEXICONS.map((l) => l.code).sort()).toEqual([...ALL_CODES].sort());
  });

  it("names every entity in at least one language", () => {
    const named = new Set(LEXICONS.flatMap((l) => Object.keys(l.aliases)));
    expect(ENTITIES.map((e) => e.id).filter((id) => !named.has(id))).toEqual([]);
  });

  it("has unique entity and place ids", () => {
    expect(entityIds.size).toBe(ENTITIES.length);
    expect(placeIds.size).toBe(PLACES.length);
  });
});

for (const lang of LEXICONS) {
  describe(`lexicon ${lang.code}`, () => {
    it("refers only to entities and places that exist", () => {
      const unknownEntities = [...Object.keys(lang.aliases), ...Object.keys(lang.shortAliases ?? {})].filter(
        (id) => !entityIds.has(id),
      );
      const unknownPlaces = Object.keys(lang.places ?? {}).filter((id) => !placeIds.has(id));
      expect(unknownEntities).toEqual([]);
      expect(unknownPlaces).toEqual([]);
    });

    it("resolves every alias, in a sentence of its language, to its own entity", () => {
      const wrong: string[] = [];
      for (const [id, aliases] of Object.entries(lang.aliases)) {
        expect(aliases.length).toBeGreaterThan(0);
        for (const alias of aliases) {
          const got = resolve(lang.code, alias);
          if (got !== `entity:${id}`) wrong.push(`${alias} → ${got ?? "nothing"} (want ${id})`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it("resolves every place name to its place", () => {
      const wrong: string[] = [];
      for (const [id, names] of Object.entries(lang.places ?? {})) {
        for (const name of names) {
          const got = resolve(lang.code, name);
          if (got !== `place:${id}`) wrong.push(`${name} → ${got ?? "nothing"} (want ${id})`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it("uses only valid commitment kinds, cue strengths, areas and sides", () => {
      for (const cue of lang.cues) {
        expect(COMMITMENT_KINDS, cue.text).toContain(cue.kind);
        expect(STRENGTHS.has(cue.strength), cue.text).toBe(true);
        if (cue.cameo !== undefined) expect(cue.cameo, cue.text).toMatch(/^\d{3,4}$/);
      }
      for (const w of lang.areaWords) expect(AREA_IDS, w.text).toContain(w.area);
      for (const t of lang.titles) if (t.side) expect(SIDES.has(t.side), t.text).toBe(true);
      for (const side of Object.keys(lang.demonyms ?? {})) expect(SIDES.has(side)).toBe(true);
    });

    it("compiles every phrase to at least one token", () => {
      const phrases = [
        ...lang.titles.map((t) => t.text),
        ...lang.cues.map((c) => c.text),
        ...lang.areaWords.map((w) => w.text),
        ...lang.jointSubjects,
        ...lang.relationWords,
        ...lang.creditCues,
        ...lang.listOpeners,
        ...Object.values(lang.shortAliases ?? {}).flat(),
      ];
      const empty = phrases.filter((p) => compilePhrase(p, null, false) === null);
      expect(empty).toEqual([]);
    });
  });
}

describe("aliases across languages", () => {
  it("never give one spelling to two different actors or places", () => {
    // The key is what the matcher compares: folded tokens and the capitals the spelling demands.
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (text: string, who: string) => {
      const phrase = compilePhrase(text, null, true);
      if (!phrase) return;
      const key = phrase.tokens.map((t) => `${t.fold}${t.prefix ? "*" : ""}/${t.caps}`).join(" ");
      const before = owner.get(key);
      if (before !== undefined && before !== who) clashes.push(`"${text}": ${before} and ${who}`);
      owner.set(key, who);
    };
    const byId = new Map(ENTITIES.map((e) => [e.id, e]));
    for (const lang of LEXICONS) {
      for (const [id, aliases] of Object.entries(lang.aliases)) {
        for (const alias of aliases) {
          const forms = byId.get(id)?.koreanName ? koreanVariants(alias) : [alias];
          for (const form of forms) claim(form, `entity:${id}`);
        }
      }
      for (const [id, names] of Object.entries(lang.places ?? {}))
        for (const n of names) claim(n, `place:${id}`);
    }
    expect(clashes).toEqual([]);
  });

  it("never give one spelling of a cue or area word two meanings", () => {
    // All lexicons are matched against every text, so a false friend ("keamanan": security in
    // Indonesian, peace in Malay) would take whichever meaning was compiled first.
    const meaning = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (text: string, what: string) => {
      const key = compilePhrase(text, null, false)!
        .tokens.map((t) => t.fold + (t.prefix ? "*" : ""))
        .join(" ");
      const before = meaning.get(key);
      if (before !== undefined && before !== what) clashes.push(`"${text}": ${before} and ${what}`);
      meaning.set(key, what);
    };
    for (const lang of LEXICONS) {
      for (const w of lang.areaWords) claim(w.text, `area ${w.area}`);
      for (const c of lang.cues) claim(c.text, `cue ${c.kind}/${c.strength}`);
    }
    expect(clashes).toEqual([]);
  });

  it("derive the hyphenated and joined forms of romanised Korean names", () => {
    expect(resolve("en", "Kim Jong-un")).toBe("entity:kim-jong-un");
    expect(resolve("fr", "Kim Il-sung")).toBe("entity:kim-il-sung");
    expect(resolve("es", "Kim Jong-il")).toBe("entity:kim-jong-il");
    expect(resolve("en", "Choi Son Hui")).toBe("entity:choe-son-hui");
  });

  it("decline Russian names through their prefix entries", () => {
    for (const form of ["Ким Чен Ына", "Ким Чен Ыну", "Ким Чен Ыном"]) {
      expect(resolve("ru", form)).toBe("entity:kim-jong-un");
    }
    expect(resolve("ru", "То Ламом")).toBe("entity:to-lam");
    expect(resolve("ru", "Хо Ши Мина")).toBe("entity:ho-chi-minh");
    for (const form of ["Ханой", "Ханоя", "Ханое"]) expect(resolve("ru", form)).toBe("place:hanoi");
    expect(resolve("ru", "Пхеньяне")).toBe("place:pyongyang");
  });
});
