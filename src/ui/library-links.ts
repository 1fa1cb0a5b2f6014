// The library's addresses, shared by the library itself and the popup (which may not import it).

/** The library's address for one actor's page (library.html?actor=ID). */
export function actorHref(id: string): `library.html?actor=${string}` {
  return `library.html?actor=${encodeURIComponent(id)}`;
}

/** The library's address that opens one stored article in the reader (library.html?article=ID). */
export function articleHref(id: string): `library.html?article=${string}` {
  return `library.html?article=${encodeURIComponent(id)}`;
}

/** The article id the library was opened for, if any. */
export function articleParam(search: string): string | null {
  return new URLSearchParams(search).get("article");
}
