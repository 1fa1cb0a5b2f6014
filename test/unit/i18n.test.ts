import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Window } from "happy-dom";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi as vitest } from "vitest";
import { fakeBrowser } from "wxt/testing";
import { AREA_IDS, COMMITMENT_KINDS } from "../../src/contract/analysis";
import { actorTypeKey, areaKey, kindKey, sideKey } from "../../src/i18n/labels";
import { t, uiLanguage } from "../../src/i18n/t";
import { S } from "../../src/library/strings";
import { actorCard, commitmentCard } from "../../src/page/card-content";
import { renderVerdict } from "../../src/popup/render-verdict";
import { getMessageIn, readMessages } from "./helpers/messages";

const ROOT = resolve(__dirname, "../..");
const en = readMessages("en");
const vi = readMessages("vi");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) ? [path] : [];
  });
}

/** Message keys the code names literally: t("key"…), t(cond ? "a" : "b"), __MSG_key__. */
function keysUsedIn(text: string): string[] {
  const keys = [...text.matchAll(/\bt\(\s*"(\w+)"/g)].map((m) => m[1]!);
  for (const m of text.matchAll(/\bt\(\s*[\w.!= ]+\?\s*"(\w+)"\s*:\s*"(\w+)"/g)) keys.push(m[1]!, m[2]!);
  for (const m of text.matchAll(/__MSG_(\w+)__/g)) keys.push(m[1]!);
  return keys;
}

const placeholders = (message: string) =>
  [...message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe("the two UI languages", () => {
  it("have the same keys, none empty", () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of [...Object.entries(en), ...Object.entries(vi)]) {
      expect(entry.message.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders, each one defined", () => {
    for (const key of Object.keys(en)) {
      const a = en[key]!;
      const b = vi[key]!;
      expect(placeholders(b.message), key).toEqual(placeholders(a.message));
      for (const entry of [a, b]) {
        for (const p of placeholders(entry.message))
          expect(entry.placeholders?.[p], `${key}: $${p}$`).toBeDefined();
      }
    }
  });

  it("are really two languages: most messages differ", () => {
    const same = Object.keys(en).filter((k) => en[k]!.message === vi[k]!.message);
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });

  it("hold every key the code and the manifest use", () => {
    const files = [
      ...sources(join(ROOT, "src")),
      ...sources(join(ROOT, "entrypoints")),
      join(ROOT, "wxt.config.ts"),
    ];
    const used = new Set(files.flatMap((f) => keysUsedIn(readFileSync(f, "utf8"))));
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in en) || !(k in vi));
    expect(missing).toEqual([]);
  });

  it("hold a label for every area, commitment kind, side and actor type", () => {
    const keys = [
      ...AREA_IDS.map(areaKey),
      ...COMMITMENT_KINDS.map(kindKey),
      ...(["vietnam", "dprk", "other"] as const).map(sideKey),
      ...(["person", "state", "party", "org"] as const).map(actorTypeKey),
    ];
    expect(keys.filter((k) => !(k in en) || !(k in vi))).toEqual([]);
  });

  it("name each commitment kind apart from the section that lists them, in both languages", () => {
    for (const messages of [en, vi]) {
      const section = messages.sectionCommitments?.message.toLowerCase();
      for (const kind of COMMITMENT_KINDS) {
        expect(messages[kindKey(kind)]?.message.toLowerCase(), kind).not.toBe(section);
      }
    }
  });

  it("say what every CAMEO code the analyser gives means, in both languages", async () => {
    const { CAMEO_BY_AREA, CAMEO_BY_KIND } = await import("../../src/lexicon/cameo");
    const codes = new Set([...Object.values(CAMEO_BY_AREA), ...Object.values(CAMEO_BY_KIND)]);
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) {
      expect(en[`cameo_${code}`]?.message, code).toBeTruthy();
      expect(vi[`cameo_${code}`]?.message, code).toBeTruthy();
    }
  });

  it("fill their placeholders through t(), as the product calls it", () => {
    const english = fakeBrowser.i18n.getMessage;
    try {
      expect(t("popupError", "boom")).toBe("Something went wrong: boom");
      expect(t("badgeCommitments", 3)).toBe("DiploMark: 3 commitments on this page");
      fakeBrowser.i18n.getMessage = getMessageIn("vi") as typeof fakeBrowser.i18n.getMessage;
      expect(t("matchLine", "Dự kiến", "Đã ký", "Y tế")).toBe("Dự kiến ở bài kia → Đã ký ở đây: Y tế");
      expect(uiLanguage()).toBe("vi");
    } finally {
      fakeBrowser.i18n.getMessage = english;
    }
  });
});

