import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis";
import { createDispatcher } from "../../src/background/dispatch";
import { checkArticle, InvalidArticle } from "../../src/contract/validate";
import { changesSinceSaved } from "../../src/corpus/article-changes";
import { findByUrl, getArticle, keepRevision, saveArticle, storedCopyAt } from "../../src/corpus/store";
import { freshCorpus } from "./helpers/corpus";

// Texts written for this test.
const URL_A = "https://baoquocte.vn/tham-huu-nghi-12345.html";
const BEFORE =
  "Tổng Bí thư Tô Lâm tiếp Đại sứ Triều Tiên tại Hà Nội ngày 3/3/2025. " +
  "Hai bên nhất trí tăng cường hợp tác giáo dục. Đoàn đã thăm một trường học.";
const AFTER =
  "Tổng Bí thư Tô Lâm tiếp Đại sứ Triều Tiên tại Hà Nội ngày 3/3/2025. " +
  "Hai bên nhất trí tăng cường hợp tác giáo dục. Thủ tướng Phạm Minh Chính dự buổi tiếp.";

const input = (text: string, url = URL_A) => ({ url, title: "Tiếp Đại sứ", text, analysis: analyse(text) });

describe("versions of a stored article", () => {
  it("keeps the stored copy as an earlier version when the page at its address reads differently", async () => {
    const db = await freshCorpus();
    const first = await saveArticle(db, input(BEFORE), new Date("2025-03-04T08:00:00Z"));
    // Opened again under a variant of its address (tracking parameter), with a changed text.
    const wrote = await keepRevision(
      db,
      input(AFTER, `${URL_A}?utm_source=x`),
      new Date("2025-03-10T08:00:00Z"),
    );
    expect(wrote).toBe(true);
    const stored = await getArticle(db, first.id);
    expect(stored?.text).toBe(AFTER);
    expect(stored?.savedAt).toBe("2025-03-10T08:00:00.000Z");
    expect(stored?.versions?.map((v) => [v.savedAt, v.text])).toEqual([["2025-03-04T08:00:00.000Z", BEFORE]]);

    const changes = stored ? changesSinceSaved(stored) : undefined;
    expect(changes?.since).toBe("2025-03-04T08:00:00.000Z");
    expect(changes?.removed).toEqual(["Đoàn đã thăm một trường học."]);
    expect(changes?.added).toEqual(["Thủ tướng Phạm Minh Chính dự buổi tiếp."]);
    expect(changes?.actorsAdded.map((a) => a.id)).toContain("pham-minh-chinh");
    // The same text again adds no version.
    expect(await keepRevision(db, input(AFTER), new Date("2025-03-11T08:00:00Z"))).toBe(false);
    expect((await getArticle(db, first.id))?.versions).toHaveLength(1);
  });

  it("writes nothing for an address not stored, an empty page or an unchanged text", async () => {
    const db = await freshCorpus();
    expect(await keepRevision(db, input(AFTER))).toBe(false);
    expect(await findByUrl(db, URL_A)).toBeNull();
    await saveArticle(db, input(BEFORE));
    expect(await keepRevision(db, { ...input(BEFORE), text: "   " })).toBe(false);
    expect(await keepRevision(db, input(`${BEFORE}  `))).toBe(false);
    expect((await findByUrl(db, URL_A))?.versions).toBeUndefined();
    expect(await storedCopyAt(db, URL_A)).toMatchObject({ title: "Tiếp Đại sứ" });
  });

  it("never stores an error page over the stored copy, and reports the change to the popup", async () => {
    const db = await freshCorpus();
    await saveArticle(db, input(BEFORE), new Date("2025-03-04T08:00:00Z"));
    const dispatch = createDispatcher({ corpus: async () => db, analyse });
    const sender = { tabId: 1, url: URL_A };
    await dispatch(
      { type: "page:read", text: "Không tìm thấy trang.", url: URL_A, title: "404", status: 404 },
      sender,
    );
    expect((await findByUrl(db, URL_A))?.text).toBe(BEFORE);

    // A tab versions only what is stored at its own address, whatever address it claims.
    const elsewhere = { tabId: 2, url: "https://attacker.example/page" };
    await dispatch({ type: "page:read", text: AFTER, url: URL_A, title: "x", status: 200 }, elsewhere);
    expect((await findByUrl(db, URL_A))?.text).toBe(BEFORE);

    await dispatch({ type: "page:read", text: AFTER, url: URL_A, title: "Tiếp Đại sứ", status: 200 }, sender);
    expect((await findByUrl(db, URL_A))?.text).toBe(AFTER);
    const xref = (await dispatch({ type: "crossReference", analysis: analyse(AFTER), url: URL_A })) as {
      changed?: { since: string; added: string[] };
    };
    expect(xref.changed?.since).toBe("2025-03-04T08:00:00.000Z");
    expect(xref.changed?.added).toEqual(["Thủ tướng Phạm Minh Chính dự buổi tiếp."]);
  });

  it("checks each earlier copy by the one rule (its spans against its own text)", async () => {
    const db = await freshCorpus();
    await saveArticle(db, input(BEFORE));
    await keepRevision(db, input(AFTER));
    const good = await findByUrl(db, URL_A);
    expect(() => checkArticle(good)).not.toThrow();
    const bad = structuredClone(good);
    if (bad?.versions?.[0]) bad.versions[0].text = "x";
    expect(() => checkArticle(bad)).toThrow(InvalidArticle);
    expect(() => checkArticle({ ...good, versions: [{ savedAt: "never" }] })).toThrow(/versions\[0\]/);
  });
});
