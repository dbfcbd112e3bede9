// The in-memory filter check gives the same verdicts as the SQL filters it stands in for.
import {
  matchesFilters,
  positionAfter,
  ProjectionCache,
  type ProjectionSource,
  storedProjection,
  type StoredValue,
} from './projections';

type IndexRow = { id: string; field: string; value: StoredValue };

/** A source of the given index rows, each document at version `v1`. */
function sourceOf(rows: IndexRow[], onLoad: () => void = () => undefined): ProjectionSource {
  return {
    indexRows: () => {
      onLoad();
      return rows;
    },
    versions: () => [...new Set(rows.map((row) => row.id))].map((id) => ({ id, etag: 'v1' })),
    count: () => rows.length,
  };
}

const provider = storedProjection({
  name: 'bostedet ask',
  paragraph: ['SEL §107', 'SEL §108'],
  minDayRate: 2950.5,
  region: 'Sjælland',
  active: true,
  note: undefined,
});

it('matches equality on scalars and on any element of a list, with booleans as 0/1', () => {
  expect(matchesFilters(provider, [{ field: 'paragraph', op: 'eq', value: 'SEL §108' }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'paragraph', op: 'eq', value: 'SEL §85' }])).toBe(false);
  expect(matchesFilters(provider, [{ field: 'active', op: 'eq', value: true }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'region', op: 'eq', value: 'sjælland' }])).toBe(false);
});

it('compares ranges like SQLite: numbers with numbers, text by code point, NULL and absent never', () => {
  expect(matchesFilters(provider, [{ field: 'minDayRate', op: 'lte', value: 3000 }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'minDayRate', op: 'gte', value: 3000 }])).toBe(false);
  expect(matchesFilters(provider, [{ field: 'minDayRate', op: 'lte', value: '1000' }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'name', op: 'gte', value: 'bostedet' }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'note', op: 'lte', value: 'z' }])).toBe(false);
  expect(matchesFilters(provider, [{ field: 'missing', op: 'gte', value: 0 }])).toBe(false);
});

it('finds substrings case-insensitively for A–Z only, as LIKE does, and needs every filter', () => {
  expect(matchesFilters(provider, [{ field: 'name', op: 'contains', value: 'ASK' }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'region', op: 'contains', value: 'SJÆ' }])).toBe(false);
  expect(
    matchesFilters(provider, [
      { field: 'name', op: 'contains', value: 'ask' },
      { field: 'region', op: 'eq', value: 'Hovedstaden' },
    ]),
  ).toBe(false);
  expect(matchesFilters(undefined, [])).toBe(false);
});

it('loads a partition once, applies own writes to it, and reloads after another connection changed the data', () => {
  let loads = 0;
  const rows = [{ id: 'a', field: 'region', value: 'Sjælland' }];
  const cache = new ProjectionCache(
    sourceOf(rows, () => (loads += 1)),
    10,
  );
  cache.invalidateIfChanged(1);
  expect(cache.partition('t', 'provider').get('a')?.get('region')).toEqual(['Sjælland']);
  expect(cache.versionsOf('t', 'provider').get('a')).toBe('v1');
  cache.apply('t', 'provider', 'b', { index: { region: 'Hovedstaden' }, etag: 'v2' });
  cache.apply('t', 'provider', 'a', undefined);
  expect([...cache.partition('t', 'provider').keys()]).toEqual(['b']);
  expect([...cache.versionsOf('t', 'provider')]).toEqual([['b', 'v2']]);
  cache.invalidateIfChanged(1);
  expect(loads).toBe(1);
  cache.invalidateIfChanged(2);
  expect([...cache.partition('t', 'provider').keys()]).toEqual(['a']);
  expect(loads).toBe(2);
});

