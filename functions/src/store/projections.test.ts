// The in-memory filter check gives the same verdicts as the SQL filters it stands in for.
import { matchesFilters, storedProjection } from './projections';

const provider = storedProjection({
  name: 'bostedet ask',
  paragraph: ['SEL §107', 'SEL §108'],
  minDayRate: 2950.5,
  region: 'Sjælland',
  active: true,
  note: undefined,
});

it('matches equality and any-of on scalars and on any element of a list, with booleans as 0/1', () => {
  expect(matchesFilters(provider, [{ field: 'paragraph', op: 'eq', value: 'SEL §108' }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'paragraph', op: 'eq', value: 'SEL §85' }])).toBe(false);
  expect(matchesFilters(provider, [{ field: 'active', op: 'eq', value: true }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'region', op: 'eq', value: 'sjælland' }])).toBe(false);
  expect(matchesFilters(provider, [{ field: 'paragraph', op: 'in', value: ['SEL §85', 'SEL §107'] }])).toBe(true);
  expect(matchesFilters(provider, [{ field: 'region', op: 'in', value: ['Hovedstaden', 'Syddanmark'] }])).toBe(false);
  expect(matchesFilters(provider, [{ field: 'active', op: 'in', value: [true] }])).toBe(true);
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
