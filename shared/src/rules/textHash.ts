// Fingerprint of clause text that ignores layout noise and filled-in field values, to spot edited clauses.

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const PLACEHOLDER = /\{\{\s*[A-Za-z0-9_]*\s*\}\}/g;

/**
 * Clause text reduced to what matters: Unicode NFC, invisible characters (soft hyphens, zero-width spaces)
 * removed, curly quotes and dashes made plain, "…" as "...", every `{{fieldKey}}` as `{{}}` (so field values and
 * key names do not count), and all whitespace — line and paragraph breaks too — collapsed to one space and trimmed.
 */
export function normalizeClauseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(PLACEHOLDER, '{{}}')
    .replace(/\s+/g, ' ')
    .trim();
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash with good spread; not cryptographic. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hash of the normalized text as 14 lowercase hex digits; equal for texts that differ only in layout noise. */
export function textHash(text: string): string {
  return cyrb53(normalizeClauseText(text)).toString(16).padStart(14, '0');
}

/** Hash of a clause's paragraphs joined by line breaks (which normalization treats as spaces). */
export function clauseTextHash(paragraphs: { text: string }[]): string {
  return textHash(paragraphs.map((p) => p.text).join('\n'));
}
