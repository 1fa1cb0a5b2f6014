import { describe, expect, it } from "vitest";
import { actorIds, analyse } from "./fixtures";

// Actors, sides and look-alikes in texts of our own (vi, en, ms, de, ja).

const sideOf = (text: string, name: string) => analyse(text).actors.find((a) => a.name === name)?.side;

describe("actors", () => {
  it("finds the friendship associations and VUFO on their sides (vi, en)", () => {
    const vi = analyse(
      "Chủ tịch VUFO tiếp đoàn Hội hữu nghị Triều Tiên - Việt Nam. Hội hữu nghị Việt Nam - Triều Tiên cam kết tăng cường giao lưu nhân dân.",
    );
    expect(actorIds(vi)).toEqual(
      expect.arrayContaining(["vufo", "dprk-vn-friendship", "vn-dprk-friendship"]),
    );
    expect(vi.actors.find((a) => a.id === "dprk-vn-friendship")!.side).toBe("dprk");
    const en = analyse(
      "The Vietnam-DPRK Friendship Association and the DPRK-Vietnam Friendship Association agreed to boost youth exchanges.",
    );
    expect(actorIds(en)).toEqual(expect.arrayContaining(["vn-dprk-friendship", "dprk-vn-friendship"]));
  });

  it("leaves an organisation that is only part of a title out, but keeps it when it acts", () => {
    const only = analyse(
      "Vice Chairman of the National Assembly Tran Quang Phuong met DPRK officials in Hanoi.",
    );
    expect(actorIds(only)).not.toContain("vn-national-assembly");
    const acts = analyse(
      "Vice Chairman of the National Assembly Tran Quang Phuong met DPRK officials. The National Assembly pledged to expand exchanges with the DPRK.",
    );
    expect(actorIds(acts)).toContain("vn-national-assembly");
  });

  it("reads a Vietnamese given name that is also a country as part of the name (vi, ms)", () => {
    for (const text of [
      "Đại sứ Nguyễn Phương Nga tiếp đoàn đại biểu Triều Tiên.",
      "Duta Nguyen Phuong Nga menerima delegasi Korea Utara.",
    ]) {
      const a = analyse(text);
      expect(actorIds(a)).not.toContain("russia");
      expect(a.actors.some((x) => x.name.endsWith("Nga") && x.side === "vietnam")).toBe(true);
    }
  });

  it("gives a Korean-shaped name no DPRK side without evidence (en, vi, ms)", () => {
    expect(
      sideOf("Coach Park Hang Seo said Viet Nam's footballers trained hard in Hanoi.", "Park Hang Seo"),
    ).not.toBe("dprk");
    expect(
      sideOf(
        "Huấn luyện viên Park Hang Seo cho biết đội tuyển Việt Nam đã tập luyện chăm chỉ.",
        "Park Hang Seo",
      ),
    ).not.toBe("dprk");
    expect(
      sideOf("Jurulatih Park Hang Seo berkata pasukan Vietnam berlatih keras.", "Park Hang Seo"),
    ).not.toBe("dprk");
    // With the North named in the sentence, the same shape is the DPRK's.
    expect(sideOf("North Korean envoy Ri Sung Guk met Vietnamese officials.", "Ri Sung Guk")).toBe("dprk");
  });
});

describe("look-alikes", () => {
  it("a US–DPRK summit hosted in Hanoi is not Vietnam–DPRK coverage (en, ms)", () => {
    const en = analyse(
      "North Korea's envoy for the United States arrived in Vietnam on Wednesday to prepare the second summit.\n\nThe North Korean officials met United States negotiators in Hanoi.\n\nAccording to the United States State Department, the envoy for North Korea travelled to Hanoi on Tuesday.\n\nThe talks are expected to start on Thursday.",
    );
    expect(en.relevance.relevant).toBe(false);
    const ms = analyse(
      "Wakil khas Korea Utara untuk AS tiba di Vietnam pada hari Rabu untuk menyediakan sidang kemuncak kedua.\n\nPegawai Korea Utara bertemu perunding AS di Hanoi.\n\nMenurut Jabatan Negara AS, wakil khas untuk Korea Utara berangkat ke Hanoi pada hari Selasa.\n\nRundingan dijangka bermula pada hari Khamis.",
    );
    expect(ms.relevance.relevant).toBe(false);
  });

  it("Vietnam–South Korea ties are not Vietnam–DPRK coverage (de, ms)", () => {
    const de = analyse(
      "KPV-Generalsekretär Nguyen Phu Trong trifft Südkoreas Parlamentspräsident Kim Jin-pyo. Beide Seiten sollten den Austausch der hochrangigen Delegationen fördern.",
    );
    expect(de.relevance.relevant).toBe(false);
    expect(de.actors.find((a) => a.name === "Kim Jin-pyo")?.side).toBe("other");
    const ms = analyse(
      "Perdana Menteri Vietnam menerima Duta Korea Selatan Choi Young Sam. Kedua-dua pihak bersetuju menggalakkan perdagangan.",
    );
    expect(ms.relevance.relevant).toBe(false);
  });
});

describe("German and Japanese", () => {
  it("reads a German Vietnam–DPRK report: relevance, actors, commitments", () => {
    const a = analyse(
      "Nordkoreas neuer Botschafter traf in Hanoi ein.\n\nEr überreichte dem vietnamesischen Außenministerium eine Kopie seines Beglaubigungsschreibens. Die stellvertretende Direktorin im vietnamesischen Außenministerium begrüßte ihn. Sie äußerte die Hoffnung, dass er zur Förderung der Freundschaft zwischen Vietnam und Nordkorea beitragen werde.",
    );
    expect(a.language).toBe("de");
    expect(a.relevance.relevant).toBe(true);
    expect(actorIds(a)).toEqual(expect.arrayContaining(["dprk", "vietnam", "vn-mofa"]));
    expect(a.commitments.map((c) => c.kind)).toEqual(["expected"]);
  });

  it("reads a Japanese Vietnam–DPRK report: relevance, actors, commitments", () => {
    const a = analyse(
      "ベトナムと北朝鮮の外相が会談した。\n\nトー・ラム書記長は北朝鮮を公式訪問する予定だ。両国は経済と文化の協力を強化することで合意した。",
    );
    expect(a.language).toBe("ja");
    expect(a.relevance.relevant).toBe(true);
    expect(actorIds(a)).toEqual(expect.arrayContaining(["vietnam", "dprk", "to-lam"]));
    expect(a.commitments.map((c) => c.kind)).toEqual(["expected", "agreed"]);
    expect(a.areas).toEqual(expect.arrayContaining(["economy", "culture"]));
  });
});
