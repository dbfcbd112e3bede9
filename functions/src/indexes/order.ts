// Index values that order lists: newest first on an ascending index.

/** Largest millisecond timestamp we invert to list newest first with an ascending index. */
const TIME_CEILING = 9_999_999_999_999;

/** Inverted time: ascending order on it is newest first. */
export function newestFirstKey(at: Date): number {
  return TIME_CEILING - at.getTime();
}
