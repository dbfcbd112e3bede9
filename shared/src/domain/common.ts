// Building blocks shared by the domain schemas: ids, dates, money, free text, and the strings no person writes.
import { z } from 'zod';

import { REGIONS } from './choices';
import { LABEL_MAX } from './limits';

/** Strings no person or import writes (ids the server issues, opaque tokens, hashes), each with the reason. */
const systemStrings = z.registry<{ reason: string }>();

/**
 * Marks a string schema as written by the system, not by a person: the CPR check of every input string
 * (domain/inputText.ts) skips it. Every other string of every input is checked, so a new field is covered by default.
 */
export function systemString<S extends z.ZodString>(schema: S, reason: string): S {
  systemStrings.add(schema, { reason });
  return schema;
}

/** True for a schema marked with `systemString`. */
export function isSystemString(schema: z.ZodType): boolean {
  return systemStrings.has(schema);
}

/** A record's id: issued by the server (a UUID) or by the demo seed; references to records use it too. */
export const Id = systemString(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Ugyldigt id'),
  'ids are issued by the server; a UUID may hold ten digits in a row',
);
export type Id = z.infer<typeof Id>;

/** The years a date in the product may fall in: anything else is a typing error. */
export const YEARS = { min: 1900, max: 2200 };
/** True when a text beginning with a four-digit year (an ISO date or date-time) lies in `YEARS`. */
export const yearInRange = (text: string) =>
  Number(text.slice(0, 4)) >= YEARS.min && Number(text.slice(0, 4)) <= YEARS.max;
export const YEAR_MESSAGE = `Årstallet skal ligge mellem ${YEARS.min} og ${YEARS.max}.`;

/** Calendar date, ISO 8601 (`2026-03-01`), in the years 1900-2200; shown as dd.mm.yyyy in the UI. */
export const IsoDate = z.iso.date().refine(yearInRange, YEAR_MESSAGE);
/** Instant, ISO 8601 with time zone, in the years 1900-2200. */
export const Timestamp = z.iso.datetime({ offset: true }).refine(yearInRange, YEAR_MESSAGE);

/** Amount in Danish kroner, at most two decimals. */
export const Money = z
  .number()
  .nonnegative()
  .max(1_000_000_000)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'Højst to decimaler');

export const Percent = z.number().min(-100).max(100);

/** A filter by the id of a record or a user: not validated as an id, so an unknown one simply finds nothing. */
export const IdFilter = systemString(z.string().max(64), 'filters by an id the server or Entra issued');

/** A user's Entra object id (a GUID) or the local host's user id. */
export const UserId = systemString(z.string().min(1).max(64), 'Entra object ids are GUIDs the directory issues');

/** A user as shown on records: the Entra object id plus a display name. */
export const UserRef = z.strictObject({ userId: UserId, name: z.string().max(200) });
export type UserRef = z.infer<typeof UserRef>;

/**
 * Free text written by people: bounded, and when required (`min` > 0) not blank after trimming. Like every input
 * string, it is refused when it holds a CPR number (domain/inputText.ts).
 */
export function freeText(max: number, min = 0) {
  const text = z.string().min(min).max(max);
  return min > 0 ? text.refine((value) => value.trim().length >= min, 'Feltet må ikke være tomt.') : text;
}

/** Short label (a name, a title). */
export const Label = freeText(LABEL_MAX, 1);

/** The five regions of Denmark. */
export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

/** A provision of law, as data: laws change (Barnets Lov took over parts of serviceloven on 1 January 2024). */
export const LegalReference = z.strictObject({
  law: freeText(100, 1),
  section: freeText(50, 1),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
});
export type LegalReference = z.infer<typeof LegalReference>;

/** A paragraph code used for search and applicability, e.g. `SEL §107`, `BL §43`, `ABL §105`. */
export const ParagraphCode = freeText(40, 2);

/** Server-owned fields every stored entity carries. */
export const Meta = {
  id: Id,
  createdAt: Timestamp,
  createdBy: UserRef,
  updatedAt: Timestamp,
  updatedBy: UserRef,
};
export const META_KEYS = Object.keys(Meta) as (keyof typeof Meta)[];

/**
 * The body a PUT accepts: the input fields strictly, plus any server-owned fields the GET returned,
 * which are accepted and ignored.
 */
export function replaceBody<S extends z.ZodRawShape, O extends z.ZodRawShape>(input: z.ZodObject<S>, serverOwned: O) {
  const ignored = Object.fromEntries(Object.keys(serverOwned).map((key) => [key, z.unknown().optional()])) as {
    [K in keyof O]: z.ZodOptional<z.ZodUnknown>;
  };
  return input.extend(ignored).strict();
}

/** List answers: a page of items and a token for the next page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), continuationToken: z.string().optional() });
}

/** Query parameters every list accepts. */
export const PagingQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  continuationToken: systemString(z.string().max(2000), 'an opaque token the server issued').optional(),
};
