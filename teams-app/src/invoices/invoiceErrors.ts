// A refused invoice in words: each field the server named, a line's by its number in the form ("Linje 2: …").
import { ApiError } from '@koberollen/shared/api/apiError';

import { describeError } from '../shell/states';

const FIELD_NAMES: Record<string, string> = {
  invoiceNumber: 'Fakturanummer',
  periodFrom: 'Periode fra',
  periodTo: 'Periode til',
  receivedDate: 'Modtaget',
  lines: 'Linjer',
  notes: 'Bemærkninger',
  creditsInvoiceId: 'Faktura, der krediteres',
};

export function invoiceErrorText(error: unknown): string {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return describeError(error);
  const fields = Object.entries(error.fields).map(([field, message]) => {
    const line = /^lines\.(\d+)\./.exec(field);
    const name = line ? `Linje ${Number(line[1]) + 1}` : (FIELD_NAMES[field] ?? 'Fakturaen');
    return `${name}: ${message}`;
  });
  return [error.title, error.detail, ...fields].filter(Boolean).join(' – ');
}
