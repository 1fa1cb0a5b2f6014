import { GATE_SCRIPT } from "../protocol/script-files";
import { sitePatterns } from "../settings/settings";

// Sites the user turned on beyond the built-in outlets get the content script through a dynamic
// registration, for the hosts whose optional permission is still granted. Registered for the
// browser session only (persistAcrossSessions is not in every Firefox we support): the
// background registers again at startup, install and whenever the settings or grants change.

export const SITE_SCRIPT_ID = "diplomark-sites";

export interface SiteScriptApis {
  contains(origins: string[]): Promise<boolean>;
  registered(): Promise<string[]>;
  unregister(ids: string[]): Promise<void>;
  register(script: {
    id: string;
    matches: string[];
    js: string[];
    runAt: "document_idle";
    persistAcrossSessions: boolean;
  }): Promise<void>;
}

/** Makes the registration match `sites`; returns the hosts it now covers. */
export async function syncSiteScripts(api: SiteScriptApis, sites: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of sites) if (await api.contains(sitePatterns(host))) granted.push(host);
  if ((await api.registered()).includes(SITE_SCRIPT_ID)) await api.unregister([SITE_SCRIPT_ID]);
  if (granted.length > 0) {
    await api.register({
      id: SITE_SCRIPT_ID,
      matches: granted.flatMap(sitePatterns),
      // The gate, as on the outlets: the session script follows only on pages that pass it.
      js: [GATE_SCRIPT],
      runAt: "document_idle",
      persistAcrossSessions: false,
    });
  }
  return granted;
}
