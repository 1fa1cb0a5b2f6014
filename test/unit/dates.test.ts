import { describe, expect, it } from "vitest";
import { type FindDatesOptions, findDates, findPublished } from "../../src/analysis/dates";

/** The ISO values found, after checking every span against the text it came from. */
function isos(text: string, opts: FindDatesOptions = {}): string[] {
  const found = findDates(text, opts);
  for (const d of found) {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.end).toBeGreaterThan(d.start);
  }
  return found.map((d) => d.iso);
}

const VISIT = "2025-10-09/2025-10-11";

describe("findDates: the visit's dates in every form", () => {
  it.each<[string, string, FindDatesOptions]>([
    ["en", "The visit runs from October 9 to 11, 2025, Hanoi said.", { language: "en" }],
    ["en, range with a hyphen", "State visit, October 9-11, 2025", { language: "en" }],
    ["en, day first", "The visit runs from 9 to 11 October 2025.", { language: "en" }],
    ["vi, slashes", "Chuyến thăm diễn ra 9-11/10/2025 tại Bình Nhưỡng.", { language: "vi" }],
    [
      "vi, words",
      "Chuyến thăm cấp Nhà nước từ ngày 9 đến ngày 11 tháng 10 năm 2025 tại Triều Tiên.",
      { language: "vi" },
    ],
    ["ms", "Lawatan Negara pada 9-11 Oktober 2025 ke Pyongyang.", { language: "ms" }],
    ["id", "Kunjungan kenegaraan pada 9-11 Oktober 2025 ke Pyongyang.", { language: "id" }],
    ["fr", "Une visite d'État du 9 au 11 octobre 2025 à Pyongyang.", { language: "fr" }],
    ["es", "Una visita de Estado del 9 al 11 de octubre de 2025 a Pyongyang.", { language: "es" }],
    ["ru, dash", "Государственный визит 9–11 октября 2025 года в Пхеньян.", { language: "ru" }],
    ["ru, с … по", "Визит проходил с 9 по 11 октября 2025 года.", { language: "ru" }],
    ["zh", "苏林于2025年10月9日至11日对朝鲜进行国事访问。", { language: "zh" }],
    ["ko", "또 럼 서기장은 2025년 10월 9일부터 11일까지 평양을 방문했다.", { language: "ko" }],
    ["ko, tilde between bare days", "또 럼 서기장, 2025년 10월 9~11일 평양 국빈 방문", { language: "ko" }],
    ["zh, dash between bare days", "苏林2025年10月9—11日访问朝鲜。", { language: "zh" }],
    ["zh, full-width tilde", "2025年10月9日～11日，苏林访问朝鲜。", { language: "zh" }],
  ])("%s", (_label, text, opts) => {
    expect(isos(text, opts)).toEqual([VISIT]);
  });

  it("reads Vietnamese in NFD and in capitals like NFC lower case", () => {
    const text = "từ ngày 9 đến ngày 11 tháng 10 năm 2025";
    const nfd = text.normalize("NFD");
    expect(nfd.length).toBeGreaterThan(text.length);
    expect(isos(nfd, { language: "vi" })).toEqual([VISIT]);
    expect(isos(text.toUpperCase(), { language: "vi" })).toEqual([VISIT]);
    expect(isos(text.toUpperCase().normalize("NFD"), { language: "vi" })).toEqual([VISIT]);
  });

  it("keeps the span on the original NFD text, marks included", () => {
    const text = "Hôm nay, ngày 9 tháng 10 năm 2025, hai bên hội đàm.".normalize("NFD");
    const [d] = findDates(text, { language: "vi" });
    expect(d?.iso).toBe("2025-10-09");
    expect(d?.text.normalize("NFC")).toBe("ngày 9 tháng 10 năm 2025");
    expect(text.slice(d!.start, d!.end)).toBe(d!.text);
  });

  it("reads single days in French, Spanish, Russian, Chinese and Korean", () => {
    expect(isos("Il est arrivé le 1er mai 2025.", { language: "fr" })).toEqual(["2025-05-01"]);
    expect(isos("Llegó el 9 de octubre de 2025.", { language: "es" })).toEqual(["2025-10-09"]);
    expect(isos("Он прибыл 9 мая 2025 года.", { language: "ru" })).toEqual(["2025-05-09"]);
    expect(isos("2025年10月10日是劳动党建党80周年。", { language: "zh" })).toEqual(["2025-10-10"]);
    expect(isos("2025년 10월 10일 열병식이 열렸다.", { language: "ko" })).toEqual(["2025-10-10"]);
  });

  it("takes an ISO date as written", () => {
    expect(isos("Published 2025-10-12 by VNA.")).toEqual(["2025-10-12"]);
  });
});

