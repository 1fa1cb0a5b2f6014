import type { LibraryArticle, StoredArticle } from "../contract/corpus";
import { type CorpusDB, fromRecord } from "./db";
import { foldQuery } from "./fold-query";
import { byPublishedDesc, summarise } from "./summary";

/** Every article with its analysis but without its text (the reader asks for one text at a time). */
export async function listLibrary(db: CorpusDB): Promise<LibraryArticle[]> {
  const out: LibraryArticle[] = [];
  let cursor = await db.transaction("articles").store.openCursor();
  while (cursor) {
    const article = fromRecord(cursor.value);
    out.push({ ...summarise(article), analysis: article.analysis });
    cursor = await cursor.continue();
  }
  return out.sort(byPublishedDesc);
}

export async function allArticles(db: CorpusDB): Promise<StoredArticle[]> {
  return (await db.getAll("articles")).map(fromRecord);
}

/** Ids of the articles whose title or text holds `query`, ignoring case and diacritics. */
export async function searchText(db: CorpusDB, query: string): Promise<string[]> {
  const needle = foldQuery(query);
  if (!needle) return [];
  const ids: string[] = [];
  let cursor = await db.transaction("articles").store.openCursor();
  while (cursor) {
    const { id, title, text } = cursor.value;
    if (foldQuery(`${title}\n${text}`).includes(needle)) ids.push(id);
    cursor = await cursor.continue();
  }
  return ids;
}
