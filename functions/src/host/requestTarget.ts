// Reads a request target as the local host routes it: its path and query, or undefined when it cannot be decoded.

/** The parsed target; `pathname` is still percent-encoded, but every escape in it is known to decode. */
export interface RequestTarget {
  url: URL;
  pathname: string;
}

/**
 * Accepts origin-form (`/api/x?y`, including `//`) and absolute-form (`http://host/api/x`) targets. Undefined for
 * anything else, and for a path with an escape that is not UTF-8 (`%C0%80`, `%E0`, a lone `%`).
 */
export function parseRequestTarget(target: string | undefined): RequestTarget | undefined {
  const raw = target ?? '/';
  let url: URL;
  try {
    url = raw.startsWith('/') ? new URL(`http://localhost${raw}`) : new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  return { url, pathname: url.pathname };
}
