// A stored article is highlighted on every visit, whatever its headline says. The gate cannot
// ask (the corpus is the background's, and an API call from every unrelated page would cost more
// than the whole check), so the background looks when a tab finishes loading: the browser shows
// it the address of tabs it holds a host permission for (the outlets, the sites the user turned
// on) and nothing else. One index lookup per page load on those sites, nothing in the page, and
// the address never leaves the background.

export interface StoredVisitDeps {
  /** Whether a stored article has this (normalised) address. */
  isStored(url: string): Promise<boolean>;
  /** Whether the user's settings let DiploMark read pages at this address by itself. */
  siteOn(url: string): Promise<boolean>;
  /** Injects the session script (the same one the gate asks for). */
  inject(tabId: number, frameId: number): Promise<void>;
}

/** Injects the session into a tab showing a stored article; true when it did. */
export async function highlightStoredVisit(
  tabId: number,
  url: string | undefined,
  deps: StoredVisitDeps,
): Promise<boolean> {
  if (!url || !/^https?:/.test(url)) return false;
  if (!(await deps.isStored(url)) || !(await deps.siteOn(url))) return false;
  await deps.inject(tabId, 0);
  return true;
}
