import { describe, expect, it } from "vitest";
import { BadRequest, parseRequest } from "../../../src/background/parse-request";

describe("library messages", () => {
  it("are read with their fields", () => {
    expect(parseRequest({ type: "library" })).toEqual({ type: "library" });
    expect(parseRequest({ type: "export", extra: 1 })).toEqual({ type: "export" });
    expect(parseRequest({ type: "restoreSeeds" })).toEqual({ type: "restoreSeeds" });
    expect(parseRequest({ type: "search", query: "to lam" })).toEqual({ type: "search", query: "to lam" });
    expect(parseRequest({ type: "import", text: "{}" })).toEqual({ type: "import", text: "{}" });
  });

  it("with a wrongly typed field are refused", () => {
    expect(() => parseRequest({ type: "search" })).toThrow(BadRequest);
    expect(() => parseRequest({ type: "import", text: { format: "diplomark-corpus" } })).toThrow(
      /text must be a string/,
    );
  });
});
