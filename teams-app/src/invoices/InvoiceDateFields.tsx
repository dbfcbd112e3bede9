// The dates of an invoice or credit note as typed (dd.mm.yyyy): the billed or credited days and the day received.
import { parseDanishDate } from '@koberollen/shared/rules/format';
import { DATE_MESSAGE, DateField } from '@koberollen/shared/ui/DateField';

/** The dates as typed. */
export interface InvoiceDatesText {
  periodFrom: string;
  periodTo: string;
  receivedDate: string;
}

/** The typed dates as ISO dates, each undefined while empty or unreadable. */
export function parseInvoiceDates(text: InvoiceDatesText): Record<keyof InvoiceDatesText, string | undefined> {
  return {
    periodFrom: parseDanishDate(text.periodFrom),
    periodTo: parseDanishDate(text.periodTo),
    receivedDate: parseDanishDate(text.receivedDate),
  };
}

export interface InvoiceDateFieldsProps {
  value: InvoiceDatesText;
  onChange: (value: InvoiceDatesText) => void;
  /** The labels of the period's two ends. @default "Periode fra", "Periode til" */
  labels?: { from: string; to: string };
}

/** The three date fields; each says so once something unreadable is typed, and the period's end if it runs backwards. */
export function InvoiceDateFields({
  value,
  onChange,
  labels = { from: 'Periode fra', to: 'Periode til' },
}: InvoiceDateFieldsProps) {
  const dates = parseInvoiceDates(value);
  const message = (key: keyof InvoiceDatesText) => (value[key].trim() && !dates[key] ? DATE_MESSAGE : undefined);
  const backwards = dates.periodFrom && dates.periodTo && dates.periodTo < dates.periodFrom;
  const field = (key: keyof InvoiceDatesText, label: string, extra?: string) => (
    <DateField
      label={label}
      required
      value={value[key]}
      onChange={(text) => onChange({ ...value, [key]: text })}
      validationMessage={message(key) ?? extra}
    />
  );
  return (
    <>
      {field('periodFrom', labels.from)}
      {field('periodTo', labels.to, backwards ? 'Perioden slutter, før den begynder.' : undefined)}
      {field('receivedDate', 'Modtaget')}
    </>
  );
}
