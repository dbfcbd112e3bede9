// Free-text search support: the folded text index of a record and the filters for a query string.
import { foldForSearch } from '@koberollen/shared/rules/searchFold';

import type { Filter } from '../store/types';

/** Joins the searchable parts of a record into one folded text index value (see `foldForSearch`). */
export function searchText(...parts: (string | undefined | (string | undefined)[])[]): string {
  const joined = parts
    .flat()
    .filter((part): part is string => Boolean(part))
    .join(' ');
  return foldForSearch(joined);
}

/** One `contains` filter per folded word of the query: every word must occur. */
export function textFilters(q: string | undefined): Filter[] {
  const words = foldForSearch(q ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  return words.map((word) => ({ field: 'text', op: 'contains', value: word }));
}

/** An equality filter when the value is given. */
export function eq(field: string, value: string | number | boolean | undefined): Filter[] {
  return value === undefined ? [] : [{ field, op: 'eq', value }];
}

/** Lower-cases a value for case-insensitive equality on labels such as target groups. */
export function key(value: string): string {
  return value.toLocaleLowerCase('da-DK');
}
