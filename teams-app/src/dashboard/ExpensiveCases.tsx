// The cases that cost the most in the coming 12 months (as follow-up lists them), each with its follow-up and a link.
import {
  Badge,
  Button,
  Link,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';

import type { DashboardAnswer } from '@koberollen/shared/api/analysis.contract';
import { PHASE_LABELS } from '@koberollen/shared/domain/phaseLabels';
import { FOLLOW_UP_LABELS } from '@koberollen/shared/rules/followUpStatus';
import { formatDate, formatKr } from '@koberollen/shared/rules/format';

import { routeHref } from '../shell/route';
import { Empty } from '../shell/states';
import { csvFileName } from './ChartCard';
import { downloadCsv, type TableData } from './csv';

type Expensive = DashboardAnswer['expensive'][number];

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: 'auto',
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: 0 },
  amount: { textAlign: 'end' },
});

const COLOR = { overdue: 'danger', planned: 'success', none: 'warning' } as const;

function followUpText(c: Expensive): string {
  const { state, nextDue } = c.followUp;
  return nextDue ? `${FOLLOW_UP_LABELS[state]} (${formatDate(nextDue)})` : FOLLOW_UP_LABELS[state];
}

/** The table as exported: the same columns and rows as shown. */
export function expensiveTable(cases: Expensive[]): TableData {
  return {
    columns: [
      { label: 'Sag', kind: 'text' },
      { label: 'Behov', kind: 'text' },
      { label: 'Leverandør', kind: 'text' },
      { label: 'Fase', kind: 'text' },
      { label: 'Udgift næste 12 mdr. (kr.)', kind: 'kr' },
      { label: 'Opfølgning', kind: 'text' },
    ],
    rows: cases.map((c) => [
      c.reference,
      c.title,
      c.providerName,
      c.phase ? PHASE_LABELS[c.phase] : '',
      c.amount,
      followUpText(c),
    ]),
  };
}

export function ExpensiveCases({ data }: { data: DashboardAnswer }) {
  const styles = useStyles();
  const cases = data.expensive;
  return (
    <section className={styles.card} aria-labelledby="expensive-heading">
      <div className={styles.head}>
        <Subtitle2 as="h3" id="expensive-heading" className={styles.title}>
          {cases.length === 1 ? 'Den dyreste sag' : `De ${cases.length} dyreste sager`} de næste 12 måneder
        </Subtitle2>
        <Button
          size="small"
          aria-describedby="expensive-heading"
          disabled={cases.length === 0}
          onClick={() => downloadCsv(expensiveTable(cases), csvFileName({ id: 'dyreste-sager' }, data))}
        >
          Eksportér CSV
        </Button>
      </div>
      {cases.length === 0 ? (
        <Empty>Ingen aktive sager med udgifter de næste 12 måneder.</Empty>
      ) : (
        <Table aria-labelledby="expensive-heading" size="small">
          <TableHeader>
            <TableRow>
              {expensiveTable([]).columns.map((column) => (
                <TableHeaderCell key={column.label}>{column.label}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {cases.map((c) => (
              <TableRow key={c.caseId}>
                <TableCell>
                  <Link href={routeHref('sager', [c.caseId])}>{c.reference}</Link>
                </TableCell>
                <TableCell>{c.title}</TableCell>
                <TableCell>{c.providerName}</TableCell>
                <TableCell>{c.phase ? PHASE_LABELS[c.phase] : ''}</TableCell>
                <TableCell className={styles.amount}>{formatKr(c.amount)}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={COLOR[c.followUp.state]}>
                    {followUpText(c)}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
