// Register an invoice against a contract: number, period and lines (what is billed, quantity in days, months or
// hours, unit price, amount); once saved, each line is shown checked against the contract's rates.
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { invoiceRoutes } from '@koberollen/shared/api/invoices.contract';
import type { Invoice, InvoiceLine } from '@koberollen/shared/domain/invoice';
import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate, formatKr, formatNumber, parseAmount } from '@koberollen/shared/rules/format';
import { roundKr } from '@koberollen/shared/rules/money';

import { useSession } from '../session/sessionContext';
import { useUnsavedGuard } from '../shell/route';
import { ErrorMessage } from '../shell/states';
import { InvoiceChecks } from './InvoiceChecks';
import { InvoiceDateFields, parseInvoiceDates } from './InvoiceDateFields';
import { invoiceErrorText } from './invoiceErrors';
import { RATE_TYPE_OPTIONS, UNIT_OPTIONS } from './invoiceLabels';
import { verdictText } from './InvoiceList';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, maxWidth: '1040px' },
  head: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
  },
  line: {
    display: 'grid',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
    gridTemplateColumns: 'minmax(140px, 1fr) minmax(160px, 2fr) 90px minmax(110px, 1fr) 120px 130px auto',
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  result: { display: 'grid', gap: tokens.spacingVerticalS },
});

interface LineDraft {
  rateType: InvoiceLine['rateType'];
  description: string;
  unit: InvoiceLine['unit'];
  quantity: string;
  unitPrice: string;
  /** Empty: quantity × unit price. */
  amount: string;
}

const EMPTY_LINE: LineDraft = {
  rateType: 'day',
  description: 'Døgntakst',
  unit: 'day',
  quantity: '',
  unitPrice: '',
  amount: '',
};

/** The line as the API takes it, or undefined while a number is missing or unreadable. */
function lineOf(draft: LineDraft): InvoiceLine | undefined {
  const quantity = parseAmount(draft.quantity);
  const unitPrice = parseAmount(draft.unitPrice);
  if (!draft.description.trim() || !quantity || unitPrice === undefined) return undefined;
  const amount = draft.amount.trim() ? parseAmount(draft.amount) : roundKr(quantity * unitPrice);
  if (amount === undefined) return undefined;
  return {
    rateType: draft.rateType,
    description: draft.description.trim(),
    unit: draft.unit,
    quantity,
    unitPrice,
    amount,
  };
}

export interface InvoiceFormProps {
  contractId: string;
  /** Called once the invoice is registered, with it and its check. */
  onSaved: (invoice: Invoice) => void;
}

