/**
 * Saves `content` through a Blob link (no "downloads" permission). The link is returned and
 * kept on the page, so the file can be fetched again without redoing the export.
 */
export function download(content: string, name: string, type: string): HTMLAnchorElement {
  return downloadBlob(new Blob([content], { type }), name);
}

/** The same for a file already assembled as a Blob (a streamed export, one part per slice). */
export function downloadBlob(blob: Blob, name: string): HTMLAnchorElement {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  return a;
}

/** "diplomark-corpus-2025-10-11.json" */
export function exportName(kind: string, ext: string, now = new Date()): string {
  return `diplomark-${kind}-${now.toISOString().slice(0, 10)}.${ext}`;
}
