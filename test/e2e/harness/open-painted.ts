import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";
import { type BrowserDriver, type PageHandle, pollUntil } from "../../../tools/browsers/driver";
import type { PageFixture } from "./fixtures";
import { type HighlightReading, readHighlightsScript } from "./page-scripts";

/**
 * Opens a fixture page and waits until its session has painted exactly the expected highlights.
 * The gate asks the background for the session after the page is idle, so a popup opened
 * before then finds no session yet and offers "Analyse this page" instead of the analysis.
 */
export async function openPainted(
  driver: BrowserDriver,
  url: string,
  fixture: PageFixture,
): Promise<PageHandle> {
  const page = await driver.open(url);
  const reading = await pollUntil(
    () => page.evaluate<HighlightReading>(readHighlightsScript(fixture.articleSelector)),
    (r) => isDeepStrictEqual(r.byName, fixture.highlights),
  );
  expect(reading.byName, "the page is painted as usual").toEqual(fixture.highlights);
  return page;
}
