import type { AnalyseOptions, Analysis } from "../contract/analysis";
import { checkArticle, InvalidArticle } from "../contract/validate";
import { changesSinceSaved } from "../corpus/article-changes";
import { findCandidates } from "../corpus/candidates";
import { crossReference, RELATED_LIMIT } from "../corpus/cross-reference";
import type { CorpusDB } from "../corpus/db";
import { buildExport, checkExport } from "../corpus/export-format";
import { importArticles } from "../corpus/import";
import { allArticles, listLibrary, searchText } from "../corpus/library-queries";
import { restoreSeeds } from "../corpus/seed";
import { storageErrorMessage, storageFailure } from "../corpus/storage-errors";
import {
  actorArticleCounts,
  countArticles,
  deleteArticle,
  getArticle,
  keepRevision,
  listSummaries,
  restoreRecord,
  saveArticle,
  storedCopyAt,
} from "../corpus/store";
import { normaliseUrl } from "../corpus/url";
import type { BackgroundReplies, BackgroundRequest, ErrorReply } from "../protocol/messages";
import { actorHref } from "../ui/library-links";
import { forContentScripts, parseRequest } from "./parse-request";

/** Who sent the message: a content script's tab, or none (popup, other extension pages). */
export interface Sender {
  tabId?: number;
  /** The sending frame in that tab (0: the top frame). */
  frameId?: number;
  /** The sending frame's address. */
  url?: string;
  /** The sender is one of the extension's own pages (its address is ours), even in a tab. */
  extensionPage?: boolean;
}

/** A content script in a web page's tab, as opposed to the popup or the library in a tab. */
function fromContentScript(sender: Sender): boolean {
  return sender.tabId !== undefined && sender.extensionPage !== true;
}

export interface DispatchDeps {
  /** The open corpus, ready to answer (seeded, analyses current). */
  corpus: () => Promise<CorpusDB>;
  analyse: (text: string, opts?: AnalyseOptions) => Analysis;
  /** Marks the sender's tab after an analysis. */
  badge?: (tabId: number, analysis: Analysis) => Promise<void>;
  /** Injects the session script into a frame whose gate passed (scripting.executeScript). */
  inject?: (tabId: number, frameId: number) => Promise<void>;
  /** Whether the user's settings let DiploMark read pages at this address by itself. */
  siteOn?: (url: string) => Promise<boolean>;
  /** Opens one of the extension's pages in a new tab (a path such as library.html?actor=ID). */
  openPage?: (path: string) => Promise<void>;
  now?: () => Date;
}

type Handlers = {
  [K in BackgroundRequest["type"]]: (
    req: Extract<BackgroundRequest, { type: K }>,
    sender: Sender,
  ) => Promise<BackgroundReplies[K]>;
};

export type Dispatch = (
  message: unknown,
  sender?: Sender,
) => Promise<BackgroundReplies[keyof BackgroundReplies] | ErrorReply> | undefined;

/**
 * The background's one entry point for messages. Returns undefined for a message that is not
 * a BackgroundRequest (so other listeners may answer it), otherwise a promise of the typed
 * reply or of `{ error }` — it never rejects, so the sender always hears back.
 */
export function createDispatcher(deps: DispatchDeps): Dispatch {
  const handlers = createHandlers(deps);
  return (message, sender = {}) => {
    let req: BackgroundRequest | null;
    try {
      req = parseRequest(message);
    } catch (e) {
      return Promise.resolve(errorReply(e));
    }
    if (!req) return undefined;
    if (fromContentScript(sender) && !forContentScripts(req.type)) {
      return Promise.resolve({ error: `${req.type}: not available to web pages` });
    }
    const handle = handlers[req.type] as (r: BackgroundRequest, s: Sender) => Promise<unknown>;
    return handle(req, sender).then(
      (reply) => reply as BackgroundReplies[keyof BackgroundReplies],
      errorReply,
    );
  };
}

