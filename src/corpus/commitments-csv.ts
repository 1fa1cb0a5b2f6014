import type { StoredArticle } from "../contract/corpus";

export const CSV_HEADER = ["article", "url", "date", "kind", "areas", "actors", "sentence"] as const;

/** One row per commitment, RFC 4180 (CRLF, quotes doubled), safe to open in a spreadsheet. */
export function commitmentsCsv(articles: readonly StoredArticle[]): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const a of articles) {
    const names = new Map(a.analysis.actors.map((x) => [x.id, x.name]));
    for (const c of a.analysis.commitments) {
      rows.push([
        a.title,
        a.url,
        a.published ?? "",
        c.kind,
        c.areas.join("; "),
        c.actors.map((id) => names.get(id) ?? id).join("; "),
        c.text,
      ]);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab/CR) gets a leading
 * apostrophe (OWASP "CSV injection"); then RFC 4180 quoting where the cell needs it.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