export function InvoiceForm({ contractId, onSaved }: InvoiceFormProps) {
  const styles = useStyles();
  const { api } = useSession();
  const [head, setHead] = useState({
    invoiceNumber: '',
    periodFrom: '',
    periodTo: '',
    receivedDate: formatDate(isoDateOf(new Date())),
  });
  const [lines, setLines] = useState<LineDraft[]>([EMPTY_LINE]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<Invoice>();
  useUnsavedGuard(!saved && (head.invoiceNumber.trim() !== '' || lines.some((l) => l.quantity || l.unitPrice)));

  const parsed = lines.map(lineOf);
  const cpr = lines.some((l) => containsCprNumber(l.description));
  const dates = parseInvoiceDates(head);
  const periodBackwards = dates.periodFrom && dates.periodTo && dates.periodTo < dates.periodFrom;
  const complete =
    head.invoiceNumber.trim() && dates.periodFrom && dates.periodTo && dates.receivedDate && parsed.every(Boolean);
  const sendable = complete && !cpr && !periodBackwards && !saving;
  const setLine = (index: number, change: Partial<LineDraft>) =>
    setLines((current) => current.map((l, i) => (i === index ? { ...l, ...change } : l)));

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const { data } = await api.call(invoiceRoutes.create, {
        params: { id: contractId },
        body: {
          invoiceNumber: head.invoiceNumber.trim(),
          periodFrom: dates.periodFrom!,
          periodTo: dates.periodTo!,
          receivedDate: dates.receivedDate!,
          lines: parsed as InvoiceLine[],
          notes: '',
        },
      });
      setSaved(data);
      onSaved(data);
    } catch (failure) {
      setError(failure);
    }
    setSaving(false);
  };

  if (saved) {
    return (
      <section className={styles.result} aria-label={`Faktura ${saved.invoiceNumber} er registreret`}>
        <MessageBar intent={saved.status === 'matching' ? 'success' : 'warning'} role="status">
          <MessageBarBody>
            Faktura {saved.invoiceNumber} er registreret. {verdictText(saved)}
          </MessageBarBody>
        </MessageBar>
        <InvoiceChecks invoice={saved} />
        <div>
          <Button
            onClick={() => {
              setSaved(undefined);
              setHead((h) => ({ ...h, invoiceNumber: '' }));
              setLines([EMPTY_LINE]);
            }}
          >
            Registrér endnu en faktura
          </Button>
        </div>
      </section>
    );
  }
  return (
    <form
      className={styles.form}
      aria-label="Registrér faktura"
      onSubmit={(event) => {
        event.preventDefault();
        if (sendable) void save();
      }}
    >
      <div className={styles.head}>
        <Field label="Fakturanummer" required>
          <Input value={head.invoiceNumber} onChange={(_e, d) => setHead({ ...head, invoiceNumber: d.value })} />
        </Field>
        <InvoiceDateFields value={head} onChange={(dates) => setHead({ ...head, ...dates })} />
      </div>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend>
          <Text weight="semibold">Linjer</Text>
        </legend>
        {lines.map((line, index) => {
          const n = index + 1;
          const computed = parsed[index];
          return (
            <div key={index} className={styles.line} role="group" aria-label={`Linje ${n}`}>
              <Field label={`Takstart, linje ${n}`}>
                <Select
                  value={line.rateType}
                  onChange={(_e, d) => {
                    const option = RATE_TYPE_OPTIONS.find((o) => o.value === d.value)!;
                    setLine(index, { rateType: option.value, description: option.label });
                  }}
                >
                  {RATE_TYPE_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label={`Linjetekst, linje ${n}`}
                validationState={containsCprNumber(line.description) ? 'error' : 'none'}
                validationMessage={containsCprNumber(line.description) ? CPR_REFUSAL : undefined}
              >
                <Input value={line.description} onChange={(_e, d) => setLine(index, { description: d.value })} />
              </Field>
              <Field label={`Antal, linje ${n}`}>
                <Input
                  inputMode="decimal"
                  value={line.quantity}
                  onChange={(_e, d) => setLine(index, { quantity: d.value })}
                />
              </Field>
              <Field label={`Enhed, linje ${n}`}>
                <Select
                  value={line.unit}
                  onChange={(_e, d) => setLine(index, { unit: d.value as InvoiceLine['unit'] })}
                >
                  {UNIT_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={`Enhedspris, linje ${n}`}>
                <Input
                  inputMode="decimal"
                  value={line.unitPrice}
                  onChange={(_e, d) => setLine(index, { unitPrice: d.value })}
                />
              </Field>
              <Field
                label={`Beløb, linje ${n}`}
                hint={line.amount ? undefined : computed ? formatKr(computed.amount) : 'Antal × pris'}
              >
                <Input
                  inputMode="decimal"
                  value={line.amount}
                  placeholder={computed ? formatNumber(computed.amount) : ''}
                  onChange={(_e, d) => setLine(index, { amount: d.value })}
                />
              </Field>
              <Button
                appearance="subtle"
                disabled={lines.length === 1}
                onClick={() => setLines((current) => current.filter((_, i) => i !== index))}
              >
                Fjern linje {n}
              </Button>
            </div>
          );
        })}
      </fieldset>
      {error !== undefined && <ErrorMessage message={invoiceErrorText(error)} />}
      <div className={styles.actions}>
        <Button onClick={() => setLines((current) => [...current, EMPTY_LINE])}>Tilføj linje</Button>
        <Button type="submit" appearance="primary" disabled={!sendable}>
          {saving ? 'Registrerer …' : 'Registrér og kontrollér'}
        </Button>
      </div>
    </form>
  );
}
