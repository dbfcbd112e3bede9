// The library is fetched once and cached; without network the cached copy is used, other failures are reported.
import { type ApiClient, ApiError } from '@koberollen/shared/api/client';
import type { Clause } from '@koberollen/shared/domain/clause';

import { loadLibrary } from './libraryStore';
import { memoryCache } from './testing/memoryCache';

const STAMP = { createdAt: '2026-01-01T00:00:00Z', createdBy: { userId: 'p', name: 'Indkøb' } };
const CLAUSE: Clause = {
  ...STAMP,
  updatedAt: STAMP.createdAt,
  updatedBy: STAMP.createdBy,
  id: 'rate',
  title: 'Takst',
  topic: 'rate',
  paragraphs: [{ text: 'Kommunen betaler.' }],
  fields: [],
  guidance: '',
  recognitionPhrases: [],
  applicability: { contractTypes: [], paragraphs: [] },
  status: 'published',
  version: 1,
  hasUnpublishedChanges: false,
};

function api(answer: () => Promise<unknown>): ApiClient {
  return {
    call: jest.fn(answer) as unknown as ApiClient['call'],
    callUnparsed: jest.fn(answer) as unknown as ApiClient['callUnparsed'],
  };
}

const online = api(() => Promise.resolve({ status: 200, data: { items: [CLAUSE] } }));

it('fetches clauses, templates and checklists, derives the published texts, and caches the copy', async () => {
  const cache = memoryCache();
  const loaded = await loadLibrary(online, cache, 'library:a');
  expect(loaded.source).toBe('network');
  expect(loaded.index.version('rate')).toMatchObject({ clauseId: 'rate', version: 1, title: 'Takst' });
  expect(cache.saved.get('library:a')?.clauses).toHaveLength(1);
});

it('uses the cached copy without network, and says so', async () => {
  const cache = memoryCache();
  await loadLibrary(online, cache, 'library:a');
  const offline = api(() => Promise.reject(new ApiError(0, { title: 'Ingen forbindelse' })));
  const loaded = await loadLibrary(offline, cache, 'library:a');
  expect(loaded.source).toBe('cache');
  expect(loaded.library.fetchedAt).toBe(cache.saved.get('library:a')!.fetchedAt);
});

it('reports the failure without network and without a cached copy, and on a server error', async () => {
  const offline = api(() => Promise.reject(new ApiError(0, { title: 'Ingen forbindelse' })));
  await expect(loadLibrary(offline, memoryCache(), 'library:a')).rejects.toMatchObject({ status: 0 });
  const cache = memoryCache();
  await loadLibrary(online, cache, 'library:a');
  const failing = api(() => Promise.reject(new ApiError(500, { title: 'Fejl' })));
  await expect(loadLibrary(failing, cache, 'library:a')).rejects.toMatchObject({ status: 500 });
});
