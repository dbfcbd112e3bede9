// Rules for every string a request carries, applied by walking the input schema: no CPR number, no NUL, no lone surrogate.
import type { z } from 'zod';

import { containsCprNumber, CPR_FIELD } from '../rules/cpr';
import { isSystemString } from './common';

/** Why a string with a NUL character or half a surrogate pair was refused, as the end of a sentence naming where. */
export const BROKEN_SEEN = 'indeholder et tegn, der ikke kan gemmes (et nul-tegn eller et ufuldstændigt Unicode-tegn).';

/** The Danish reason a string with a NUL character or half a surrogate pair was refused. */
export const INVALID_CHARACTERS = `Feltet ${BROKEN_SEEN}`;

/** Strings a request may not hold, by field path (`offers.0.targetGroups.1`), split by status: 422 for CPR, 400 else. */
export interface TextProblems {
  cpr: Record<string, string>;
  invalid: Record<string, string>;
}

const BROKEN = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds a NUL character or a lone surrogate (half of a character outside the BMP). */
export function hasBrokenCharacters(text: string): boolean {
  return BROKEN.test(text);
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

type Visit = (path: string, text: string, schema: z.ZodType) => void;

/**
 * Calls `visit` for every string of a parsed value with the schema that produced it: object fields, array items,
 * record keys and values, the union member the value matches. Values the schema does not know (`z.unknown()`) are
 * left out: the handlers ignore them.
 */
export function forEachString(schema: z.ZodType, value: unknown, visit: Visit, path = ''): void {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (WRAPPERS.has(def.type)) return forEachString(def.innerType!, value, visit, path);
  if (def.type === 'lazy') return forEachString(def.getter!(), value, visit, path);
  if (def.type === 'pipe') return forEachString(def.out!, value, visit, path);
  if (def.type === 'string' && typeof value === 'string') return visit(path, value, schema);
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  switch (def.type) {
    case 'object':
      for (const [key, item] of Object.entries(record)) {
        const field = def.shape![key] ?? def.catchall;
        if (field) forEachString(field, item, visit, at(key));
      }
      return;
    case 'array':
      return (value as unknown[]).forEach((item, i) => forEachString(def.element!, item, visit, at(i)));
    case 'tuple':
      return (value as unknown[]).forEach((item, i) => {
        const field = def.items![i] ?? def.rest;
        if (field) forEachString(field, item, visit, at(i));
      });
    case 'record':
      for (const [key, item] of Object.entries(record)) {
        forEachString(def.keyType!, key, visit, path);
        forEachString(def.valueType!, item, visit, at(key));
      }
      return;
    case 'union': {
      // After a successful parse one member matches; a value that matches none is walked through every member.
      const member = def.options!.find((option) => option.safeParse(value).success);
      for (const option of member ? [member] : def.options!) forEachString(option, value, visit, path);
      return;
    }
    case 'intersection':
      forEachString(def.left!, value, visit, path);
      return forEachString(def.right!, value, visit, path);
  }
}

/**
 * Checks every string of a parsed input: none may hold a NUL character or a lone surrogate, and none but the system
 * strings (ids the server issues, tokens, hashes: see `systemString`) may hold a CPR number. A new field is covered
 * without being named here.
 */
export function findTextProblems(schema: z.ZodType, value: unknown): TextProblems {
  const problems: TextProblems = { cpr: {}, invalid: {} };
  forEachString(schema, value, (path, text, stringSchema) => {
    const field = path || '(rod)';
    if (hasBrokenCharacters(text)) problems.invalid[field] = INVALID_CHARACTERS;
    else if (!isSystemString(stringSchema) && containsCprNumber(text)) problems.cpr[field] = CPR_FIELD;
  });
  return problems;
}
