// The library is fetched once and cached; without network the cached copy is used, other failures are reported.
import { type ApiClient, ApiError } from '@koberollen/shared/api/client';
import type { Clause } from '@koberollen/shared/domain/clause';
import type { Template, TemplateVersion } from '@koberollen/shared/domain/template';

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

describe('templates', () => {
  const template = (id: string, name: string, extra: Partial<Template>): Template => ({
    ...STAMP,
    updatedAt: STAMP.createdAt,
    updatedBy: STAMP.createdBy,
    id,
    name,
    description: '',
    contractType: 'botilbud-108',
    legalBasis: [{ law: 'SEL', section: '§108' }],
    sections: [{ title: 'Pris', clauses: [{ clauseId: 'rate', mandatory: true }] }],
    fields: [],
    status: 'active',
    version: 1,
    hasUnpublishedChanges: false,
    ...extra,
  });
  const TEMPLATES = [
    template('draft', 'Aldrig udgivet', { version: 0, hasUnpublishedChanges: true }),
    template('edited', 'Arbejdskopiens navn', { version: 2, hasUnpublishedChanges: true, status: 'retired' }),
    template('plain', 'Udgivet', {}),
    template('gone', 'Udgået', { version: 3, status: 'retired' }),
  ];
  const PUBLISHED_V2: TemplateVersion = {
    ...template('edited', 'Den udgivne version 2', {}),
    templateId: 'edited',
    version: 2,
    changeNote: 'Ny overskrift',
    publishedAt: STAMP.createdAt,
    publishedBy: STAMP.createdBy,
  };
  const routed: ApiClient['call'] = ((route: { operationId: string }, options: { params?: { version?: number } }) => {
    if (route.operationId === 'listTemplates') return Promise.resolve({ status: 200, data: { items: TEMPLATES } });
    if (route.operationId === 'getTemplateVersion' && options.params?.version === 2) {
      return Promise.resolve({ status: 200, data: PUBLISHED_V2 });
    }
    if (route.operationId === 'listClauses') return Promise.resolve({ status: 200, data: { items: [CLAUSE] } });
    if (route.operationId.startsWith('list')) return Promise.resolve({ status: 200, data: { items: [] } });
    return Promise.reject(new ApiError(404, { title: 'Findes ikke' }));
  }) as unknown as ApiClient['call'];

  it('offers each template as its latest published version, never a draft or a retired one', async () => {
    const client = { call: jest.fn(routed), callUnparsed: jest.fn() } as unknown as ApiClient;
    const loaded = await loadLibrary(client, memoryCache(), 'library:t');
    const offered = loaded.library.templates.map((t) => [t.id, t.name, t.status, t.hasUnpublishedChanges]);
    expect(offered).toEqual([
      ['edited', 'Den udgivne version 2', 'active', false],
      ['plain', 'Udgivet', 'active', false],
    ]);
    expect(loaded.library.templates[0]).not.toHaveProperty('changeNote');
  });
});
