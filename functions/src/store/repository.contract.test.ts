// One behavioural contract for every Repository adapter: SQLite in a temp dir, Cosmos against an in-process emulation.
import { randomUUID } from 'node:crypto';

import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '@koberollen/shared/errors';

import { adapters, onStore } from './testing/adapters';
import type { DocKind, Filter, IndexFields, ListQuery, Repository, StoredDoc } from './types';

describe.each(adapters)('Repository contract ($name)', (adapter) => {
  let repo: Repository;
  let tenant: string;
  onStore(adapter, (store) => ({ repo, tenant } = store));

  const create = async (id: string, body: unknown, index?: IndexFields, kind: DocKind = 'case') => {
    const [doc] = await repo.write(tenant, [{ op: 'create', kind, id, body, index }]);
    if (!doc) throw new Error('write returned nothing');
    return doc;
  };
  const ids = (docs: StoredDoc[]) => docs.map((doc) => doc.id);
  const find = async (filters: Filter[]) => ids((await repo.list(tenant, 'case', { filters, limit: 100 })).items);
  /** Pages through a query, returning the ids page by page. */
  const pages = async (query: Omit<ListQuery, 'continuationToken'>) => {
    const result: string[][] = [];
    let continuationToken: string | undefined;
    do {
      const page = await repo.list(tenant, 'case', { ...query, continuationToken });
      result.push(ids(page.items));
      continuationToken = page.continuationToken;
    } while (continuationToken && result.length < 20);
    return result;
  };

  describe('single documents', () => {
    it('creates and reads back a document without store fields', async () => {
      const body = { title: 'Botilbud §107', amount: 12345.5, nested: { list: [1, 2] } };
      const written = await create('c1', body);
      const { json, ...read } = (await repo.get(tenant, 'case', 'c1'))!;
      expect(read).toEqual({ kind: 'case', tenantId: tenant, id: 'c1', etag: written.etag, body });
      if (json !== undefined) expect(JSON.parse(Buffer.from(json).toString('utf8'))).toEqual(body);
      expect(written.etag).not.toBe('');
      expect(await repo.get(tenant, 'case', 'missing')).toBeUndefined();
      expect(await repo.get(tenant, 'contract', 'c1')).toBeUndefined();
    });

    it('refuses to create an existing id and keeps the original', async () => {
      await create('c1', { v: 1 });
      await expect(create('c1', { v: 2 })).rejects.toBeInstanceOf(ConflictError);
      expect((await repo.get(tenant, 'case', 'c1'))?.body).toEqual({ v: 1 });
    });

    it('replaces only with a current ifMatch, or none', async () => {
      const first = await create('c1', { v: 1 });
      const [second] = await repo.write(tenant, [
        { op: 'replace', kind: 'case', id: 'c1', body: { v: 2 }, ifMatch: first.etag },
      ]);
      expect(second?.etag).not.toBe(first.etag);
      expect(await repo.get(tenant, 'case', 'c1')).toMatchObject({ etag: second?.etag, body: { v: 2 } });

      await expect(
        repo.write(tenant, [{ op: 'replace', kind: 'case', id: 'c1', body: { v: 3 }, ifMatch: first.etag }]),
      ).rejects.toBeInstanceOf(PreconditionFailedError);
      expect((await repo.get(tenant, 'case', 'c1'))?.body).toEqual({ v: 2 });

      await repo.write(tenant, [{ op: 'replace', kind: 'case', id: 'c1', body: { v: 4 } }]);
      expect((await repo.get(tenant, 'case', 'c1'))?.body).toEqual({ v: 4 });
      await expect(
        repo.write(tenant, [{ op: 'replace', kind: 'case', id: 'nope', body: {}, ifMatch: first.etag }]),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('deletes only with a current ifMatch and only existing documents', async () => {
      const doc = await create('c1', { v: 1 }, { status: 'open' });
      await repo.write(tenant, [{ op: 'replace', kind: 'case', id: 'c1', body: { v: 2 }, index: { status: 'open' } }]);
      await expect(
        repo.write(tenant, [{ op: 'delete', kind: 'case', id: 'c1', ifMatch: doc.etag }]),
      ).rejects.toBeInstanceOf(PreconditionFailedError);
      const current = await repo.get(tenant, 'case', 'c1');
      expect(await repo.write(tenant, [{ op: 'delete', kind: 'case', id: 'c1', ifMatch: current?.etag }])).toEqual([]);
      expect(await repo.get(tenant, 'case', 'c1')).toBeUndefined();
      expect(await repo.count(tenant, 'case', [{ field: 'status', op: 'eq', value: 'open' }])).toBe(0);
      await expect(repo.write(tenant, [{ op: 'delete', kind: 'case', id: 'c1' }])).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('upserts: creates when missing, replaces when present', async () => {
      const [made] = await repo.write(tenant, [{ op: 'upsert', kind: 'case', id: 'c1', body: { v: 1 } }]);
      const [changed] = await repo.write(tenant, [{ op: 'upsert', kind: 'case', id: 'c1', body: { v: 2 } }]);
      expect(changed?.etag).not.toBe(made?.etag);
      expect(await repo.get(tenant, 'case', 'c1')).toMatchObject({ etag: changed?.etag, body: { v: 2 } });
    });
  });

  describe('batches', () => {
    it('returns the written documents in order, without deletes', async () => {
      await create('gone', {});
      const written = await repo.write(tenant, [
        { op: 'create', kind: 'case', id: 'a', body: { n: 1 } },
        { op: 'delete', kind: 'case', id: 'gone' },
        { op: 'upsert', kind: 'audit', id: 'b', body: { n: 2 } },
      ]);
      expect(written.map(({ kind, id, body }) => ({ kind, id, body }))).toEqual([
        { kind: 'case', id: 'a', body: { n: 1 } },
        { kind: 'audit', id: 'b', body: { n: 2 } },
      ]);
      expect((await repo.get(tenant, 'audit', 'b'))?.etag).toBe(written[1]?.etag);
    });

    it('fails as a whole when one operation fails', async () => {
      await create('taken', { v: 1 });
      await expect(
        repo.write(tenant, [
          { op: 'create', kind: 'case', id: 'fresh', body: {} },
          { op: 'create', kind: 'case', id: 'taken', body: { v: 2 } },
          { op: 'create', kind: 'case', id: 'after', body: {} },
        ]),
      ).rejects.toBeInstanceOf(ConflictError);
      expect((await repo.get(tenant, 'case', 'taken'))?.body).toEqual({ v: 1 });
      expect(await repo.get(tenant, 'case', 'after')).toBeUndefined();
      // The Cosmos emulation keeps operations that ran before the failing one (see `rollsBackBatches`).
      if (adapter.rollsBackBatches) expect(await repo.get(tenant, 'case', 'fresh')).toBeUndefined();
    });
  });

  it('keeps tenants and kinds apart', async () => {
    const other = randomUUID();
    await create('same', { owner: 'mine' }, { status: 'open' });
    await create('same', { owner: 'contract' }, { status: 'open' }, 'contract');
    await repo.write(other, [
      { op: 'create', kind: 'case', id: 'same', body: { owner: 'theirs' }, index: { status: 'open' } },
    ]);
    await repo.write(other, [{ op: 'create', kind: 'case', id: 'only-theirs', body: {}, index: { status: 'open' } }]);

    expect((await repo.get(tenant, 'case', 'same'))?.body).toEqual({ owner: 'mine' });
    expect((await repo.get(other, 'case', 'same'))?.body).toEqual({ owner: 'theirs' });
    expect(await repo.get(tenant, 'case', 'only-theirs')).toBeUndefined();
    const mine = await repo.list(tenant, 'case', {
      filters: [{ field: 'status', op: 'eq', value: 'open' }],
      limit: 10,
    });
    expect(mine.items.map((doc) => [doc.tenantId, doc.id, doc.body])).toEqual([[tenant, 'same', { owner: 'mine' }]]);
    expect(await repo.count(tenant, 'case')).toBe(1);
    expect(await repo.count(other, 'case')).toBe(2);

    await repo.write(other, [{ op: 'delete', kind: 'case', id: 'same' }]);
    expect(await repo.get(tenant, 'case', 'same')).toBeDefined();
  });

  describe('filters', () => {
    beforeEach(async () => {
      await create(
        'a',
        {},
        { status: 'open', tags: ['x', 'y'], amount: 100, due: '2025-01-31', title: 'botilbud ege' },
      );
      await create('b', {}, { status: 'closed', tags: ['y'], amount: 250.5, due: '2025-03-01', title: 'aflastning' });
      await create('c', {}, { status: 'open', tags: [], amount: 500, due: '2025-12-24', title: 'botilbud fjord' });
      await create('d', {}, { status: 'open', tags: 'z', amount: -20, due: '2024-06-01', title: '50% rabat_a' });
      await create('other-kind', {}, { status: 'open' }, 'contract');
    });

    it('eq matches scalar fields and any element of array fields', async () => {
      expect(await find([{ field: 'status', op: 'eq', value: 'open' }])).toEqual(['a', 'c', 'd']);
      expect(await find([{ field: 'tags', op: 'eq', value: 'y' }])).toEqual(['a', 'b']);
      expect(await find([{ field: 'tags', op: 'eq', value: 'z' }])).toEqual(['d']);
      expect(await find([{ field: 'status', op: 'eq', value: 'none' }])).toEqual([]);
    });

    it('lte and gte compare numbers and ISO dates', async () => {
      expect(await find([{ field: 'amount', op: 'gte', value: 250.5 }])).toEqual(['b', 'c']);
      expect(await find([{ field: 'amount', op: 'lte', value: 100 }])).toEqual(['a', 'd']);
      expect(await find([{ field: 'due', op: 'lte', value: '2025-03-01' }])).toEqual(['a', 'b', 'd']);
      expect(await find([{ field: 'due', op: 'gte', value: '2025-02-01' }])).toEqual(['b', 'c']);
    });

    it('contains finds substrings, taking % and _ literally', async () => {
      expect(await find([{ field: 'title', op: 'contains', value: 'botilbud' }])).toEqual(['a', 'c']);
      expect(await find([{ field: 'title', op: 'contains', value: 'fjo' }])).toEqual(['c']);
      expect(await find([{ field: 'title', op: 'contains', value: '0% r' }])).toEqual(['d']);
      expect(await find([{ field: 'title', op: 'contains', value: 't_a' }])).toEqual(['d']);
      expect(await find([{ field: 'title', op: 'contains', value: 'b%d' }])).toEqual([]);
    });

    it('combines filters with AND, in list and count', async () => {
      const filters: Filter[] = [
        { field: 'status', op: 'eq', value: 'open' },
        { field: 'due', op: 'gte', value: '2025-01-01' },
        { field: 'title', op: 'contains', value: 'botilbud' },
        { field: 'amount', op: 'lte', value: 400 },
      ];
      expect(await find(filters)).toEqual(['a']);
      expect(await repo.count(tenant, 'case', filters)).toBe(1);
      expect(await repo.count(tenant, 'case', filters.slice(0, 2))).toBe(2);
      expect(await repo.count(tenant, 'case')).toBe(4);
    });

    it('counts several groups within the common filters in one call, 0 where none match', async () => {
      const counts = await repo.countEach(tenant, 'case', [{ field: 'status', op: 'eq', value: 'open' }], {
        all: [],
        tagged: [{ field: 'tags', op: 'eq', value: 'x' }],
        early: [{ field: 'due', op: 'lte', value: '2025-03-01' }],
        botilbudAbove: [
          { field: 'title', op: 'contains', value: 'botilbud' },
          { field: 'amount', op: 'gte', value: 200 },
        ],
        none: [{ field: 'status', op: 'eq', value: 'closed' }],
      });
      expect(counts).toEqual({ all: 3, tagged: 1, early: 2, botilbudAbove: 1, none: 0 });
      expect(await repo.countEach(randomUUID(), 'case', [], { any: [] })).toEqual({ any: 0 });
    });

    it('reads the documents with the given ids in one call, leaving out those not found and other kinds', async () => {
      const found = await repo.getMany(tenant, 'case', ['c', 'a', 'missing', 'other-kind']);
      expect(ids(found).sort()).toEqual(['a', 'c']);
      expect(found.every((doc) => typeof doc.etag === 'string' && doc.etag.length > 0)).toBe(true);
      expect(await repo.getMany(tenant, 'case', [])).toEqual([]);
      expect(await repo.getMany(randomUUID(), 'case', ['a'])).toEqual([]);
    });

    it('reads ids of several kinds in one call, answering each read in its place, leaving out those not found', async () => {
      const [cases, contracts] = await repo.getEach(tenant, [
        { kind: 'case', ids: ['c', 'missing', 'a', 'c'] },
        { kind: 'contract', ids: ['a', 'other-kind'] },
      ]);
      expect(ids(cases!).sort()).toEqual(['a', 'c']);
      expect(ids(contracts!)).toEqual(['other-kind']);
      expect(await repo.getEach(randomUUID(), [{ kind: 'case', ids: ['a'] }])).toEqual([[]]);
    });

    it('matches the new index after a replace and an upsert, not the old one', async () => {
      await repo.write(tenant, [
        { op: 'replace', kind: 'case', id: 'a', body: {}, index: { status: 'closed', tags: ['w'] } },
        { op: 'upsert', kind: 'case', id: 'c', body: {}, index: { status: 'paused' } },
      ]);
      expect(await find([{ field: 'status', op: 'eq', value: 'open' }])).toEqual(['d']);
      expect(await find([{ field: 'status', op: 'eq', value: 'closed' }])).toEqual(['a', 'b']);
      expect(await find([{ field: 'tags', op: 'eq', value: 'x' }])).toEqual([]);
      expect(await find([{ field: 'tags', op: 'eq', value: 'w' }])).toEqual(['a']);
      expect(await find([{ field: 'title', op: 'contains', value: 'botilbud' }])).toEqual([]);
    });
  });

  describe('order and paging', () => {
    const rank = (i: number) => (i * 7) % 5;
    const expected = Array.from({ length: 25 }, (_, i) => `doc${String(i).padStart(2, '0')}`).sort(
      (a, b) => rank(Number(a.slice(3))) - rank(Number(b.slice(3))) || a.localeCompare(b),
    );

    beforeEach(async () => {
      for (let i = 0; i < 25; i += 1) {
        await create(`doc${String(i).padStart(2, '0')}`, { i }, { rank: rank(i), even: i % 2 === 0 });
      }
    });

    it('pages through every document once, ordered by the field then id', async () => {
      const result = await pages({ orderBy: 'rank', limit: 10 });
      expect(result.map((page) => page.length)).toEqual([10, 10, 5]);
      expect(result.flat()).toEqual(expected);
    });

    it('orders by id by default and pages with filters applied', async () => {
      expect((await pages({ limit: 10 })).flat()).toEqual([...expected].sort());
      const even = await pages({ filters: [{ field: 'even', op: 'eq', value: true }], orderBy: 'rank', limit: 4 });
      expect(even.flat()).toEqual(expected.filter((id) => Number(id.slice(3)) % 2 === 0));
      expect(even.map((page) => page.length)).toEqual([4, 4, 4, 1]);
      const evenById = await pages({ filters: [{ field: 'even', op: 'eq', value: true }], limit: 5 });
      expect(evenById.flat()).toEqual([...even.flat()].sort());
    });

    it('lists versions: the pages of list as ids and current version tags, without bodies', async () => {
      const [changed] = await repo.write(tenant, [
        { op: 'replace', kind: 'case', id: 'doc03', body: { i: 3, changed: true }, index: { rank: rank(3) } },
      ]);
      const queries: Omit<ListQuery, 'continuationToken'>[] = [
        { orderBy: 'rank', limit: 10 },
        { filters: [{ field: 'even', op: 'eq', value: true }], orderBy: 'rank', limit: 4 },
        { filters: [{ field: 'rank', op: 'lte', value: 2 }], limit: 6 },
      ];
      for (const query of queries) {
        const listed: { id: string; etag: string }[][] = [];
        const versioned: typeof listed = [];
        let listToken: string | undefined;
        let versionToken: string | undefined;
        do {
          const page = await repo.list(tenant, 'case', { ...query, continuationToken: listToken });
          const versions = await repo.listVersions(tenant, 'case', { ...query, continuationToken: versionToken });
          listed.push(page.items.map(({ id, etag }) => ({ id, etag })));
          versioned.push(versions.items.map(({ id, etag }) => ({ id, etag })));
          expect(versions.items.every((item) => !('body' in item))).toBe(true);
          [listToken, versionToken] = [page.continuationToken, versions.continuationToken];
          expect(versionToken === undefined).toBe(listToken === undefined);
        } while (listToken && listed.length < 20);
        expect(versioned).toEqual(listed);
        expect(listed.flat().find((doc) => doc.id === 'doc03')?.etag ?? changed!.etag).toBe(changed!.etag);
      }
    });
  });

  it('orders numbers numerically and strings by code point, listed-but-missing values first', async () => {
    const values: [string, number | string | undefined][] = [
      ['n1', 10],
      ['n2', -3.5],
      ['n3', 100],
      ['n4', 0],
      ['n5', 2],
      ['m1', undefined],
      ['m2', undefined],
      ['m3', undefined],
    ];
    for (const [id, value] of values) await create(id, {}, { value });
    expect((await pages({ orderBy: 'value', limit: 2 })).flat()).toEqual([
      'm1',
      'm2',
      'm3',
      'n2',
      'n4',
      'n5',
      'n1',
      'n3',
    ]);
    await create('s1', {}, { value: 'æble' });
    await create('s2', {}, { value: 'Zebra' });
    await create('s3', {}, { value: 'abe' });
    const strings = await repo.list(tenant, 'case', { orderBy: 'value', limit: 20 });
    expect(ids(strings.items).slice(-3)).toEqual(['s2', 's3', 's1']);
  });

  it('refuses a continuation token it did not issue', async () => {
    const garbage = ['not a token', Buffer.from('{"x":1}').toString('base64url')];
    for (const continuationToken of garbage) {
      await expect(repo.list(tenant, 'case', { limit: 10, continuationToken })).rejects.toBeInstanceOf(ValidationError);
    }
  });
});
