// In-page scripts for the 20,000-article test: they run in the library page (an extension page,
// which may open the extension's IndexedDB) so the corpus never travels through the test.

/**
 * Writes `n` articles straight into the corpus, in batches of one transaction each: copies of the
 * two seeds under their own addresses, titles and dates, each cut to its first `chars` characters
 * with the analysis spans inside them (so every record keeps to the one rule). 2,500 characters
 * make about 4.5 kB a record: 20,000 of them export to about 90 MB, past both the old 64 MiB
 * message and 50 MB import limits, at a third of the full seeds' cost on a CI machine (the bench
 * measures the full-size articles). Resolves to the number of records stored.
 */
export function generateCorpusScript(n: number, chars = 2500): string {
  return `new Promise((resolve, reject) => {
    const inside = (s) => s.end <= ${chars};
    const cut = (r) => ({
      ...r,
      text: r.text.slice(0, ${chars}),
      analysis: {
        ...r.analysis,
        actors: r.analysis.actors.map((a) => ({ ...a, mentions: a.mentions.filter(inside) })),
        commitments: r.analysis.commitments.filter((c) => inside(c) && (!c.cue || inside(c.cue))),
        dates: r.analysis.dates.filter(inside),
      },
    });
    const open = indexedDB.open("diplomark");
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const all = (store) => new Promise((ok, no) => { const r = store.getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
      const seeds = (await all(db.transaction("articles").objectStore("articles"))).map(cut);
      const BATCH = 1000;
      for (let start = 0; start < ${n}; start += BATCH) {
        await new Promise((ok, no) => {
          const tx = db.transaction("articles", "readwrite");
          const store = tx.objectStore("articles");
          for (let i = start; i < Math.min(${n}, start + BATCH); i++) {
            const { seed: _s, ...base } = seeds[i % seeds.length];
            const day = String(1 + (i % 28)).padStart(2, "0");
            const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, "0");
            store.put({
              ...base,
              id: "url-gen-" + String(i).padStart(6, "0"),
              url: "https://vov.vn/kho/" + i + ".vov",
              title: (i % 7 === 0 ? "<b>" + i + "</b> " : "") + base.title + " #" + i,
              published: (2000 + (i % 25)) + "-" + month + "-" + day,
              savedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i % 60)).toISOString(),
            });
          }
          tx.oncomplete = ok;
          tx.onerror = () => no(tx.error);
        });
      }
      const count = await new Promise((ok) => { const r = db.transaction("articles").objectStore("articles").count(); r.onsuccess = () => ok(r.result); });
      db.close();
      resolve(count);
    };
  })`;
}

/**
 * A digest of every stored article (all its fields, keys sorted, in key order) and their count:
 * two profiles with the same digest hold the same articles, field for field. The record's index
 * fields (corpus/db.ts toRecord: actorIds, areaIds, analyserVersion, signature, bands) are left
 * out: every write derives them from the article, and the generated copies above carry the uncut
 * seed's fingerprint, which an import rightly recomputes from the cut text.
 */
export const CORPUS_DIGEST_SCRIPT = `new Promise((resolve, reject) => {
  const DERIVED = new Set(["actorIds", "areaIds", "analyserVersion", "signature", "bands"]);
  const canon = (v) => Array.isArray(v) ? "[" + v.map(canon).join(",") + "]"
    : v && typeof v === "object" ? "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + canon(v[k])).join(",") + "}"
    : JSON.stringify(v);
  const mix = (h, s) => { let a = h[0], b = h[1]; for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); a = Math.imul(a ^ c, 2654435761); b = Math.imul(b ^ c, 1597334677); } return [a >>> 0, b >>> 0]; };
  const open = indexedDB.open("diplomark");
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    let h = [0xdeadbeef, 0x41c6ce57];
    let count = 0;
    const cursor = db.transaction("articles").objectStore("articles").openCursor();
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) { db.close(); resolve({ count, digest: h.map((x) => x.toString(16)).join("") }); return; }
      h = mix(h, canon(Object.fromEntries(Object.entries(c.value).filter(([k]) => !DERIVED.has(k)))));
      count++;
      c.continue();
    };
  };
})`;

/**
 * The export behind the link from byte `from`, up to `max` bytes cut after the last whole line:
 * `{ text, next }`, so the text crosses to the test as it is (no UTF-8 sequence is cut).
 */
export function exportLinesScript(from: number, max: number): string {
  return `fetch(document.querySelector('a[data-export="json"]').href)
    .then((r) => r.blob())
    .then(async (b) => {
      const bytes = new Uint8Array(await b.slice(${from}, ${from} + ${max}).arrayBuffer());
      const end = ${from} + ${max} >= b.size ? bytes.length : bytes.lastIndexOf(10) + 1;
      return { text: new TextDecoder().decode(bytes.subarray(0, end)), next: ${from} + end };
    })`;
}

/** Appends text to the file being assembled in the page (the page encodes it as UTF-8). */
export function appendTextScript(text: string): string {
  return `(window.__parts = window.__parts || []).push(new Blob([${JSON.stringify(text)}]))`;
}

/** Gives the import picker the assembled file, as choosing it in the file dialog does. */
export const CHOOSE_ASSEMBLED_SCRIPT = `(() => {
  const input = document.querySelector('input[data-action="import"]');
  const dt = new DataTransfer();
  const file = new File(window.__parts, "corpus.jsonl", { type: "application/jsonl" });
  dt.items.add(file);
  window.__parts = [];
  input.files = dt.files;
  // (The page empties the picker as soon as it has the file.)
  input.dispatchEvent(new Event("change", { bubbles: true }));
  return file.size;
})()`;
