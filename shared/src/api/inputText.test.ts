// Walks every string field of every route's params, query and body and proves the CPR and character checks reach it.
import type { z } from 'zod';

import { isSystemString } from '../domain/common';
import { FIELD_LABELS, fieldLabel } from '../domain/fieldLabels';
import { findTextProblems } from '../domain/inputText';
import { allContracts } from './contracts';

interface Leaf {
  path: string[];
  schema: z.ZodType;
  /** An input that holds `text` at this leaf and nothing else. */
  build: (text: string) => unknown;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Every string a schema accepts, found from the schema alone (independently of the walker under test). */
function stringLeaves(schema: z.ZodType): Leaf[] {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  if (WRAPPERS.has(def.type)) return stringLeaves(def.innerType!);
  switch (def.type) {
    case 'string':
      return [{ path: [], schema, build: (text) => text }];
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, field]) =>
        stringLeaves(field).map((leaf) => ({
          ...leaf,
          path: [key, ...leaf.path],
          build: (t) => ({ [key]: leaf.build(t) }),
        })),
      );
    case 'array':
      return stringLeaves(def.element!).map((leaf) => ({
        ...leaf,
        path: ['0', ...leaf.path],
        build: (t) => [leaf.build(t)],
      }));
    case 'record': {
      const keys = stringLeaves(def.keyType!).map((leaf) => ({ ...leaf, build: (t: string) => ({ [t]: '' }) }));
      const values = stringLeaves(def.valueType!).map((leaf) => ({
        ...leaf,
        path: ['key', ...leaf.path],
        build: (t: string) => ({ key: leaf.build(t) }),
      }));
      return [...keys, ...values];
    }
    case 'union':
      return def.options!.flatMap(stringLeaves);
    default:
      return [];
  }
}

const inputs = allContracts().flatMap(({ route }) =>
  (['params', 'query', 'body'] as const).flatMap((part) => {
    const schema = route[part];
    return schema ? stringLeaves(schema).map((leaf) => ({ name: `${route.operationId} ${part}`, schema, leaf })) : [];
  }),
);
const free = inputs.filter(({ leaf }) => !isSystemString(leaf.schema));
const system = inputs.filter(({ leaf }) => isSystemString(leaf.schema));

/** The only names a string no person writes may have: ids the server or Entra issue, tokens, hashes. */
const SYSTEM_NAMES = new Set([
  'id',
  'invoiceId',
  'creditsInvoiceId',
  'caseId',
  'contractId',
  'providerId',
  'offerId',
  'templateId',
  'clauseId',
  'checklistId',
  'checklistIds',
  'entityId',
  'userId',
  'tenantId',
  'teamId',
  'assignee',
  'caseWorker',
  'continuationToken',
  'textHash',
]);

const CPR_SPELLINGS = [
  '010190 1234',
  '01.01.90-1234',
  '010190/1234',
  '010190\u20131234',
  '\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14',
  '0101\u200b901234',
];

describe('input strings of every route', () => {
  it('finds the string fields a person or an import can fill', () => {
    expect(free.length).toBeGreaterThan(150);
  });

  it.each(free.map(({ name, schema, leaf }) => [`${name} ${leaf.path.join('.')}`, schema, leaf] as const))(
    'refuses a CPR number in every spelling in %s',
    (_field, schema, leaf) => {
      for (const spelling of CPR_SPELLINGS) {
        const { cpr } = findTextProblems(schema, leaf.build(`Borger ${spelling}`));
        expect(Object.keys(cpr)).toContain(leaf.path.join('.') || '(rod)');
      }
    },
  );

  it.each(inputs.map(({ name, schema, leaf }) => [`${name} ${leaf.path.join('.')}`, schema, leaf] as const))(
    'refuses a NUL character and a lone surrogate in %s',
    (_field, schema, leaf) => {
      for (const text of ['a\u0000b', 'a\ud800b', '\udc00']) {
        expect(Object.keys(findTextProblems(schema, leaf.build(text)).invalid)).toContain(
          leaf.path.join('.') || '(rod)',
        );
      }
    },
  );

  it('exempts only strings no person writes (ids, tokens, hashes), each marked as such', () => {
    const names = new Set(system.map(({ leaf }) => leaf.path.filter((key) => !/^\d+$/.test(key)).at(-1)));
    expect([...names].filter((name) => !SYSTEM_NAMES.has(name!))).toEqual([]);
    for (const { schema, leaf } of system) {
      expect(findTextProblems(schema, leaf.build('0101901234')).cpr).toEqual({});
    }
  });

  it('names every string a person fills in Danish, so a refusal says where', () => {
    const unnamed = free
      .map(({ name, leaf }) => ({
        name,
        path: leaf.path.join('.'),
        key: leaf.path.filter((k) => !/^\d+$/.test(k)).at(-1),
      }))
      .filter(({ path, key }) => !fieldLabel(path) || !key || !Object.hasOwn(FIELD_LABELS, key));
    expect(unnamed.map(({ name, path }) => `${name} ${path}`)).toEqual([]);
  });

  it('accepts text without a CPR number', () => {
    for (const { schema, leaf } of free) {
      expect(findTextProblems(schema, leaf.build('Botilbud efter SEL §107, takst 2.885,50 kr.'))).toEqual({
        cpr: {},
        invalid: {},
      });
    }
  });
});
