// Links people store (a supervision report's address): web pages only, so nothing else can be made clickable.

/** True for an absolute `https:` or `http:` address with a host; false for `javascript:`, `data:` and the rest. */
export function isWebLink(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}
