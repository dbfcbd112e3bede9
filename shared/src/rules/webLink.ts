// Links people store (a supervision report's address): web pages only, so nothing else can be made clickable.

/** True for an absolute `https:` or `http:` address with a host; false for `javascript:`, `data:` and the rest. */
export function isWebLink(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

/**
 * What a view may put in an `href` for a stored link: the web address as parsed, or undefined for anything else
 * (a `javascript:`, `data:` or `vbscript:` link stored before links were checked), which is then shown as no link.
 */
export function safeHref(link: string | undefined): string | undefined {
  return link !== undefined && isWebLink(link) ? new URL(link).href : undefined;
}
