import { COMMITMENT_KINDS, type CommitmentKind, SIDES } from "../contract/analysis";

// The user's settings: plain data in storage.local under one key, read by the content script
// (which runs without the polyfill, so only promise-returning storage calls are used), the
// options page and the background.

export const SETTINGS_KEY = "settings";

export { SIDES };
export const KINDS: readonly CommitmentKind[] = COMMITMENT_KINDS;

export interface Settings {
  /** Highlight categories (diplomark-actor-dprk, diplomark-commitment-signed, …) not painted. */
  hidden: string[];
  /** Colour per category as #rrggbb, where the user chose one. */
  colours: Record<string, string>;
  /** Built-in outlets (by host) the content script leaves alone. */
  outletsOff: string[];
  /** Other sites (by host) the user turned on and granted. */
  sites: string[];
  /** Hosts where highlighting is paused. */
  paused: string[];
  /** The denser style: commitments washed as well as underlined (default: underlined only). */
  denseHighlights: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  hidden: [],
  colours: {},
  outletsOff: [],
  sites: [],
  paused: [],
  denseHighlights: false,
};

const HEX = /^#[0-9a-f]{6}$/i;
/** A host name as a user types it: letters, digits, dots and dashes, with at least one dot. */
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === "string"))] : [];

/** Whatever storage holds (an older shape, a hand edit) becomes valid settings. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== "object" || raw === null) return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  const colours: Record<string, string> = {};
  if (typeof r.colours === "object" && r.colours !== null) {
    for (const [k, v] of Object.entries(r.colours)) if (typeof v === "string" && HEX.test(v)) colours[k] = v;
  }
  return {
    hidden: strings(r.hidden),
    colours,
    outletsOff: strings(r.outletsOff),
    sites: strings(r.sites).filter((h) => HOST.test(h)),
    paused: strings(r.paused),
    denseHighlights: r.denseHighlights === true,
  };
}

/** "https://www.Example.org/x" or "example.org" → "example.org"-style host; null if not a host. */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (s === "") return null;
  try {
    if (s.includes("/") || s.includes(":")) s = new URL(s.includes("://") ? s : `http://${s}`).hostname;
  } catch {
    return null;
  }
  s = s.replace(/^\*\./, "").replace(/\.$/, "");
  return HOST.test(s) ? s : null;
}

/** Is the host one of `hosts` or a subdomain of one ("en.nhandan.vn" of "nhandan.vn")? */
export function covers(hosts: readonly string[], hostname: string): boolean {
  const h = hostname.toLowerCase();
  return hosts.some((o) => h === o || h.endsWith(`.${o}`));
}

/** Does the content script start on its own on this host (a built-in outlet left on, or a site turned on)? */
export function siteEnabled(settings: Settings, hostname: string, builtIn: readonly string[]): boolean {
  const h = hostname.toLowerCase();
  if (covers(builtIn, h)) return !covers(settings.outletsOff, h);
  return covers(settings.sites, h);
}

/** Is highlighting paused on this host (or a parent domain the user paused)? */
export function pausedOn(settings: Settings, hostname: string): boolean {
  return covers(settings.paused, hostname.toLowerCase());
}

/** Match patterns for a site and its subdomains (as optional host permissions and registrations). */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}

/** Reads, changes and writes the settings in one go. */
export async function updateSettings(
  area: StorageArea,
  change: (s: Settings) => Settings,
): Promise<Settings> {
  const next = parseSettings(change(await loadSettings(area)));
  await saveSettings(area, next);
  return next;
}

/** Adds or removes `item` from a list, keeping it a set. */
export function toggled(list: readonly string[], item: string, on: boolean): string[] {
  const rest = list.filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}
