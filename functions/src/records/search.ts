// Filters on index fields: the folded text index of a record, the filters for a query string, typed field names.
import { foldForSearch } from '@koberollen/shared/rules/searchFold';

import type { Filter, IndexFields, IndexValue } from '../store/types';

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
export function eq(field: string, value: IndexValue | undefined): Filter[] {
  return value === undefined ? [] : [{ field, op: 'eq', value }];
}

/** The field names of an index type. */
export type FieldOf<I> = Extract<keyof I, string>;

/** Filters and orders on one kind's index fields, each field name checked by the compiler against its index type. */
export function indexFields<I extends IndexFields>() {
  return {
    /** An equality filter when the value is given. */
    eq: (field: FieldOf<I>, value: IndexValue | undefined): Filter[] => eq(field, value),
    /** A filter matching any of the values. */
    oneOf: (field: FieldOf<I>, values: IndexValue[]): Filter[] => [{ field, op: 'in', value: values }],
    /** A range bound on a scalar field. */
    bound: (field: FieldOf<I>, op: 'lte' | 'gte', value: string | number): Filter[] => [{ field, op, value }],
    /** A field to order by. */
    order: (field: FieldOf<I>): string => field,
  };
}

/** Lower-cases a value for case-insensitive equality on labels such as target groups. */
export function key(value: string): string {
  return value.toLocaleLowerCase('da-DK');
}