function createHandlers({
  corpus,
  analyse,
  badge,
  inject,
  siteOn,
  openPage,
  now = () => new Date(),
}: DispatchDeps): Handlers {
  // IndexedDB's count() reads every key (about 50 ms at 10,000 articles on disk, most of a
  // cross-reference): the size is counted once per background lifetime and kept current by the
  // handlers that change it. Only a cache: a restarted background counts again.
  let size: number | undefined;
  const sizeOf = async (db: CorpusDB) => {
    size ??= await countArticles(db);
    return size;
  };
  return {
    async "page:read"(req, sender) {
      const analysis = analyse(req.text, req.published ? { published: req.published } : {});
      if (sender.tabId !== undefined && badge) await badge(sender.tabId, analysis);
      const db = await corpus();
      // A stored page read again: a changed text is kept as a new version before the popup asks.
      // The address is the one the browser gives for the sending frame, so a tab can only ever
      // version the article stored at its own address. An error page (4xx/5xx) is never a
      // version: the stored copy stays the record.
      const url = fromContentScript(sender) ? (sender.url ?? "") : req.url;
      const loaded = req.status === undefined || req.status < 400;
      if (loaded && /^https?:/i.test(url)) {
        const published = req.published ?? analysis.published;
        await keepRevision(
          db,
          { url, title: req.title, text: req.text, analysis, ...(published ? { published } : {}) },
          now(),
        );
      }
      const actorCounts = await actorArticleCounts(
        db,
        analysis.actors.map((a) => a.id),
      );
      return { analysis, actorCounts };
    },
    async crossReference(req) {
      const db = await corpus();
      const page = {
        url: req.url,
        analysis: req.analysis,
        ...(req.published ? { published: req.published } : {}),
        ...(req.signature ? { signature: req.signature } : {}),
      };
      const [found, corpusSize] = await Promise.all([findCandidates(db, page), sizeOf(db)]);
      const xref = crossReference(page, found.articles, {
        corpusSize,
        limit: RELATED_LIMIT,
        same: found.same,
        signatures: found.signatures,
      });
      const own = found.articles.find((a) => a.url === normaliseUrl(req.url));
      const changed = own ? changesSinceSaved(own) : undefined;
      return changed ? { ...xref, changed } : xref;
    },
    async save(req) {
      const db = await corpus();
      const analysis = req.analysis ?? analyse(req.text, req.published ? { published: req.published } : {});
      const saved = await saveArticle(
        db,
        {
          url: req.url,
          title: req.title,
          text: req.text,
          analysis,
          ...(req.published ? { published: req.published } : {}),
        },
        now(),
      );
      size = saved.count;
      return saved;
    },
    async list() {
      return listSummaries(await corpus());
    },
    async get(req) {
      return getArticle(await corpus(), req.id);
    },
    async delete(req) {
      const result = await deleteArticle(await corpus(), req.id);
      size = result.count;
      return result;
    },
    async count() {
      size = await countArticles(await corpus());
      return { count: size };
    },
    async library() {
      return listLibrary(await corpus());
    },
    async search(req) {
      return { ids: await searchText(await corpus(), req.query) };
    },
    async export() {
      return buildExport(await allArticles(await corpus()), now());
    },
    async import(req) {
      // Checked whole before the corpus is touched; the reason for a refusal is the error reply.
      const checked = checkExport(req.text);
      if (!checked.ok) throw new Error(checked.error);
      size = undefined;
      const result = await importArticles(await corpus(), checked.value, { analyse });
      size = result.count;
      return result;
    },
    async importBatch(req) {
      // The library checked the whole file first; each slice is checked again before it is written.
      const articles = req.articles.map((raw, i) => {
        try {
          return checkArticle(raw);
        } catch (e) {
          if (e instanceof InvalidArticle)
            throw new Error(`Article ${i + 1} of this slice is not valid: ${e.message}.`);
          throw e;
        }
      });
      size = undefined;
      const result = await importArticles(
        await corpus(),
        { articles, analyserVersion: req.analyserVersion },
        { analyse },
      );
      size = result.count;
      return result;
    },
    async restore(req) {
      const result = await restoreRecord(await corpus(), req.record);
      size = result.count;
      return result;
    },
    async restoreSeeds() {
      const db = await corpus();
      const { added, updated } = await restoreSeeds(db, { analyse });
      size = await countArticles(db);
      return { restored: [...added, ...updated], count: size };
    },
    async storedCopy(req) {
      return storedCopyAt(await corpus(), req.url);
    },
    async "page:inject"(_req, sender) {
      // Only our gate content script can send runtime messages from a tab; the page itself cannot.
      if (sender.tabId === undefined) throw new Error("page:inject: only a tab's content script may ask");
      // An outlet the user turned off, or a site no longer on: the gate still ran there (the
      // settings are read here, so that unrelated pages never read them).
      if (!inject || (siteOn && !(await siteOn(sender.url ?? "")))) return { injected: false };
      await inject(sender.tabId, sender.frameId ?? 0);
      return { injected: true };
    },
    async "page:openActor"(req) {
      // Only our page: the tab shows the library, which the page that asked cannot read.
      if (!openPage) return { opened: false };
      await openPage(actorHref(req.id));
      return { opened: true };
    },
  };
}

function errorReply(e: unknown): ErrorReply {
  const code = storageFailure(e);
  return { error: storageErrorMessage(e), ...(code ? { code } : {}) };
}