it('keeps list orders sorted by value then id through writes, NULL first, documents without the field left out', () => {
  const rows = [
    { id: 'b', field: 'name', value: 'eg' },
    { id: 'a', field: 'name', value: 'ask' },
    { id: 'c', field: 'name', value: null },
    { id: 'd', field: 'region', value: 'Sjælland' },
  ];
  const cache = new ProjectionCache(sourceOf(rows), 10);
  const names = () => cache.order('t', 'provider', 'name').map((e) => e.id);
  expect(names()).toEqual(['c', 'a', 'b']);
  expect(cache.order('t', 'provider', '').map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  cache.apply('t', 'provider', 'a', { index: { name: 'fyr' }, etag: 'v2' });
  cache.apply('t', 'provider', 'e', { index: { name: 'birk' }, etag: 'v2' });
  cache.apply('t', 'provider', 'b', undefined);
  expect(names()).toEqual(['c', 'e', 'a']);
  expect(cache.order('t', 'provider', '').map((e) => e.id)).toEqual(['a', 'c', 'd', 'e']);
  const order = cache.order('t', 'provider', 'name');
  expect(positionAfter(order, { sort: 'birk', id: 'e' })).toBe(2);
  expect(positionAfter(order, { sort: 'birk', id: '' }, true)).toBe(1);
});

it('narrows an order to the documents its equality filters pick, together, and keeps it current through writes', () => {
  const rows = [
    { id: 'a', field: 'name', value: 'ask' },
    { id: 'a', field: 'region', value: 'Sjælland' },
    { id: 'a', field: 'paragraph', value: 'SEL §107' },
    { id: 'b', field: 'name', value: 'birk' },
    { id: 'b', field: 'region', value: 'Hovedstaden' },
    { id: 'c', field: 'name', value: 'eg' },
    { id: 'c', field: 'region', value: 'Sjælland' },
    { id: 'c', field: 'paragraph', value: 'SEL §108' },
    { id: 'c', field: 'paragraph', value: 'SEL §107' },
  ];
  const cache = new ProjectionCache(sourceOf(rows), 10);
  const inSjælland = () =>
    cache.order('t', 'provider', 'name', [{ field: 'region', value: 'Sjælland' }]).map((e) => e.id);
  const sjælland107 = () =>
    cache
      .order('t', 'provider', 'name', [
        { field: 'paragraph', value: 'SEL §107' },
        { field: 'region', value: 'Sjælland' },
      ])
      .map((e) => e.id);
  expect(inSjælland()).toEqual(['a', 'c']);
  expect(sjælland107()).toEqual(['a', 'c']);
  cache.apply('t', 'provider', 'b', {
    index: { name: 'birk', region: 'Sjælland', paragraph: ['SEL §107'] },
    etag: 'v2',
  });
  cache.apply('t', 'provider', 'c', { index: { name: 'eg', region: 'Hovedstaden' }, etag: 'v2' });
  cache.apply('t', 'provider', 'd', { index: { name: 'ahorn', region: 'Sjælland' }, etag: 'v2' });
  expect(inSjælland()).toEqual(['d', 'a', 'b']);
  expect(sjælland107()).toEqual(['a', 'b']);
  const hovedstaden = { field: 'region', op: 'eq', value: 'Hovedstaden' } as const;
  const upTo = { field: 'name', op: 'lte', value: 'f' } as const;
  const walked = cache.narrowestOrder('t', 'provider', 'name', [hovedstaden, upTo]);
  expect(walked.entries.map((e) => e.id)).toEqual(['c']);
  expect(walked.implied).toEqual([hovedstaden]);
  const everything = cache.narrowestOrder('t', 'provider', 'name', []);
  expect(everything.entries.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
  expect(everything.implied).toEqual([]);
});

it('keeps at most 64 narrowed orders per partition, dropping the least recently used', () => {
  const rows = Array.from({ length: 70 }, (_, i) => ({ id: `p${i}`, field: 'municipality', value: `m${i}` }));
  const cache = new ProjectionCache(sourceOf(rows), 100);
  const narrowed = (i: number) => cache.order('t', 'provider', '', [{ field: 'municipality', value: `m${i}` }]);
  const first = narrowed(0);
  const second = narrowed(1);
  for (let i = 2; i < 64; i++) narrowed(i);
  expect(narrowed(0)).toBe(first);
  for (let i = 64; i < 70; i++) narrowed(i);
  expect(narrowed(0)).toBe(first);
  expect(narrowed(1)).not.toBe(second);
  expect(narrowed(1)).toEqual(second);
});

it('holds a partition in memory only up to its limit, asks its size once per data version, and counts no further', () => {
  const sizes = new Map([
    ['small', 3],
    ['large', 50_000],
  ]);
  const asked: [string, number][] = [];
  const cache = new ProjectionCache(
    {
      indexRows: () => [],
      versions: () => [],
      count: (tenantId, _kind, limit) => {
        asked.push([tenantId, limit]);
        return Math.min(sizes.get(tenantId) ?? 0, limit);
      },
    },
    3,
  );
  cache.invalidateIfChanged(1);
  expect([
    cache.fits('small', 'milestone'),
    cache.fits('large', 'milestone'),
    cache.fits('large', 'milestone'),
  ]).toEqual([true, false, false]);
  expect(asked).toEqual([
    ['small', 4],
    ['large', 4],
  ]);
  sizes.set('small', 4);
  cache.invalidateIfChanged(2);
  expect(cache.fits('small', 'milestone')).toBe(false);
});
