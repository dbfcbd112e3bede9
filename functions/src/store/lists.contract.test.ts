// The store's list queries beyond one filtered page, for every adapter: any-of filters, free text, several lists.
import { adapters, onStore } from './testing/adapters';
import type { DocKind, Filter, IndexFields, Repository, StoredDoc } from './types';

describe.each(adapters)('Lists ($name)', (adapter) => {
  let repo: Repository;
  let tenant: string;
  onStore(adapter, (store) => ({ repo, tenant } = store));

  const create = async (id: string, index: IndexFields, kind: DocKind = 'case') => {
    await repo.write(tenant, [{ op: 'create', kind, id, body: {}, index }]);
  };
  const ids = (docs: StoredDoc[]) => docs.map((doc) => doc.id);
  const find = async (filters: Filter[]) => ids((await repo.list(tenant, 'case', { filters, limit: 100 })).items);

  beforeEach(async () => {
    await create('a', { status: 'open', tags: ['x', 'y'], amount: 100, due: '2025-01-31' });
    await create('b', { status: 'closed', tags: ['y'], amount: 250.5, due: '2025-03-01' });
    await create('c', { status: 'open', tags: [], amount: 500, due: '2025-12-24' });
    await create('d', { status: 'open', tags: 'z', amount: -20, due: '2024-06-01' });
    await create('other-kind', { status: 'open' }, 'contract');
  });

  it('in matches scalar fields and any element of array fields against any of its values', async () => {
    expect(await find([{ field: 'status', op: 'in', value: ['closed', 'none'] }])).toEqual(['b']);
    expect(await find([{ field: 'tags', op: 'in', value: ['z', 'x'] }])).toEqual(['a', 'd']);
    expect(await find([{ field: 'amount', op: 'in', value: [100, 500] }])).toEqual(['a', 'c']);
    expect(await find([{ field: 'status', op: 'in', value: [] }])).toEqual([]);
    expect(await repo.count(tenant, 'case', [{ field: 'status', op: 'in', value: ['open', 'closed'] }])).toBe(4);
  });

  it('finds words anywhere in the free text, short or long, and follows its changes', async () => {
    const text = (id: string, value: string) => ({
      op: 'upsert' as const,
      kind: 'case' as const,
      id,
      body: {},
      index: { text: value },
    });
    await repo.write(tenant, [text('t1', 'bostotte til unge 50% "ny"'), text('t2', 'aflastning for born')]);
    const words = (...values: string[]) => find(values.map((value) => ({ field: 'text', op: 'contains', value })));
    expect(await words('totte')).toEqual(['t1']);
    expect(await words('ng')).toEqual(['t1', 't2']);
    expect(await words('0% "n')).toEqual(['t1']);
    expect(await words('unge', 'born')).toEqual([]);
    expect(await words('astning', 'for')).toEqual(['t2']);
    await repo.write(tenant, [text('t1', 'botilbud for born'), { op: 'delete', kind: 'case', id: 't2' }]);
    expect(await words('born')).toEqual(['t1']);
    expect(await words('totte')).toEqual([]);
    expect(await repo.count(tenant, 'case', [{ field: 'text', op: 'contains', value: 'tilbud' }])).toBe(1);
  });

  it('leaves a document without the field out of a list in its order, not out of the list by id', async () => {
    await create('e', { status: 'open' });
    expect(ids((await repo.list(tenant, 'case', { orderBy: 'amount', limit: 10 })).items)).toEqual([
      'd',
      'a',
      'b',
      'c',
    ]);
    expect(ids((await repo.list(tenant, 'case', { limit: 10 })).items)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('answers several lists in one call, each its first page in its own order, in the order asked', async () => {
    const [open, byAmount, contracts, none] = await repo.listEach(tenant, [
      { kind: 'case', filters: [{ field: 'status', op: 'eq', value: 'open' }], orderBy: 'due', limit: 2 },
      { kind: 'case', orderBy: 'amount', limit: 10 },
      { kind: 'contract', limit: 10 },
      { kind: 'case', filters: [{ field: 'status', op: 'eq', value: 'none' }], limit: 10 },
    ]);
    expect(ids(open!.items)).toEqual(['d', 'a']);
    expect(open!.continuationToken).toBeDefined();
    expect(ids(byAmount!.items)).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(contracts!.items)).toEqual(['other-kind']);
    expect(none!.items).toEqual([]);
    expect(await repo.listEach(tenant, [])).toEqual([]);
  });
});
