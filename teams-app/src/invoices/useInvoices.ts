// Loads invoices in the API's order (deviating first), page by page, and keeps a cleared one in place.
import { useState } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { Invoice, InvoiceStatus } from '@koberollen/shared/domain/invoice';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { INVOICE_PAGE as PAGE } from '../shell/pageSizes';

export function useInvoices(filters: { contractId?: string; status?: InvoiceStatus }) {
  const { api } = useSession();
  const [more, setMore] = useState<{ items: Invoice[]; token?: string }>();
  const [changed, setChanged] = useState(new Map<string, Invoice>());
  const key = JSON.stringify(filters);
  const loaded = useLoad(async () => {
    setMore(undefined);
    setChanged(new Map());
    const { data } = await api.callUnparsed(heads.listInvoices, { query: { ...filters, limit: PAGE } });
    return data;
  }, key);
  const token = more ? more.token : loaded.data?.continuationToken;
  const items = [...(loaded.data?.items ?? []), ...(more?.items ?? [])].map((i) => changed.get(i.id) ?? i);
  const [moreError, setMoreError] = useState<unknown>();
  const loadMore = async () => {
    if (!token) return;
    setMoreError(undefined);
    try {
      const query = { ...filters, limit: PAGE, continuationToken: token };
      const { data } = await api.callUnparsed(heads.listInvoices, { query });
      setMore((m) => ({ items: [...(m?.items ?? []), ...data.items], token: data.continuationToken }));
    } catch (failure) {
      setMoreError(failure);
    }
  };
  const replace = (invoice: Invoice) => setChanged((m) => new Map(m).set(invoice.id, invoice));
  return { loaded, items, hasMore: Boolean(token), loadMore, moreError, replace };
}
