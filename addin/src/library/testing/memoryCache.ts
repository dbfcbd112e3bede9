// A library cache in memory for tests, keeping what was saved to look at.
import type { Library } from '../library';
import type { LibraryCache } from '../libraryStore';

export function memoryCache(): LibraryCache & { saved: Map<string, Library> } {
  const saved = new Map<string, Library>();
  return {
    saved,
    get: (key) => Promise.resolve(saved.get(key)),
    set: (key, value) => Promise.resolve(void saved.set(key, value)),
  };
}
