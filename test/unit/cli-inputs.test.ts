import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kindOf, readInputs } from "../../src/cli/inputs";

const dir = mkdtempSync(join(tmpdir(), "diplomark-cli-"));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("CLI inputs", () => {
  it("knows its file kinds by extension, case-insensitively", () => {
    expect(kindOf("a.TXT")).toBe("txt");
    expect(kindOf("a.htm")).toBe("html");
    expect(kindOf("a.ndjson")).toBe("jsonl");
    expect(kindOf("-")).toBe("txt");
    expect(kindOf("a.pdf")).toBeUndefined();
    expect(kindOf("README")).toBeUndefined();
  });

  it("reads JSONL line by line, skipping blank lines and naming bad ones by line number", () => {
    const p = file(
      "mixed.jsonl",
      [
        '{"id": 7, "text": "Hà Nội", "published": "2025-10-11T08:00:00Z"}',
        "",
        '["not", "an", "object"]',
        '{"id": "no-text"}',
        '{"text": "Bình Nhưỡng"}\r',
        '{"id": {"nested": true}, "text": "x"}',
      ].join("\n"),
    );
    const items = readInputs(p);
    expect(items).toEqual([
      { input: { label: { id: 7 }, text: "Hà Nội", published: "2025-10-11" } },
      { error: { where: `${p}:3`, message: expect.stringContaining("expected an object") } },
      { error: { where: `${p}:4`, message: 'missing "text" string' } },
      { input: { label: { file: p, line: 5 }, text: "Bình Nhưỡng" } },
      { error: { where: `${p}:6`, message: '"id" must be a string or a number' } },
    ]);
  });

  it("keeps plain text as stored except for a byte-order mark", () => {
    const p = file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Tô Lâm\r\n")]));
    expect(readInputs(p)).toEqual([{ input: { label: { file: p }, text: "Tô Lâm\r\n" } }]);
  });

  it("decodes a page in the charset it declares", () => {
    const html =
      '<html><head><meta charset="windows-1252"></head><body><h1>Café Pyongyang</h1></body></html>';
    const p = file("latin.html", Buffer.from(html, "latin1"));
    const [item] = readInputs(p);
    expect(item).toEqual({ input: { label: { file: p }, text: "Café Pyongyang" } });
  });

  it("reports a directory instead of throwing", () => {
    const sub = join(dir, "folder.txt");
    mkdirSync(sub);
    expect(readInputs(sub)).toEqual([{ error: { where: sub, message: "is a directory, not a file" } }]);
  });
});
