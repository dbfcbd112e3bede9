// Ordered lists the editors change: move an item, and keep a stable key on each item so focus follows it.

/** The list with the item at `from` moved to `to` (clamped to the list); the input is left as it was. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from === target || from < 0 || from >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item!);
  return next;
}

/** An item with a key that stays with it while the list is reordered (React keys, focus). */
export interface Keyed<T> {
  key: string;
  value: T;
}

let counter = 0;

export function keyed<T>(value: T): Keyed<T> {
  counter += 1;
  return { key: `k${counter}`, value };
}

/** The list with the keyed item's value changed. */
export function updateKeyed<T>(items: readonly Keyed<T>[], key: string, change: (value: T) => T): Keyed<T>[] {
  return items.map((item) => (item.key === key ? { key, value: change(item.value) } : item));
}
