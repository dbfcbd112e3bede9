// Invoice (faktura): a provider's bill for a contract period, and the result of checking it against the contract.
import { z } from 'zod';

import { INVOICE_STATUSES } from './choices';
import { freeText, Id, IsoDate, Label, Meta, Timestamp, UserRef } from './common';

export const InvoiceUnit = z.enum(['day', 'month', 'hour', 'package']);

export const InvoiceLine = z.strictObject({
  /** The rate billed: a rate type of the contract, the special rate, or an add-on service. */
  rateType: z.enum(['day', 'month', 'hour', 'package', 'specialRate', 'addOn']),
  description: Label,
  quantity: z.number().positive().max(100_000),
  unit: InvoiceUnit,
  unitPrice: z.number().nonnegative().max(10_000_000),
  amount: z.number().nonnegative().max(1_000_000_000),
});
export type InvoiceLine = z.infer<typeof InvoiceLine>;

export const InvoiceInput = z.object({
  invoiceNumber: freeText(60, 1),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  receivedDate: IsoDate,
  lines: z.array(InvoiceLine).min(1).max(200),
  notes: freeText(4000).default(''),
  /**
   * Present on a credit note (kreditnota) only: the invoice of the same contract it credits. Its period is the
   * credited days and its lines what is credited (quantities and amounts written as positive numbers); its total
   * counts negative.
   */
  creditsInvoiceId: Id.optional(),
});
export type InvoiceInput = z.infer<typeof InvoiceInput>;

export const LineCheck = z.object({
  index: z.number().int(),
  verdict: z.enum(['matches', 'deviates']),
  expectedUnitPrice: z.number().optional(),
  billedUnitPrice: z.number(),
  expectedAmount: z.number().optional(),
  billedAmount: z.number(),
  difference: z.number(),
  reason: z.string(),
});
export type LineCheck = z.infer<typeof LineCheck>;

/** A deviation of the invoice as a whole: days another invoice of the contract (named) billed too. */
export const InvoiceFinding = z.object({
  kind: z.enum(['doubleBilled']),
  /** The amount at stake, in kr. */
  amount: z.number(),
  reason: z.string(),
  invoiceId: z.string(),
  invoiceNumber: z.string(),
});
export type InvoiceFinding = z.infer<typeof InvoiceFinding>;

export const InvoiceCheck = z.object({
  verdict: z.enum(['matches', 'deviates']),
  expectedTotal: z.number(),
  billedTotal: z.number(),
  difference: z.number(),
  lines: z.array(LineCheck),
  /** Absent on invoices checked before invoice-wide findings came. */
  findings: z.array(InvoiceFinding).optional(),
});
export type InvoiceCheck = z.infer<typeof InvoiceCheck>;

/** `resolved`: the invoice deviates from the contract, and finance has cleared the deviation with a note. */
export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

/** Why a deviation is cleared (a credit note received, an agreed add-on, …), by whom and when. */
export const InvoiceResolution = z.object({ note: z.string(), by: UserRef, at: Timestamp });
export type InvoiceResolution = z.infer<typeof InvoiceResolution>;

export const ResolveInvoiceBody = z.strictObject({ note: freeText(2000, 1) });

export const InvoiceServerFields = {
  ...Meta,
  contractId: z.string(),
  providerId: z.string(),
  status: InvoiceStatus,
  check: InvoiceCheck,
  resolution: InvoiceResolution.optional(),
  /** On a credit note: the number of the invoice it credits, to show beside it. */
  creditsInvoiceNumber: z.string().optional(),
};
export const Invoice = InvoiceInput.extend(InvoiceServerFields);
export type Invoice = z.infer<typeof Invoice>;
