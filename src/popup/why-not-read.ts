import { browser } from "wxt/browser";
import { OUTLET_HOSTS } from "../settings/outlets";
import { covers, DEFAULT_SETTINGS, loadSettings, siteEnabled } from "../settings/settings";

/** Why a page has no session when the popup opens. */
export type NotReadReason = "no-mention" | "site-off" | "not-declared";

/**
 * On a site DiploMark reads by itself (a built-in outlet, a site the user turned on), a page
 * without a session is one whose title, headline and lead named no DPRK side; on a built-in
 * outlet the user turned off, that choice; anywhere else DiploMark only reads on request.
 */
export async function whyNotRead(url: string | undefined): Promise<NotReadReason> {
  const host = url && URL.canParse(url) ? new URL(url).hostname : "";
  if (!host) return "not-declared";
  const settings = await loadSettings(browser.storage.local).catch(() => DEFAULT_SETTINGS);
  if (siteEnabled(settings, host, OUTLET_HOSTS)) return "no-mention";
  return covers(OUTLET_HOSTS, host) ? "site-off" : "not-declared";
}