describe("findDates: years", () => {
  it("completes a date written without a year from the publication date", () => {
    expect(isos("The visit runs from October 9 to 11.", { language: "en", published: "2025-10-08" })).toEqual(
      [VISIT],
    );
    expect(isos("苏林将于10月9日至11日访问朝鲜。", { language: "zh", published: "2025-10-07" })).toEqual([
      VISIT,
    ]);
    expect(isos("10월 9일~11일 평양 방문", { language: "ko", published: "2025-10-07" })).toEqual([VISIT]);
    expect(isos("Lawatan pada 9-11 Oktober.", { language: "ms", published: "2025-10-07" })).toEqual([VISIT]);
  });

  it("reads the publication date from the capture artefact at the top of the text", () => {
    const text = " date 2025-10-12 \nTổng Bí thư thăm Triều Tiên từ ngày 9 đến 11/10.";
    expect(findPublished(text)).toBe("2025-10-12");
    // The artefact itself is no date mention; the visit's dates take its year.
    expect(isos(text, { language: "vi" })).toEqual([VISIT]);
  });

  it("has no publication date when the text carries none", () => {
    expect(findPublished("Tổng Bí thư thăm Triều Tiên 2025-10-12")).toBeUndefined();
  });

  it("borrows a year written elsewhere in the text when there is no publication date", () => {
    expect(
      isos("Talks on October 9 opened a visit that ends on 11 October 2025.", { language: "en" }),
    ).toEqual(["2025-10-09", "2025-10-11"]);
  });

  it("skips a date whose year nothing tells", () => {
    expect(isos("The talks are on October 9.", { language: "en" })).toEqual([]);
  });

  it("rolls a range over the new year", () => {
    expect(isos("from December 30 to January 2", { language: "en", published: "2025-12-20" })).toEqual([
      "2025-12-30/2026-01-02",
    ]);
    expect(isos("del 30 de diciembre al 2 de enero de 2026", { language: "es" })).toEqual([
      "2025-12-30/2026-01-02",
    ]);
  });

  it("puts a yearless date in the year nearest to publication", () => {
    expect(isos("He will visit on January 3.", { language: "en", published: "2025-12-28" })).toEqual([
      "2026-01-03",
    ]);
    expect(isos("He visited on December 30.", { language: "en", published: "2026-01-04" })).toEqual([
      "2025-12-30",
    ]);
    expect(isos("He visits on October 9.", { language: "en", published: "2025-10-08" })).toEqual([
      "2025-10-09",
    ]);
  });
});

describe("findDates: what is no date", () => {
  it("rejects impossible days", () => {
    expect(isos("Ngày 31/02/2025 không tồn tại.", { language: "vi" })).toEqual([]);
    expect(isos("on February 30, 2025", { language: "en" })).toEqual([]);
    expect(isos("31 tháng 4 năm 2025", { language: "vi" })).toEqual([]);
    expect(isos("32/10/2025", { language: "vi" })).toEqual([]);
    expect(isos("9/13/2025", { language: "vi" })).toEqual([]);
  });

  it("knows leap years", () => {
    expect(isos("Ngày 29/2/2024 và ngày 29/2/2025.", { language: "vi" })).toEqual(["2024-02-29"]);
  });

  it("rejects a range that runs backwards", () => {
    expect(isos("11-9/10/2025", { language: "vi" })).toEqual([]);
  });

  it("does not read an ambiguous English d/m date", () => {
    expect(isos("on 9/10", { language: "en", published: "2025-10-08" })).toEqual([]);
    expect(isos("ngày 9/10", { language: "vi", published: "2025-10-08" })).toEqual(["2025-10-09"]);
  });

  it("ignores years out of range and plain numbers", () => {
    expect(isos("9 October 1500", { language: "en" })).toEqual([]);
    expect(isos("The 80th anniversary of the WPK, 10 delegations, 2025.", { language: "en" })).toEqual([]);
  });
});
