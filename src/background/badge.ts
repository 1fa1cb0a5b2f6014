import { browser } from "wxt/browser";
import type { Analysis } from "../analysis/types";

const BADGE_COLOUR = "#1d4e89";

/** The number of commitments on a relevant page, "✓" when it holds none, empty otherwise. */
export function badgeText(analysis: Analysis): string {
  if (!analysis.relevance.relevant) return "";
  const n = analysis.commitments.length;
  return n > 0 ? String(n) : "✓";
}

export async function showBadge(tabId: number, analysis: Analysis): Promise<void> {
  const text = badgeText(analysis);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  } catch {
    // The tab closed while the page was being analysed: nothing to mark.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: "" });
  } catch {
    // Tab already gone.
  }
}
