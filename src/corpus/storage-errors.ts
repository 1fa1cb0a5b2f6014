import { errorText } from "../support/error-text";

// IndexedDB's failures in words a reader can act on. The corpus is written in single
// transactions, so whatever failed left the stored articles as they were: the messages say so.

export const QUOTA_MESSAGE =
  "The browser's storage for DiploMark is full: nothing was saved and your stored articles are unchanged. Free disk space or delete stored articles, then try again.";

export const BLOCKED_MESSAGE =
  "DiploMark's database is being upgraded but another DiploMark tab still has it open: close the other DiploMark tabs (library, popups) and it continues by itself.";

function nameOf(e: unknown): string {
  if (typeof e !== "object" || e === null) return "";
  const name = (e as { name?: unknown }).name;
  return typeof name === "string" ? name : "";
}

/** True for a storage-full error, however the browser words it (Firefox: NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(e: unknown): boolean {
  const name = nameOf(e);
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return true;
  // A transaction aborted by the quota carries the cause in .error (or .cause).
  const inner = (e as { error?: unknown; cause?: unknown } | null) ?? null;
  return !!inner && (isQuotaErrorShallow(inner.error) || isQuotaErrorShallow(inner.cause));
}

function isQuotaErrorShallow(e: unknown): boolean {
  const name = nameOf(e);
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/** Thrown while an upgrade of the database waits for another tab to close its connection. */
export class StorageBlocked extends Error {
  constructor() {
    super(BLOCKED_MESSAGE);
    this.name = "StorageBlocked";
  }
}

/** Which storage failure this is, if any: the pages word each in the UI's language. */
export function storageFailure(e: unknown): "quota" | "blocked" | undefined {
  if (isQuotaError(e)) return "quota";
  if (e instanceof StorageBlocked) return "blocked";
  return undefined;
}

/** The message to show for an error from the corpus. */
export function storageErrorMessage(e: unknown): string {
  if (isQuotaError(e)) return QUOTA_MESSAGE;
  return errorText(e);
}
