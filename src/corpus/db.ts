import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import type { StoredArticle } from "../contract/corpus";

export const DB_NAME = "diplomark";

/** What is really stored: the article plus fields that exist only to be indexed or versioned. */
export interface ArticleRecord extends StoredArticle {
  /** Ids of analysis.actors, for the multiEntry index. */
  actorIds: string[];
  /** analysis.areas, for the multiEntry index. */
  areaIds: string[];
  analyserVersion: number;
}

export interface CorpusSchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: {
      url: string;
      published: string;
      actorIds: string;
      areaIds: string;
      analyserVersion: number;
    };
  };
  /** Small key/value facts that must survive the background being stopped (e.g. deleted seeds). */
  meta: { key: string; value: unknown };
}

export type CorpusDB = IDBPDatabase<CorpusSchema>;
type UpgradeTx = IDBPTransaction<CorpusSchema, ("articles" | "meta")[], "versionchange">;

// Migration i takes the database from version i to i+1. Later versions append a step; a
// step never changes once released, because users upgrade from any older version.
export type Migration = (db: CorpusDB, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    const articles = db.createObjectStore("articles", { keyPath: "id" });
    articles.createIndex("url", "url", { unique: true });
    articles.createIndex("published", "published");
    articles.createIndex("actorIds", "actorIds", { multiEntry: true });
    articles.createIndex("areaIds", "areaIds", { multiEntry: true });
    // Finds the articles a newer analyser must re-read without loading every text.
    articles.createIndex("analyserVersion", "analyserVersion");
    db.createObjectStore("meta");
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  /** Called when the connection is gone (closed for a newer version, or by the browser). */
  onClose?: () => void;
  /**
   * Called when an upgrade waits for another connection (an older tab) to close; the open
   * completes by itself once it does. The caller tells the user which tab to close.
   */
  onBlocked?: () => void;
  /** The steps to apply; tests pass MIGRATIONS plus a future step to rehearse an upgrade. */
  migrations?: readonly Migration[];
}

export function openCorpus(name = DB_NAME, opts: OpenOptions = {}): Promise<CorpusDB> {
  const migrations = opts.migrations ?? MIGRATIONS;
  const opening = openDB<CorpusSchema>(name, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < migrations.length; v++) migrations[v]?.(db, tx);
    },
    blocked() {
      opts.onBlocked?.();
    },
    // A newer version of the extension (another context) wants to upgrade: step aside
    // rather than block it; the caller reopens on its next request.
    blocking() {
      void opening.then((db) => {
        db.close();
        opts.onClose?.();
      });
    },
    terminated() {
      opts.onClose?.();
    },
  });
  return opening;
}

export function toRecord(article: StoredArticle, analyserVersion: number): ArticleRecord {
  return {
    ...article,
    actorIds: [...new Set(article.analysis.actors.map((a) => a.id))],
    areaIds: [...new Set(article.analysis.areas)],
    analyserVersion,
  };
}

export function fromRecord(record: ArticleRecord): StoredArticle {
  const { actorIds: _a, areaIds: _b, analyserVersion: _v, ...article } = record;
  return article;
}
