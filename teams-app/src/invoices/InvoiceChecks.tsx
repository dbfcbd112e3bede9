// The check of each line of an invoice (billed against expected in kr., and why it matches or deviates), and days
// another invoice of the contract billed too.
import { Badge, makeStyles, Text } from '@fluentui/react-components';

import type { Invoice } from '@koberollen/shared/domain/invoice';
import { formatKr, formatNumber } from '@koberollen/shared/rules/format';

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../shell/plainTable';

const useStyles = makeStyles({ table: { overflowX: 'auto' }, amount: { textAlign: 'end', whiteSpace: 'nowrap' } });

export function InvoiceChecks({ invoice }: { invoice: Pick<Invoice, 'invoiceNumber' | 'lines' | 'check'> }) {
  const styles = useStyles();
  return (
    <div className={styles.table}>
      <Table size="small" aria-label={`Kontrol af linjerne på faktura ${invoice.invoiceNumber}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Linje</TableHeaderCell>
            <TableHeaderCell>Antal</TableHeaderCell>
            <TableHeaderCell>Faktureret</TableHeaderCell>
            <TableHeaderCell>Forventet højst</TableHeaderCell>
            <TableHeaderCell>Forskel</TableHeaderCell>
            <TableHeaderCell>Kontrol</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {invoice.check.lines.map((check) => {
            const line = invoice.lines[check.index];
            return (
              <TableRow key={check.index}>
                <TableCell>{line?.description}</TableCell>
                <TableCell>{line ? formatNumber(line.quantity) : ''}</TableCell>
                <TableCell className={styles.amount}>{formatKr(check.billedAmount)}</TableCell>
                <TableCell className={styles.amount}>
                  {check.expectedAmount === undefined ? 'Ingen pris' : formatKr(check.expectedAmount)}
                </TableCell>
                <TableCell className={styles.amount}>{formatKr(check.difference)}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={check.verdict === 'matches' ? 'success' : 'danger'}>
                    {check.verdict === 'matches' ? 'Stemmer' : 'Afviger'}
                  </Badge>{' '}
                  {check.reason}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {(invoice.check.findings ?? []).length > 0 && (
        <ul aria-label={`Hele faktura ${invoice.invoiceNumber}`}>
          {invoice.check.findings!.map((finding) => (
            <li key={finding.invoiceId}>
              <Badge appearance="tint" color="danger">
                Afviger
              </Badge>{' '}
              <Text weight="semibold">{formatKr(finding.amount)} på spil:</Text> {finding.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
