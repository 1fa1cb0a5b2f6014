import { browser } from "wxt/browser";
import type { Analysis } from "../contract/analysis";
import { t } from "../i18n/t";

/** Set both: a browser's own text colour for the badge may not read on ours. */
export const BADGE_COLOURS = { background: "#1d4e89", text: "#ffffff" } as const;

/** The number of commitments on a relevant page, "✓" when it holds none, empty otherwise. */
export function badgeText(analysis: Analysis): string {
  if (!analysis.relevance.relevant) return "";
  const n = analysis.commitments.length;
  return n > 0 ? String(n) : "✓";
}

/** What the toolbar button's title says about the page. */
export function badgeTitle(analysis: Analysis): string {
  if (!analysis.relevance.relevant) return t("extName");
  const n = analysis.commitments.length;
  return n > 0 ? t("badgeCommitments", n) : t("badgeRelevant");
}

export async function showBadge(tabId: number, analysis: Analysis): Promise<void> {
  const text = badgeText(analysis);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS.background });
      await browser.action.setBadgeTextColor({ tabId, color: BADGE_COLOURS.text });
    }
    // The badge's meaning, for the tooltip and screen readers.
    await browser.action.setTitle({ tabId, title: badgeTitle(analysis) });
  } catch {
    // The tab closed while the page was being analysed: nothing to mark.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: "" });
    await browser.action.setTitle({ tabId, title: t("extName") });
  } catch {
    // Tab already gone.
  }
}
