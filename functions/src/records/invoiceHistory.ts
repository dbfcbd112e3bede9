// What an invoice of a contract is checked against besides the contract: its other invoices and open reviews.
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';

import { invoiceFields } from '../indexes/invoice';
import { milestoneFields } from '../indexes/milestone';
import type { Repository } from '../store/types';
import { collectAll } from './collect';

export interface InvoiceHistory {
  /** The contract's registered invoices. */
  others: Invoice[];
  /** The contract's special-rate reviews not done. */
  reviews: Milestone[];
}

/** The contract's invoices and open special-rate reviews, each read by the indexed contract id. */
export async function contractHistory(
  store: Repository,
  tenantId: string,
  contractId: string,
): Promise<InvoiceHistory> {
  const [others, milestones] = await Promise.all([
    collectAll<Invoice>(store, tenantId, 'invoice', invoiceFields.eq('contractId', contractId)),
    collectAll<Milestone>(store, tenantId, 'milestone', [
      ...milestoneFields.eq('contractId', contractId),
      ...milestoneFields.eq('kind', 'specialRateReview'),
    ]),
  ]);
  return { others, reviews: milestones.filter((m) => m.status !== 'done') };
}
