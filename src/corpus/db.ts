import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import type { StoredArticle } from "../contract/corpus";
import { bandKeys, textSignature } from "./fingerprint";

export const DB_NAME = "diplomark";

/** What is really stored: the article plus fields that exist only to be indexed or versioned. */
export interface ArticleRecord extends StoredArticle {
  /** Ids of analysis.actors, for the multiEntry index. */
  actorIds: string[];
  /** analysis.areas, for the multiEntry index. */
  areaIds: string[];
  analyserVersion: number;
  /** MinHash signature of the text (fingerprint.ts): tells a copy of the article from another. */
  signature: number[];
  /** The signature's band keys, for the multiEntry index that finds copies without a scan. */
  bands: string[];
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
      bands: string;
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
  (_db, tx) => {
    const articles = tx.objectStore("articles");
    articles.createIndex("bands", "bands", { multiEntry: true });
    // Articles stored before get their text's fingerprint in the same upgrade (the transaction
    // stays open while the walk has requests pending).
    void (async () => {
      let cursor = await articles.openCursor();
      while (cursor) {
        const signature = textSignature(cursor.value.text);
        await cursor.update({ ...cursor.value, signature, bands: bandKeys(signature) });
        cursor = await cursor.continue();
      }
    })();
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
  const signature = textSignature(article.text);
  return {
    ...article,
    actorIds: [...new Set(article.analysis.actors.map((a) => a.id))],
    areaIds: [...new Set(article.analysis.areas)],
    analyserVersion,
    signature,
    bands: bandKeys(signature),
  };
}

export function fromRecord(record: ArticleRecord): StoredArticle {
  const { actorIds: _a, areaIds: _b, analyserVersion: _v, signature: _s, bands: _k, ...article } = record;
  return article;
}
