// Provider (leverandør) and its offers (tilbud): the catalogue the case workers scan and choose from.
import { z } from 'zod';

import { isValidCvr } from '../rules/cvr';
import { OWNERSHIPS } from './choices';
import { freeText, IsoDate, Label, Meta, ParagraphCode, Region, Timestamp, UserRef } from './common';
import { Rate } from './rate';
import { WebLink } from './webLink';

export const Cvr = z.string().refine(isValidCvr, 'CVR-nummeret skal være 8 cifre og bestå modulus 11-kontrollen');

export const Ownership = z.enum(OWNERSHIPS);
export type Ownership = z.infer<typeof Ownership>;

export const Contact = z.strictObject({
  name: Label,
  role: freeText(100).default(''),
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ]{8,16}$/, 'Ugyldigt telefonnummer')
    .optional(),
});

export const Offer = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
  name: Label,
  paragraph: ParagraphCode,
  targetGroups: z.array(freeText(100, 1)).max(20),
  places: z.number().int().nonnegative().max(10_000),
  methods: z.array(freeText(100, 1)).max(30).default([]),
  /** Tilbudsportalen identifies an offer by tilbudsid + afdelingsid. */
  tilbudsportalen: z.strictObject({ tilbudsid: z.string().max(20), afdelingsid: z.string().max(20) }).optional(),
  rates: z.array(Rate).max(50).default([]),
});
export type Offer = z.infer<typeof Offer>;

export const SupervisionReport = z.strictObject({
  date: IsoDate,
  authority: freeText(200).default(''),
  conclusion: freeText(2000, 1),
  link: WebLink.optional(),
});

export const QualityNote = z.strictObject({
  id: z.string(),
  text: z.string(),
  author: UserRef,
  createdAt: Timestamp,
});
export type QualityNote = z.infer<typeof QualityNote>;

export const ProviderInput = z.object({
  name: Label,
  cvr: Cvr,
  ownership: Ownership,
  address: z.strictObject({
    street: freeText(200).default(''),
    postalCode: z.string().regex(/^\d{4}$/, 'Postnummeret skal være 4 cifre'),
    city: Label,
  }),
  municipality: Label,
  region: Region,
  contacts: z.array(Contact).max(20).default([]),
  offers: z.array(Offer).max(50).default([]),
  supervisionReports: z.array(SupervisionReport).max(50).default([]),
  educationLevels: z.array(freeText(100, 1)).max(20).default([]),
});
export type ProviderInput = z.infer<typeof ProviderInput>;

export const ProviderServerFields = { ...Meta, qualityNotes: z.array(QualityNote) };
/**
 * A report as the API answers it: a link stored before links were checked on write may be any text, so reading it
 * must not fail; views make it clickable only through `safeHref`.
 */
const StoredSupervisionReport = SupervisionReport.extend({ link: z.string().optional() });
export const Provider = ProviderInput.extend({
  ...ProviderServerFields,
  supervisionReports: z.array(StoredSupervisionReport).default([]),
});
export type Provider = z.infer<typeof Provider>;

export const QualityNoteBody = z.strictObject({ text: freeText(4000, 1) });
