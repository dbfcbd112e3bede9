// Stable package ids: a name-based UUID (RFC 9562 version 5) of the base URL within each template's own namespace.
import { createHash } from 'node:crypto';

/** The version 5 UUID of `name` in the namespace `namespace` (itself a UUID): the same inputs give the same id. */
export function uuidV5(namespace, name) {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Namespaces of the two packages. Each deployment (base URL) gets its own ids, so a municipality can install a test
 * and a production deployment side by side, and a rebuild for the same base URL keeps them.
 */
export const ADDIN_NAMESPACE = '3778341c-1653-4f16-ab0a-851fbb4c181c';
export const TEAMS_NAMESPACE = 'fcd0a405-319e-46a4-bd89-efa3ba59bfb0';
