import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BrowserDriver } from "../../../tools/browsers/driver";
import { type FixtureServer, type Route, startFixtureServer } from "../../../tools/browsers/server";
import { FIXTURE_HOSTS } from "./fixtures";

export interface LaunchOptions {
  extensionDir: string;
  profileDir: string;
  hosts: readonly string[];
  /** The fixture server, which records what reaches it as a proxy (Firefox). */
  proxyPort: number;
}

export type Launch = (opts: LaunchOptions) => Promise<BrowserDriver>;

export interface BrowserOnFixtures {
  server: FixtureServer;
  driver: BrowserDriver;
  profileDir: string;
}

/** Serves `routes` under the fixture hosts and starts the browser with the built extension on a fresh profile. */
export async function startBrowserOnFixtures(
  launch: Launch,
  opts: { extensionDir: string; listenHost: string },
  routes: readonly Route[],
  profilePrefix: string,
): Promise<BrowserOnFixtures> {
  const server = await startFixtureServer([...routes], opts.listenHost);
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const driver = await launch({
    extensionDir: resolve(opts.extensionDir),
    profileDir,
    hosts: FIXTURE_HOSTS,
    proxyPort: server.port,
  });
  return { server, driver, profileDir };
}

/** Closes what startBrowserOnFixtures opened (any part may be missing after a failed start). */
export async function stopBrowserOnFixtures(env: Partial<BrowserOnFixtures>): Promise<void> {
  await env.driver?.close();
  await env.server?.close();
  if (env.profileDir) rmSync(env.profileDir, { recursive: true, force: true });
}
