// Invoices as a list, deviating first as the API orders them: status, period, billed and the difference in kr.;
// each opens to its line checks and, for a deviating one, finance's resolution with a note.
import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';

import type { Invoice } from '@koberollen/shared/domain/invoice';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate, formatKr } from '@koberollen/shared/rules/format';

import { useCan } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { InvoiceChecks } from './InvoiceChecks';
import { STATUS_BADGES } from './invoiceLabels';

const ResolveInvoice = deferred(() => import('./ResolveInvoice').then((m) => m.ResolveInvoice));
const CreditNoteForm = deferred(() => import('./CreditNoteForm').then((m) => m.CreditNoteForm));
const CreditNoteActions = deferred(() => import('./CreditNoteActions').then((m) => m.CreditNoteActions));

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  deviating: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  summary: {
    cursor: 'pointer',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  body: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

/** One sentence on what the invoice bills against what the contract allows. */
export function verdictText(invoice: Pick<Invoice, 'status' | 'check' | 'creditsInvoiceNumber'>): string {
  const { check } = invoice;
  if (invoice.creditsInvoiceNumber)
    return `Krediterer ${formatKr(-check.billedTotal)} på faktura ${invoice.creditsInvoiceNumber}`;
  if (check.verdict === 'matches') return `Stemmer med kontrakten: ${formatKr(check.billedTotal)}`;
  return `Faktureret ${formatKr(check.billedTotal)}, forventet højst ${formatKr(check.expectedTotal)}: afviger med ${formatKr(check.difference)}`;
}

export interface InvoiceListProps {
  invoices: Invoice[];
  /** The contracts' titles by id, shown when the list spans contracts. */
  contractTitles?: Map<string, string>;
  /** Called with the invoice as it is after finance cleared its deviation. */
  onResolved: (invoice: Invoice) => void;
  /** Called after finance registered, corrected or deleted a credit note (other invoices may be checked again). */
  onCredited: () => void;
  label: string;
}

export function InvoiceList({ invoices, contractTitles, onResolved, onCredited, label }: InvoiceListProps) {
  const styles = useStyles();
  const mayResolve = useCan('invoices');
  return (
    <ul className={styles.list} aria-label={label}>
      {invoices.map((invoice) => {
        const badge = STATUS_BADGES[invoice.status];
        const title = contractTitles?.get(invoice.contractId);
        return (
          <li
            key={invoice.id}
            className={invoice.status === 'deviating' ? `${styles.item} ${styles.deviating}` : styles.item}
          >
            <details>
              <summary className={styles.summary}>
                <Text weight="semibold">
                  {invoice.creditsInvoiceNumber ? 'Kreditnota' : 'Faktura'} {invoice.invoiceNumber}
                </Text>
                {!invoice.creditsInvoiceNumber && (
                  <Badge appearance="tint" color={badge.color}>
                    {badge.label}
                  </Badge>
                )}
                {title && <Text>{title}</Text>}
                <Caption1>
                  {formatDate(invoice.periodFrom)}–{formatDate(invoice.periodTo)}, modtaget{' '}
                  {formatDate(invoice.receivedDate)}
                </Caption1>
                <Text>{verdictText(invoice)}</Text>
              </summary>
              <div className={styles.body}>
                <InvoiceChecks invoice={invoice} />
                {invoice.resolution && (
                  <Text as="p">
                    Afklaret af {invoice.resolution.by.name} den {formatDate(isoDateOf(invoice.resolution.at))}:{' '}
                    {invoice.resolution.note}
                  </Text>
                )}
                {invoice.status === 'deviating' && mayResolve && (
                  <ResolveInvoice invoice={invoice} onResolved={onResolved} />
                )}
                {!invoice.creditsInvoiceNumber && mayResolve && (
                  <CreditNoteForm invoice={invoice} onCredited={onCredited} />
                )}
                {invoice.creditsInvoiceNumber && mayResolve && (
                  <CreditNoteActions note={invoice} onChanged={onCredited} />
                )}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
