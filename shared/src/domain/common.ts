// Building blocks shared by the domain schemas: ids, dates, money, free text that refuses CPR numbers.
import { z } from 'zod';

import { containsCprNumber, CPR_REFUSAL } from '../rules/cpr';

/** Marker on a zod issue raised because free text held a CPR number (mapped to 422 by the API). */
export const CPR_ISSUE = 'cprNumber';

export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Ugyldigt id');
export type Id = z.infer<typeof Id>;

/** Calendar date, ISO 8601 (`2026-03-01`); shown as dd.mm.yyyy in the UI. */
export const IsoDate = z.iso.date();
/** Instant, ISO 8601 with time zone. */
export const Timestamp = z.iso.datetime({ offset: true });

/** Amount in Danish kroner, at most two decimals. */
export const Money = z
  .number()
  .nonnegative()
  .max(1_000_000_000)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'Højst to decimaler');

export const Percent = z.number().min(-100).max(100);

/** A user as shown on records: the Entra object id plus a display name. */
export const UserRef = z.strictObject({ userId: z.string().min(1).max(64), name: z.string().max(200) });
export type UserRef = z.infer<typeof UserRef>;

/** Free text written by people: bounded, and never a CPR number. */
export function freeText(max: number, min = 0) {
  return z
    .string()
    .min(min)
    .max(max)
    .refine((text) => !containsCprNumber(text), { message: CPR_REFUSAL, params: { [CPR_ISSUE]: true } });
}

/** Short label (a name, a title). */
export const Label = freeText(200, 1);

/** The five regions of Denmark. */
export const Region = z.enum(['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland']);
export type Region = z.infer<typeof Region>;

/** A provision of law, as data: laws change (Barnets Lov took over parts of serviceloven on 1 January 2024). */
export const LegalReference = z.strictObject({
  law: z.string().min(1).max(100),
  section: z.string().min(1).max(50),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
});
export type LegalReference = z.infer<typeof LegalReference>;

/** A paragraph code used for search and applicability, e.g. `SEL §107`, `BL §43`, `ABL §105`. */
export const ParagraphCode = z.string().min(2).max(40);

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
  continuationToken: z.string().max(2000).optional(),
};
