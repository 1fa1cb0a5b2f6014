import { followSettings } from "../src/page/follow-settings";
import { background, extensionAlive, listenForPage } from "../src/page/runtime";
import { PageSession } from "../src/page/session";
import { SESSION_FLAG } from "../src/protocol/script-files";
import { OUTLET_HOSTS } from "../src/settings/outlets";

// The page's session, built to /content-main.js and injected with scripting.executeScript: by
// the background when the gate (entrypoints/content-gate.ts) passed, or by the popup on the user's
// click (activeTab). Either may happen on a page where it already runs: the session flag keeps
// one session per page, whichever way it arrived.
export default defineUnlistedScript(() => {
  // The content scripts' own global (Firefox: the extension's sandbox, shared by its scripts in
  // this frame; Chromium: the isolated world's window), never the page's.
  const slot = globalThis as unknown as Record<symbol, PageSession | undefined>;
  // Any value under the symbol is ours (a page's element cannot be reached by a symbol); not an
  // instanceof test: each injection evaluates its own copy of the PageSession class.
  if (slot[SESSION_FLAG] !== undefined) return;
  const warn = (e: unknown) => console.warn("DiploMark:", e);
  let settings: { enabled: () => boolean } | null = null;
  const session: PageSession = new PageSession(document, background, {
    // An orphaned script (extension reloaded or removed) stops watching and clears its paint.
    onBackgroundError: (e) => (extensionAlive() ? warn(e) : session.dispose()),
    siteOn: () => settings?.enabled() ?? false,
    highlightEngine: import.meta.env.FIREFOX ? "firefox" : "chromium",
  });
  slot[SESSION_FLAG] = session;
  listenForPage(async (req) => {
    switch (req.type) {
      case "page:state":
        return session.current();
      case "page:analyse":
        return session.analyse();
      case "page:reveal":
        return { found: (await session.current()) !== null && session.reveal(req.target) };
      case "page:step":
        await session.current();
        return session.step(req.direction);
      case "page:card":
        return session.cardShown();
    }
  });
  // Starts the session (session.auto) once the settings are read.
  settings = followSettings(session, location.hostname, OUTLET_HOSTS, warn);
});
