// An open pane's library kept current: new versions and retirements are taken, cached and announced; nothing changed
// or no network keeps the copy the pane has.
import { type ApiClient, ApiError } from '@koberollen/shared/api/client';
import type { Clause } from '@koberollen/shared/domain/clause';

import { changesNotice, indexLibrary, type Library, libraryChanges } from './library';
import { refreshLibrary } from './libraryRefresh';
import type { LoadedLibrary } from './libraryStore';
import { memoryCache } from './testing/memoryCache';

const STAMP = { createdAt: '2026-01-01T00:00:00Z', createdBy: { userId: 'p', name: 'Indkøb' } };
const clause = (id: string, title: string, version: number, status: Clause['status'] = 'published'): Clause => ({
  ...STAMP,
  updatedAt: STAMP.createdAt,
  updatedBy: STAMP.createdBy,
  id,
  title,
  topic: 'rate',
  paragraphs: [{ text: `${title}.` }],
  fields: [],
  guidance: '',
  recognitionPhrases: [],
  applicability: { contractTypes: [], paragraphs: [] },
  status,
  version,
  hasUnpublishedChanges: false,
});

const library = (clauses: Clause[], retired: Clause[] = []): Library => ({
  clauses,
  retired,
  versions: [],
  templates: [],
  checklists: [],
  topics: [],
  fetchedAt: STAMP.createdAt,
});

/** An API answering clause lists by status, and empty lists for the rest. */
function api(published: Clause[], retired: Clause[]): ApiClient {
  const call = jest.fn((route: { path: string }, options: { query?: { status?: string } }) => {
    const status = options.query?.status;
    const items = route.path !== '/api/clauses' ? [] : status === 'retired' ? retired : published;
    return Promise.resolve({ status: 200, data: { items } });
  });
  return { call: call as unknown as ApiClient['call'], callUnparsed: call as unknown as ApiClient['callUnparsed'] };
}

const held = (lib: Library, source: LoadedLibrary['source'] = 'network'): LoadedLibrary => ({
  library: lib,
  index: indexLibrary(lib),
  source,
});

describe('libraryChanges and changesNotice', () => {
  it('name new versions and retirements, in Danish, one or many', () => {
    const before = library([clause('a', 'Takst', 1), clause('b', 'Opsigelse', 1), clause('c', 'Tilsyn', 1)]);
    const after = library(
      [clause('a', 'Takst', 2), clause('c', 'Tilsyn', 1)],
      [clause('b', 'Opsigelse', 1, 'retired')],
    );
    const changes = libraryChanges(before, after);
    expect(changes).toEqual({ newVersions: ['Takst'], retired: ['Opsigelse'] });
    expect(changesNotice(changes)).toBe(
      'Biblioteket er opdateret: ny version af Takst, og Opsigelse er udgået. Gennemgå kontrakten igen for at se, om den er berørt.',
    );
    expect(changesNotice({ newVersions: ['A', 'B'], retired: [] })).toContain('2 klausuler har en ny version');
    expect(changesNotice({ newVersions: [], retired: [] })).toBeUndefined();
  });
});

describe('refreshLibrary', () => {
  const before = library([clause('a', 'Takst', 1), clause('b', 'Opsigelse', 1)]);

  it('takes and caches a library with a new version and a retired clause, and says what changed', async () => {
    const cache = memoryCache();
    const fresh = await refreshLibrary(
      api([clause('a', 'Takst', 2)], [clause('b', 'Opsigelse', 1, 'retired')]),
      cache,
      'library:a',
      held(before),
    );
    expect(fresh?.notice).toContain('ny version af Takst, og Opsigelse er udgået');
    expect(fresh?.loaded.index.version('a')?.version).toBe(2);
    expect(fresh?.loaded.library.clauses.map((c) => c.id)).toEqual(['a']);
    expect(cache.saved.get('library:a')?.retired.map((c) => c.id)).toEqual(['b']);
  });

  it('keeps the copy held when nothing changed, and when there is no network', async () => {
    const cache = memoryCache();
    const same = api([clause('a', 'Takst', 1), clause('b', 'Opsigelse', 1)], []);
    expect(await refreshLibrary(same, cache, 'library:a', held(before))).toBeUndefined();
    const offline: ApiClient = {
      call: jest.fn(() => Promise.reject(new ApiError(0, { title: 'Ingen forbindelse' }))),
      callUnparsed: jest.fn(),
    };
    expect(await refreshLibrary(offline, cache, 'library:a', held(before))).toBeUndefined();
    expect(cache.saved.size).toBe(0);
  });

  it('replaces a cached copy once the network is back, even when nothing changed', async () => {
    const fresh = await refreshLibrary(
      api([clause('a', 'Takst', 1), clause('b', 'Opsigelse', 1)], []),
      memoryCache(),
      'library:a',
      held(before, 'cache'),
    );
    expect(fresh?.loaded.source).toBe('network');
    expect(fresh?.notice).toBe('Forbindelsen er tilbage, og biblioteket er hentet igen.');
  });
});
