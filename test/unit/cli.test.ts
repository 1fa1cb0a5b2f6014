import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";

// The command-line analyser as a user runs it: a child process, real files, stdout/stderr
// and the exit code.

const ROOT = join(import.meta.dirname, "../..");
const SEED_EN = "assets/seeds/000_600e93926c99760f.txt";
const SEED_MS = "assets/seeds/002_e8120e5def90eb2b.txt";
const HTML = "test/fixtures/cli/baotintuc-article.html";
const JSONL = "test/fixtures/cli/three-lines.jsonl";
const MISSING = "test/fixtures/cli/no-such-article.txt";

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const stderrLines = (s: string) => s.split("\n").filter((l) => l !== "");
const jsonLines = (s: string) =>
  s
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/** Every {start, end, text} object anywhere in the analysis (mentions, commitments, cues, dates). */
function spans(value: unknown, out: SpanLike[] = []): SpanLike[] {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") {
      out.push(o as unknown as SpanLike);
    }
    for (const v of Object.values(o)) spans(v, out);
  }
  return out;
}

describe("CLI", { timeout: 60_000 }, () => {
  it("prints its usage with --help and exits 0", () => {
    const r = cli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run -s analyze -- \[options\] FILE\.\.\./);
    expect(r.stdout).toContain(".jsonl");
  });

  it("refuses to run without a file or with an unknown option (exit 2)", () => {
    const none = cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("no FILE given");
    const bad = cli("--frobnicate", SEED_EN);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
  });

  it("prints one pretty Analysis for one .txt, identical to analyse() on the file", () => {
    const r = cli(SEED_EN);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").length).toBeGreaterThan(20);
    const out = JSON.parse(r.stdout);
    expect(out).not.toHaveProperty("file");
    expect(out.schema).toBe("diplomark/analysis@1");
    expect(out.published).toBe("2025-10-08");
    expect(out).toEqual(analyse(readFileSync(join(ROOT, SEED_EN), "utf8")));
  });

  it("prints it on one line with --compact", () => {
    const r = cli("--compact", SEED_MS);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("}\n")).toBe(true);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout).language).toBe("ms");
  });

  describe("an .html page", () => {
    let printed: ReturnType<typeof cli>;
    let analysed: ReturnType<typeof cli>;
    let text: string;
    beforeAll(() => {
      printed = cli("--print-text", HTML);
      analysed = cli(HTML);
      text = printed.stdout;
    });

    it("extracts the headline, lead, body and caption as blocks", () => {
      expect(printed.code).toBe(0);
      expect(printed.stderr).toBe("");
      expect(
        text.startsWith(
          "Việt Nam và Triều Tiên nhất trí tăng cường hợp tác văn hóa, giáo dục\n\nNgày 14/10, tại Hà Nội,",
        ),
      ).toBe(true);
      expect(text).toContain("Ảnh: TTXVN");
      expect(text).toContain("Phong trào Không liên kết.\n\nĐại sứ Ri Yong Sik cảm ơn");
      // The byline stays, as in the extension's text (the analyser reads it as a byline).
      expect(text.endsWith("từ ngày 9 đến ngày 11 tháng 10 năm 2025.\n\nThu Hà (TTXVN)")).toBe(true);
      expect(text).not.toMatch(/\n{3}|[ \t]\n|\n[ \t]/);
    });

    it("leaves out menus, related stories, sidebars, tags, sharing, comments and footer", () => {
      for (const residue of [
        "Thế giới",
        "Pháp luật",
        "Chuyên mục Hàn Quốc",
        "Trang chủ",
        "Tin liên quan",
        "Giá vàng",
        "Đọc nhiều",
        "Tổng thống Mỹ",
        "Chia sẻ",
        "Bình luận",
        "Bài viết rất hay",
        "Viết bình luận",
        "Giấy phép",
        "dataLayer",
      ]) {
        expect(text, residue).not.toContain(residue);
      }
    });

    it("analyses exactly the printed text, with the page's publication date", () => {
      expect(analysed.code).toBe(0);
      const out = JSON.parse(analysed.stdout);
      expect(out.published).toBe("2025-10-15");
      expect(out).toEqual(analyse(text, { published: "2025-10-15" }));
      const ids = out.actors.map((a: { id: string }) => a.id);
      expect(ids).toEqual(expect.arrayContaining(["vietnam", "dprk", "nguyen-minh-vu", "to-lam"]));
    });

    it("gives spans that index the extracted text", () => {
      const all = spans(JSON.parse(analysed.stdout));
      expect(all.length).toBeGreaterThan(10);
      for (const s of all) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it("turns a .jsonl, files and bad files into JSON Lines in input order, reporting each error", () => {
    const r = cli(JSONL, MISSING, SEED_EN, "notes.pdf", HTML);
    expect(r.code).toBe(1);
    const rows = jsonLines(r.stdout);
    expect(rows.map((o) => o.id ?? o.file)).toEqual(["vi-1", "en-3", SEED_EN, HTML]);
    expect(rows[0]).not.toHaveProperty("file");
    expect(rows[2]).not.toHaveProperty("id");
    for (const row of rows) expect(row.schema).toBe("diplomark/analysis@1");
    expect(rows[0]).toMatchObject({ language: "vi", published: "2025-10-20" });
    expect(rows[1]).toMatchObject({ language: "en", relevance: { relevant: false } });
    expect(rows[2]).toMatchObject({ language: "en", relevance: { relevant: true } });
    expect(stderrLines(r.stderr)).toEqual([
      expect.stringMatching(/^diplomark: test\/fixtures\/cli\/three-lines\.jsonl:2: invalid JSON/),
      `diplomark: ${MISSING}: no such file`,
      expect.stringMatching(/^diplomark: notes\.pdf: unsupported file type \.pdf/),
    ]);
  });

  it("writes JSON Lines even for a single .jsonl, with ids", () => {
    const r = cli("--print-text", JSONL);
    expect(r.code).toBe(1);
    const rows = jsonLines(r.stdout);
    expect(rows.map((o) => Object.keys(o))).toEqual([
      ["id", "text"],
      ["id", "text"],
    ]);
    expect(rows[1]!.text).toMatch(/^Seoul and Hanoi agreed/);
    expect(stderrLines(r.stderr)).toHaveLength(1);
  });

  it("fails on a lone missing file with one stderr line and no output", () => {
    const r = cli(MISSING);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(stderrLines(r.stderr)).toEqual([`diplomark: ${MISSING}: no such file`]);
  });
});
