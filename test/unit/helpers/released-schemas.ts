import { openDB } from "idb";

// The corpus database as released versions of DiploMark left it on users' disks, written out
// by hand rather than through src/corpus/db.ts's MIGRATIONS: a migration edited after release
// would otherwise rehearse its own edit. Add the new version's snapshot when a migration lands.

export interface IndexShape {
  name: string;
  keyPath: string;
  unique: boolean;
  multiEntry: boolean;
}

export interface StoreShape {
  name: string;
  keyPath: string | null;
  indexes: IndexShape[];
}

const index = (name: string, opts: Partial<IndexShape> = {}): IndexShape => ({
  name,
  keyPath: name,
  unique: false,
  multiEntry: false,
  ...opts,
});

/** Schema version 1 (DiploMark 0.1): articles with their url, date, actor, area and analyser indexes. */
export const SCHEMA_V1: readonly StoreShape[] = [
  {
    name: "articles",
    keyPath: "id",
    indexes: [
      index("actorIds", { multiEntry: true }),
      index("analyserVersion"),
      index("areaIds", { multiEntry: true }),
      index("published"),
      index("url", { unique: true }),
    ],
  },
  { name: "meta", keyPath: null, indexes: [] },
];

/** Schema version 2: version 1 plus the text fingerprint's band keys, for same-article recognition. */
export const SCHEMA_V2: readonly StoreShape[] = [
  {
    name: "articles",
    keyPath: "id",
    indexes: [
      index("actorIds", { multiEntry: true }),
      index("analyserVersion"),
      index("areaIds", { multiEntry: true }),
      index("bands", { multiEntry: true }),
      index("published"),
      index("url", { unique: true }),
    ],
  },
  { name: "meta", keyPath: null, indexes: [] },
];

/** Every released schema, by version. */
export const RELEASED: Readonly<Record<number, readonly StoreShape[]>> = { 1: SCHEMA_V1, 2: SCHEMA_V2 };

/** A record as schema 1 stored it: no fingerprint. */
export function recordV1<T extends object>(record: T): Omit<T, "signature" | "bands"> {
  const { signature: _s, bands: _b, ...rest } = record as T & { signature?: unknown; bands?: unknown };
  return rest;
}

/** Creates `name` at `version` with exactly the stores and indexes of that release, and `records`. */
export async function createReleased(
  name: string,
  version: number,
  records: readonly object[],
): Promise<void> {
  const shape = RELEASED[version];
  if (!shape) throw new Error(`no released schema ${version}`);
  const db = await openDB(name, version, {
    upgrade(d) {
      for (const s of shape) {
        const store = d.createObjectStore(s.name, s.keyPath === null ? {} : { keyPath: s.keyPath });
        for (const i of s.indexes)
          store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    },
  });
  const tx = db.transaction("articles", "readwrite");
  for (const r of records) await tx.objectStore("articles").put(r);
  await tx.done;
  db.close();
}

/** The stores and indexes of an open database, in the shape of the snapshots above. */
export function shapeOf(db: IDBDatabase): StoreShape[] {
  const tx = db.transaction([...db.objectStoreNames], "readonly");
  return [...db.objectStoreNames].map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: store.keyPath as string | null,
      indexes: [...store.indexNames].map((i) => {
        const idx = store.index(i);
        return { name: i, keyPath: idx.keyPath as string, unique: idx.unique, multiEntry: idx.multiEntry };
      }),
    };
  });
}
