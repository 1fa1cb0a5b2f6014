// One page has one corpus entry whatever the tracking parameters, anchors or trailing slash
// of the link that led to it.
export function normaliseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) {
    if (key.toLowerCase().startsWith("utm_")) url.searchParams.delete(key);
  }
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) {
    url.pathname = url.pathname.replace(/\/+$/, "");
  }
  let out = url.toString();
  // URL keeps a lone "?" once every parameter is gone; it says nothing about the page.
  if (out.endsWith("?")) out = out.slice(0, -1);
  if (url.pathname === "/" && !url.search && out.endsWith("/")) out = out.slice(0, -1);
  return out;
}

/** Host name without "www.", e.g. "baotintuc.vn". */
export function outletOf(raw: string): string {
  try {
    return new URL(raw).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

// cyrb53: a fast, synchronous 53-bit string hash; enough to give each URL a stable short key.
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The key of a saved (non-seed) article: derived from its normalised URL. */
export function idForUrl(raw: string): string {
  return `url-${cyrb53(normaliseUrl(raw)).toString(16).padStart(14, "0")}`;
}
