// Register a credit note (kreditnota) against an invoice: its number, the credited days and, per line of the invoice,
// what is credited; finance only. The invoice's days and lines are the starting point.
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { invoiceRoutes } from '@koberollen/shared/api/invoices.contract';
import type { Invoice, InvoiceLine } from '@koberollen/shared/domain/invoice';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate, formatKr, formatNumber, parseAmount } from '@koberollen/shared/rules/format';
import { roundKr } from '@koberollen/shared/rules/money';

import { useSession } from '../session/sessionContext';
import { ErrorMessage } from '../shell/states';
import { InvoiceDateFields, parseInvoiceDates } from './InvoiceDateFields';
import { invoiceErrorText } from './invoiceErrors';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '880px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
  },
});

/** The credited lines: each invoice line with a quantity typed, at the invoice's unit price unless an amount is typed. */
function creditedLines(lines: InvoiceLine[], quantities: string[], amounts: string[]): InvoiceLine[] | undefined {
  const credited: InvoiceLine[] = [];
  for (const [i, line] of lines.entries()) {
    if (!quantities[i]?.trim()) continue;
    const quantity = parseAmount(quantities[i]);
    const amount = amounts[i]?.trim() ? parseAmount(amounts[i]) : roundKr((quantity ?? 0) * line.unitPrice);
    if (!quantity || amount === undefined) return undefined;
    credited.push({ ...line, quantity, amount });
  }
  return credited.length > 0 ? credited : undefined;
}

export interface CreditNoteFormProps {
  invoice: Invoice;
  /** Called once the credit note is registered (the contract's invoices may be checked again). */
  onCredited: (note: Invoice) => void;
}

export function CreditNoteForm({ invoice, onCredited }: CreditNoteFormProps) {
  const styles = useStyles();
  const { api } = useSession();
  const [head, setHead] = useState({
    invoiceNumber: '',
    periodFrom: formatDate(invoice.periodFrom),
    periodTo: formatDate(invoice.periodTo),
    receivedDate: formatDate(isoDateOf(new Date())),
  });
  const [quantities, setQuantities] = useState(invoice.lines.map(() => ''));
  const [amounts, setAmounts] = useState(invoice.lines.map(() => ''));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState(false);
  const dates = parseInvoiceDates(head);
  const lines = creditedLines(invoice.lines, quantities, amounts);
  const backwards = dates.periodFrom && dates.periodTo && dates.periodTo < dates.periodFrom;
  const sendable =
    head.invoiceNumber.trim() &&
    dates.periodFrom &&
    dates.periodTo &&
    dates.receivedDate &&
    lines &&
    !backwards &&
    !saving;
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const { data } = await api.call(invoiceRoutes.create, {
        params: { id: invoice.contractId },
        body: {
          invoiceNumber: head.invoiceNumber.trim(),
          periodFrom: dates.periodFrom!,
          periodTo: dates.periodTo!,
          receivedDate: dates.receivedDate!,
          lines: lines!,
          notes: '',
          creditsInvoiceId: invoice.id,
        },
      });
      onCredited(data);
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  };
  const set = (list: string[], i: number, value: string) => list.map((v, j) => (j === i ? value : v));
  if (!open)
    return (
      <div>
        <Button onClick={() => setOpen(true)}>Registrér kreditnota</Button>
      </div>
    );
  return (
    <form
      className={styles.root}
      aria-label={`Kreditnota til faktura ${invoice.invoiceNumber}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (sendable) void save();
      }}
    >
      <Text weight="semibold">Kreditnota til faktura {invoice.invoiceNumber}</Text>
      <div className={styles.row}>
        <Field label="Kreditnotanummer" required>
          <Input value={head.invoiceNumber} onChange={(_e, d) => setHead({ ...head, invoiceNumber: d.value })} />
        </Field>
        <InvoiceDateFields
          value={head}
          onChange={(dates) => setHead({ ...head, ...dates })}
          labels={{ from: 'Krediterede dage fra', to: 'Krediterede dage til' }}
        />
      </div>
      {invoice.lines.map((line, i) => {
        const quantity = parseAmount(quantities[i] ?? '');
        const computed = quantity ? roundKr(quantity * line.unitPrice) : undefined;
        return (
          <div key={i} className={styles.row} role="group" aria-label={`Krediteret af ${line.description}`}>
            <Field
              label={`Antal krediteret, ${line.description}`}
              hint={`Faktureret ${formatNumber(line.quantity)} à ${formatKr(line.unitPrice)}`}
            >
              <Input
                inputMode="decimal"
                value={quantities[i]}
                onChange={(_e, d) => setQuantities(set(quantities, i, d.value))}
              />
            </Field>
            <Field
              label={`Beløb krediteret, ${line.description}`}
              hint={computed === undefined ? 'Antal × pris' : formatKr(computed)}
            >
              <Input
                inputMode="decimal"
                value={amounts[i]}
                placeholder={computed === undefined ? '' : formatNumber(computed)}
                onChange={(_e, d) => setAmounts(set(amounts, i, d.value))}
              />
            </Field>
          </div>
        );
      })}
      {error !== undefined && <ErrorMessage message={invoiceErrorText(error)} />}
      <div>
        <Button type="submit" disabled={!sendable}>
          {saving ? 'Registrerer …' : 'Registrér kreditnota'}
        </Button>
      </div>
    </form>
  );
}
