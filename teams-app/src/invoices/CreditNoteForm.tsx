// Register a credit note (kreditnota) against an invoice, or correct one: its number, the credited days and, per line
// of the invoice, what is credited; finance only. The invoice's days and lines (or the note's) are the starting point.
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

/** What the note credits of the invoice's line: its line of the same rate and text. */
const noteLineOf = (note: Invoice | undefined, line: InvoiceLine) =>
  note?.lines.find((l) => l.rateType === line.rateType && l.description === line.description);

/** A number as the fields read it back: decimal comma, no thousands separator (`74.400` would read as 74,4). */
const formatOptional = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', ','));

export interface CreditNoteFormProps {
  invoice: Invoice;
  /** Called once the credit note is registered or corrected (the contract's invoices may be checked again). */
  onCredited: (note: Invoice) => void;
  /** The credit note to correct, with the version read; the form then starts open with its values. */
  correcting?: { note: Invoice; etag: string };
  /** Called when the correction is given up. */
  onCancel?: () => void;
}

export function CreditNoteForm({ invoice, onCredited, correcting, onCancel }: CreditNoteFormProps) {
  const styles = useStyles();
  const { api } = useSession();
  const note = correcting?.note;
  const [head, setHead] = useState({
    invoiceNumber: note?.invoiceNumber ?? '',
    periodFrom: formatDate(note?.periodFrom ?? invoice.periodFrom),
    periodTo: formatDate(note?.periodTo ?? invoice.periodTo),
    receivedDate: formatDate(note?.receivedDate ?? isoDateOf(new Date())),
  });
  const [quantities, setQuantities] = useState(
    invoice.lines.map((line) => formatOptional(noteLineOf(note, line)?.quantity)),
  );
  const [amounts, setAmounts] = useState(invoice.lines.map((line) => formatOptional(noteLineOf(note, line)?.amount)));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState(correcting !== undefined);
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
      const body = {
        invoiceNumber: head.invoiceNumber.trim(),
        periodFrom: dates.periodFrom!,
        periodTo: dates.periodTo!,
        receivedDate: dates.receivedDate!,
        lines: lines!,
        notes: note?.notes ?? '',
        creditsInvoiceId: invoice.id,
      };
      const { data } = correcting
        ? await api.call(invoiceRoutes.correctCreditNote, {
            params: { id: invoice.contractId, invoiceId: correcting.note.id },
            body,
            ifMatch: correcting.etag,
          })
        : await api.call(invoiceRoutes.create, { params: { id: invoice.contractId }, body });
      onCredited(data);
      setSaving(false);
      if (!correcting) {
        // Registered: the form closes, and opens empty for the next credit note.
        setOpen(false);
        setHead((current) => ({ ...current, invoiceNumber: '' }));
        setQuantities(invoice.lines.map(() => ''));
        setAmounts(invoice.lines.map(() => ''));
      }
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
      aria-label={note ? `Ret kreditnota ${note.invoiceNumber}` : `Kreditnota til faktura ${invoice.invoiceNumber}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (sendable) void save();
      }}
    >
      <Text weight="semibold">
        {note ? `Ret kreditnota ${note.invoiceNumber} til` : 'Kreditnota til'} faktura {invoice.invoiceNumber}
      </Text>
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
          {note ? (saving ? 'Gemmer …' : 'Gem rettelse') : saving ? 'Registrerer …' : 'Registrér kreditnota'}
        </Button>
        {onCancel && <Button onClick={onCancel}>Fortryd</Button>}
      </div>
    </form>
  );
}