describe("the UI in a Vietnamese browser", () => {
  const win = new Window({ url: "chrome-extension://test-extension-id/popup.html" });
  beforeAll(() => vitest.stubGlobal("document", win.document));
  afterAll(() => {
    vitest.unstubAllGlobals();
    void win.happyDOM.close();
  });
  const english = fakeBrowser.i18n.getMessage;
  afterEach(() => {
    fakeBrowser.i18n.getMessage = english;
  });

  it("renders the popup's verdict and the hover card in Vietnamese", () => {
    fakeBrowser.i18n.getMessage = getMessageIn("vi") as typeof fakeBrowser.i18n.getMessage;
    const verdict = renderVerdict({ relevant: true, score: 0.82, reasons: [] });
    expect(verdict.querySelector("h2")?.textContent).toBe("Đánh giá");
    expect(verdict.textContent).toContain("Tin Việt Nam – Triều Tiên · điểm 82%");
    const signed = commitmentCard(
      { start: 0, end: 1, text: "x", kind: "signed", areas: [], actors: [], cameo: "057" },
      new Map(),
    );
    expect(signed.rows).toContainEqual(["CAMEO", "057 · ký thỏa thuận chính thức"]);
    const card = actorCard(
      {
        id: "kim-jong-un",
        name: "Kim Jong Un",
        type: "person",
        side: "dprk",
        roles: [],
        known: true,
        mentions: [],
      },
      2,
    );
    expect(card.rows).toEqual([
      ["Chức vụ", "Cá nhân"],
      ["Phía", "Triều Tiên"],
      ["Đã lưu", "2 bài"],
      ["Các bài nêu tên", "Alt+nhấp vào tên"],
    ]);
  });
});

describe("the library's strings", () => {
  /** Every entry of S as the page would show it (functions called with sample values). */
  function shown(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of Object.keys(S) as Array<keyof typeof S>) {
      const v = S[key] as unknown;
      out[key] =
        typeof v === "function"
          ? String((v as (...a: unknown[]) => string)(...[1, 2, true].slice(0, (v as () => void).length)))
          : String(v);
    }
    out.importDone = S.importDone({ added: 1, updated: 2, kept: 3, count: 4 });
    return out;
  }
  const english = fakeBrowser.i18n.getMessage;
  afterEach(() => {
    fakeBrowser.i18n.getMessage = english;
  });

  it("are messages in both languages, never a bare key", () => {
    const en = shown();
    fakeBrowser.i18n.getMessage = getMessageIn("vi") as typeof fakeBrowser.i18n.getMessage;
    const vi = shown();
    expect(Object.keys(en).length).toBeGreaterThan(60);
    const bare = Object.entries({ ...en, ...vi }).filter(
      ([, text]) => /^(lib|popup)[A-Z]\w+$/.test(text) || text === "",
    );
    expect(bare).toEqual([]);
    expect(en.importDone).toBe("Imported: 1 new, 2 updated, 3 kept as seeds. The corpus holds 4 article(s).");
    expect(vi.importDone).toBe("Đã nhập: 1 bài mới, 2 bài cập nhật, giữ 3 bài mẫu. Kho có 4 bài.");
    expect(vi.pageTitle).toBe("Thư viện DiploMark");
  });
});
