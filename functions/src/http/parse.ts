// Input parsing: JSON bodies (type, size, syntax), params and query through the contract's zod schemas.
import type { HttpRequest } from '@azure/functions';
import { z } from 'zod';

import {
  PayloadTooLargeError,
  PreconditionRequiredError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@koberollen/shared/errors';

z.config(z.locales.da());

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

/** Validates a value against a schema or throws a ValidationError naming the offending fields. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(`Ugyldige felter i ${what}.`, issueFields(result.error));
  return result.data;
}

/** Reads and validates a JSON body: 415 for another media type, 413 above the limit, 400 for bad JSON or fields. */
export async function parseJsonBody<S extends z.ZodType>(request: HttpRequest, schema: S): Promise<z.infer<S>> {
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

/** The entity tag a write must match: 428 when the If-Match header is missing. */
export function requireIfMatch(request: HttpRequest): string {
  const value = request.headers.get('if-match')?.trim();
  if (!value) {
    throw new PreconditionRequiredError('Angiv If-Match med den ETag, du hentede, så ingen ændringer går tabt.');
  }
  return value.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}
