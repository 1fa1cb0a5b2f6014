import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/contract/analysis";
import { ANALYSER_VERSION } from "../../src/corpus/analyser-version";
import { COMMON_ID_KEYS, findCandidates } from "../../src/corpus/candidates";
import { toRecord } from "../../src/corpus/db";
import { freshCorpus, stubAnalysis } from "./helpers/corpus";

// Candidates in a large corpus: ids that nearly every article has are not read whole.

const actor = (id: string) => ({
  id,
  name: id,
  type: "person" as const,
  side: "other" as const,
  known: true,
  roles: [],
  mentions: [{ start: 0, end: 1, text: "x" }],
});
const withActors = (...ids: string[]): Analysis => stubAnalysis({ actors: ids.map(actor) });

describe("candidates in a corpus larger than COMMON_ID_KEYS", () => {
  it("ranks by the rare ids, and fills up from the common ones only when there is room", async () => {
    const db = await freshCorpus();
    const tx = db.transaction("articles", "readwrite");
    const put = (i: number, analysis: Analysis) =>
      tx.store.put(
        toRecord(
          {
            id: `a${String(i).padStart(5, "0")}`,
            url: `https://vov.vn/${i}`,
            title: String(i),
            outlet: "vov.vn",
            language: "en",
            savedAt: "2025-01-01T00:00:00.000Z",
            text: "x",
            analysis,
          },
          ANALYSER_VERSION,
        ),
      );
    for (let i = 0; i < COMMON_ID_KEYS + 50; i++) void put(i, withActors("dprk", "vietnam"));
    void put(99_998, withActors("dprk", "choe-son-hui"));
    void put(99_999, withActors("dprk", "choe-son-hui", "vietnam"));
    await tx.done;

    const rare = (
      await findCandidates(
        db,
        { url: "https://vov.vn/page", analysis: withActors("dprk", "choe-son-hui") },
        5,
      )
    ).articles;
    expect(
      rare
        .map((a) => a.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(["a99998", "a99999"]);
    expect(rare).toHaveLength(5);

    // Only common ids: still a full list of candidates.
    const common = (await findCandidates(db, { url: "https://vov.vn/page", analysis: withActors("dprk") }, 5))
      .articles;
    expect(common).toHaveLength(5);
  });
});
