// The walk over an input's strings: object fields, arrays, records, the matching union member, system strings skipped.
import { z } from 'zod';

import { freeText, Id, systemString } from './common';
import { findTextProblems, forEachString } from './inputText';

const CPR = '010190-1234';

describe('forEachString', () => {
  it('visits every string with its path and the schema that read it, and skips values the schema ignores', () => {
    const schema = z.strictObject({
      name: z.string(),
      tags: z.array(z.string()).default([]),
      values: z.record(z.string(), z.string()),
      choice: z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.string() })]).optional(),
      ignored: z.unknown().optional(),
      count: z.number(),
    });
    const value = schema.parse({
      name: 'n',
      tags: ['t0', 't1'],
      values: { k: 'v' },
      choice: { b: 'x' },
      ignored: 'not walked',
      count: 3,
    });
    const seen: string[] = [];
    forEachString(schema, value, (path, text) => seen.push(`${path}=${text}`));
    expect(seen.sort()).toEqual(['choice.b=x', 'name=n', 'tags.0=t0', 'tags.1=t1', 'values.k=v', 'values=k'].sort());
  });
});

describe('findTextProblems', () => {
  const schema = z.strictObject({ id: Id, ref: systemString(z.string(), 'test'), note: freeText(100) });

  it('refuses a CPR number in any string but a system string', () => {
    expect(findTextProblems(schema, { id: 'a0101901234', ref: CPR, note: CPR }).cpr).toEqual({
      note: expect.stringContaining('CPR-nummer'),
    });
  });

  it('refuses NUL characters and lone surrogates in every string, system strings included', () => {
    const { invalid } = findTextProblems(schema, { id: 'a', ref: '\u0000', note: 'x\ud800' });
    expect(Object.keys(invalid).sort()).toEqual(['note', 'ref']);
    expect(findTextProblems(schema, { id: 'a', ref: 'r', note: 'emoji 😀' }).invalid).toEqual({});
  });

  it('names the root when the input is a single string', () => {
    expect(Object.keys(findTextProblems(z.string(), CPR).cpr)).toEqual(['(rod)']);
  });
});
