// Stable ids for seeded records: the same on every start, and different in each tenant so no id is shared.
import { createHash } from 'node:crypto';

/** Hex digit → letter, so ids hold no digit runs that could look like a CPR number. */
const LETTERS = 'abcdefghijklmnop';

/** `prefix-` plus 16 letters hashed from the tenant and the record's own key, e.g. `provider-kdjfoeap…`. */
export function seedId(prefix: string, tenantId: string, key: string | number): string {
  const digest = createHash('sha256').update(`${tenantId}|${prefix}|${key}`).digest('hex');
  const letters = [...digest.slice(0, 16)].map((hex) => LETTERS[parseInt(hex, 16)]).join('');
  return `${prefix}-${letters}`;
}
