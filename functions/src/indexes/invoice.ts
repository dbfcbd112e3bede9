// The index of an invoice: contract, provider, status, number, and latest received first.
import type { Invoice } from '@koberollen/shared/domain/invoice';

import { indexFields } from '../records/search';
import { newestFirstKey } from './order';

export type InvoiceIndex = {
  contractId: string;
  providerId: string;
  status: string;
  invoiceNumber: string;
  newestFirst: number;
};

export function invoiceIndex(invoice: Invoice): InvoiceIndex {
  return {
    contractId: invoice.contractId,
    providerId: invoice.providerId,
    status: invoice.status,
    invoiceNumber: invoice.invoiceNumber,
    newestFirst: newestFirstKey(new Date(invoice.receivedDate)),
  };
}

export const invoiceFields = indexFields<InvoiceIndex>();
