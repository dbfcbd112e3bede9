// Input parsing: JSON bodies (type, size, syntax), params and query through the contract's zod schemas.
import { z } from 'zod';

import { issueText } from '@koberollen/shared/api/issueText';
import { findUnorderedRanges } from '@koberollen/shared/domain/dateRanges';
import { findTextProblems } from '@koberollen/shared/domain/inputText';
import {
  PayloadTooLargeError,
  PreconditionRequiredError,
  RuleViolationError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@koberollen/shared/errors';
import { cprRefusalIn } from '@koberollen/shared/rules/cpr';

import type { ApiRequest } from './request';

// Plain Danish naming the limit ("Højst 24 måneder."); zod's Danish locale for any issue it does not word.
z.config(z.locales.da());
z.config({ customError: issueText });

/** Largest accepted request body. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Turns zod issues into `{ "field.path": "message" }`. */
export function issueFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const key of keys) fields[key.join('.') || '(rod)'] ??= issue.message;
  }
  return fields;
}

/**
 * Validates a value against a schema or throws an error naming the offending fields. Then every string of the value
 * is checked (domain/inputText.ts) and every date range (domain/dateRanges.ts), whatever the route: a NUL, a lone
 * surrogate or a range ending before it starts is a ValidationError (400); a CPR number is a RuleViolationError
 * (422): the request is well-formed, but the product never stores CPR numbers.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(`Ugyldige felter i ${what}.`, issueFields(result.error));
  const { cpr, invalid } = findTextProblems(schema, result.data);
  const cprFields = Object.keys(cpr);
  if (cprFields.length > 0) {
    throw new RuleViolationError(cprRefusalIn(cprFields), cpr);
  }
  const wrong = { ...invalid, ...findUnorderedRanges(result.data) };
  if (Object.keys(wrong).length > 0) throw new ValidationError(`Ugyldige felter i ${what}.`, wrong);
  return result.data;
}

/** Reads and validates a JSON body: 415 for another media type, 413 above the limit, 400 for bad JSON or fields. */
export async function parseJsonBody<S extends z.ZodType>(request: ApiRequest, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new UnsupportedMediaTypeError('Forespørgslens indhold skal være JSON (Content-Type: application/json).');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ValidationError('Forespørgslens indhold er ikke gyldig JSON.');
  }
  return parseWith(schema, value, 'forespørgslens indhold');
}

function tooLarge(): PayloadTooLargeError {
  return new PayloadTooLargeError(`Forespørgslens indhold må højst fylde ${MAX_BODY_BYTES / 1024} KB.`);
}

/** The store version tag a write must match (see `entityTag`): 428 when the If-Match header is missing. */
export function requireIfMatch(request: ApiRequest): string {
  const value = request.headers.get('if-match')?.trim();
  if (!value) {
    throw new PreconditionRequiredError('Angiv If-Match med den ETag, du hentede, så ingen ændringer går tabt.');
  }
  // A tag we did not issue decodes to something no stored version equals, so the write fails with 412.
  return Buffer.from(value.replace(/^W\//, '').replace(/^"(.*)"$/, '$1'), 'base64url').toString('utf8');
}
