import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

// The fixture pages under their outlets' real host names. One server for every host: the
// browsers resolve those names to this machine, and the Host header picks the page.

export interface Route {
  host: string;
  path: string;
  /** File under test/fixtures/pages/, or inline HTML. */
  file?: string;
  html?: string;
  /** Response headers on top of the content type (the bench's cross-origin isolation). */
  headers?: Record<string, string>;
  /** HTTP status (200 unless set): a page that is gone answers 404 with its error page. */
  status?: number;
}

export interface Served {
  method: string;
  host: string;
  url: string;
}

export interface FixtureServer {
  port: number;
  /** Every request the server received, in order. */
  received: Served[];
  url(route: Route): string;
  /** Serves a route differently from now on (a page edited or removed at its address). */
  change(host: string, path: string, update: { html?: string; status?: number }): void;
  close(): Promise<void>;
}

export const PAGES_DIR = join(import.meta.dirname, "..", "..", "test", "fixtures", "pages");

/**
 * Host and path of a request. A browser told to use this server as its proxy sends the
 * absolute URL ("GET http://host:port/path"): that is how Firefox's every request, its
 * extension's background included, comes through here to be recorded.
 */
function target(req: IncomingMessage): { host: string; path: string } {
  const raw = req.url ?? "/";
  if (/^[a-z]+:\/\//i.test(raw)) {
    const u = new URL(raw);
    return { host: u.hostname.toLowerCase(), path: u.pathname };
  }
  return {
    host: (req.headers.host ?? "").replace(/:\d+$/, "").toLowerCase(),
    path: raw.split("?")[0] ?? "/",
  };
}

export async function startFixtureServer(
  routes: readonly Route[],
  listenHost = "::",
): Promise<FixtureServer> {
  const received: Served[] = [];
  // The server's own copies: a test changes a route through change(), never the caller's list.
  const served: Route[] = routes.map((r) => ({ ...r }));
  const server: Server = createServer((req, res) => {
    const { host, path } = target(req);
    received.push({ method: req.method ?? "GET", host, url: req.url ?? "/" });
    const route = served.find((r) => r.host === host && r.path === path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not a fixture");
      return;
    }
    const body =
      route.html !== undefined ? Promise.resolve(route.html) : readFile(join(PAGES_DIR, route.file!), "utf8");
    body.then(
      (html) =>
        res
          .writeHead(route.status ?? 200, {
            "content-type": "text/html; charset=utf-8",
            "cache-control": "no-store",
            ...route.headers,
          })
          .end(html),
      (e: unknown) => res.writeHead(500).end(String(e)),
    );
  });
  // https:// through the proxy: recorded, then refused (no fixture is served over TLS).
  server.on("connect", (req, socket) => {
    received.push({
      method: "CONNECT",
      host: (req.url ?? "").replace(/:\d+$/, "").toLowerCase(),
      url: req.url ?? "",
    });
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, listenHost, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    received,
    url: (route) => `http://${route.host}:${port}${route.path}`,
    change(host, path, update) {
      const route = served.find((r) => r.host === host && r.path === path);
      if (!route) throw new Error(`no route ${host}${path}`);
      if (update.html !== undefined) {
        route.html = update.html;
        delete route.file;
      }
      if (update.status !== undefined) route.status = update.status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
