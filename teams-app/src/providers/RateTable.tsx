// An offer's rates: the price in force and its history, each with its date and source (list price or negotiated).
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';

import type { Rate } from '@koberollen/shared/domain/rate';
import { formatDate, formatKr } from '@koberollen/shared/rules/format';

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../shell/plainTable';
import { isStale, SOURCE_LABELS, unitLabel } from './catalogueOptions';

const useStyles = makeStyles({ old: { color: tokens.colorNeutralForeground3 }, wrap: { overflowX: 'auto' } });

export function RateTable({ rates, caption }: { rates: Rate[]; caption: string }) {
  const styles = useStyles();
  if (rates.length === 0) return <Caption1>Ingen takster registreret.</Caption1>;
  return (
    <div className={styles.wrap}>
      <Table size="small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Takst</TableHeaderCell>
            <TableHeaderCell>Beløb</TableHeaderCell>
            <TableHeaderCell>Kilde</TableHeaderCell>
            <TableHeaderCell>Fastsat</TableHeaderCell>
            <TableHeaderCell>Gælder</TableHeaderCell>
            <TableHeaderCell>Note</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rates.flatMap((rate) => [
            <TableRow key={rate.id}>
              <TableCell>{rate.label}</TableCell>
              <TableCell>
                {formatKr(rate.amount)} {unitLabel(rate.type)}
              </TableCell>
              <TableCell>{SOURCE_LABELS[rate.source]}</TableCell>
              <TableCell>
                {formatDate(rate.negotiatedAt)}
                {isStale(rate.negotiatedAt) ? ' (over 12 måneder)' : ''}
              </TableCell>
              <TableCell>
                fra {formatDate(rate.validFrom)}
                {rate.validTo ? ` til ${formatDate(rate.validTo)}` : ''}
              </TableCell>
              <TableCell>{rate.note ?? ''}</TableCell>
            </TableRow>,
            ...rate.history.map((old, i) => (
              <TableRow key={`${rate.id}-${i}`} className={styles.old}>
                <TableCell>{rate.label} (tidligere)</TableCell>
                <TableCell>{formatKr(old.amount)}</TableCell>
                <TableCell>{SOURCE_LABELS[old.source]}</TableCell>
                <TableCell>{formatDate(old.negotiatedAt)}</TableCell>
                <TableCell>
                  fra {formatDate(old.validFrom)}
                  {old.validTo ? ` til ${formatDate(old.validTo)}` : ''}
                </TableCell>
                <TableCell>{old.note ?? ''}</TableCell>
              </TableRow>
            )),
          ])}
        </TableBody>
      </Table>
    </div>
  );
}
