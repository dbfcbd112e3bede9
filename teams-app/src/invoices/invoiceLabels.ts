// Danish labels of the invoice views: statuses with their badge colours, what a line bills, and its units.
import type { InvoiceLine, InvoiceStatus } from '@koberollen/shared/domain/invoice';
import { RATE_NAMES } from '@koberollen/shared/rules/invoiceCheck';

export const STATUS_BADGES: Record<InvoiceStatus, { label: string; color: 'success' | 'danger' | 'informative' }> = {
  deviating: { label: 'Afviger', color: 'danger' },
  resolved: { label: 'Afklaret', color: 'informative' },
  matching: { label: 'Stemmer', color: 'success' },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a line may bill, as the form's choices: "Døgntakst", "Særtakst", … */
export const RATE_TYPE_OPTIONS = (Object.keys(RATE_NAMES) as InvoiceLine['rateType'][]).map((value) => ({
  value,
  label: capitalised(RATE_NAMES[value]),
}));

export const UNIT_OPTIONS: { value: InvoiceLine['unit']; label: string }[] = [
  { value: 'day', label: 'Døgn' },
  { value: 'month', label: 'Måneder' },
  { value: 'hour', label: 'Timer' },
  { value: 'package', label: 'Pakker' },
];
