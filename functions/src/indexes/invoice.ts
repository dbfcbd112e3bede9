// The index of an invoice: contract, provider, status, number, and the list order: deviating first, then newest.
import type { Invoice } from '@koberollen/shared/domain/invoice';

import { indexFields } from '../records/search';
import { newestFirstKey } from './order';

export type InvoiceIndex = {
  contractId: string;
  providerId: string;
  status: string;
  invoiceNumber: string;
  /** Deviating invoices (not yet cleared) first, each group latest received first. */
  deviatingFirst: number;
};

/** Added to the newest-first key of every invoice that is not deviating: larger than any such key. */
const AFTER_DEVIATING = 10_000_000_000_000;

export function invoiceIndex(invoice: Invoice): InvoiceIndex {
  const newestFirst = newestFirstKey(new Date(invoice.receivedDate));
  return {
    contractId: invoice.contractId,
    providerId: invoice.providerId,
    status: invoice.status,
    invoiceNumber: invoice.invoiceNumber,
    deviatingFirst: invoice.status === 'deviating' ? newestFirst : AFTER_DEVIATING + newestFirst,
  };
}

export const invoiceFields = indexFields<InvoiceIndex>();
