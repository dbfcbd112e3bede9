// Follow-up at a glance: milestones due by kind and window, special rates to act on, regulations above KL's rate,
// and the costliest cases' follow-ups this year.
import { Badge, makeStyles, mergeClasses, Subtitle2, Text, tokens } from '@fluentui/react-components';

import { URGENT_SHOWN } from '@koberollen/shared/api/followUpItems';
import { RATE_UNIT_LABELS } from '@koberollen/shared/domain/choices';
import type { FollowUpOverview } from '@koberollen/shared/domain/followUp';
import { countText } from '@koberollen/shared/rules/countText';
import { formatDate, formatKr, formatNumber, formatPercent } from '@koberollen/shared/rules/format';
import { PlainLink } from '@koberollen/shared/ui/plainControls';

import { deferred } from '../shell/deferred';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../shell/plainTable';
import { routeHref } from '../shell/route';
import { Empty } from '../shell/states';
import { KIND_LABELS, WINDOW_LABELS } from './contractLabels';

const RecordRegulatedRate = deferred(() => import('./RecordRegulatedRate').then((m) => m.RecordRegulatedRate));

const WINDOWS = ['overdue', 'days30', 'days60', 'days90'] as const;

/** What each block is given: the overview, and what to call after a change made from it (the overview reloads). */
interface BlockProps {
  overview: FollowUpOverview;
  onChanged: () => void;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  // Fluent's card drawn with a few rules: its focus handling for cards that are themselves controls is not needed here.
  block: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  wide: { gridColumn: '1 / -1' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
});

const contractLink = (id: string, text: string) => <PlainLink href={routeHref('kontrakter', [id])}>{text}</PlainLink>;

function DueBlock({ overview }: { overview: FollowUpOverview }) {
  const styles = useStyles();
  if (overview.dueGroups.length === 0) return <Empty>Ingen åbne frister de næste 90 dage.</Empty>;
  const urgent = overview.dueGroups
    .flatMap((g) => g.items)
    .filter((m) => m.window === 'overdue' || m.window === 'days30')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, URGENT_SHOWN);
  return (
    <>
      <Table size="small" aria-label="Åbne frister efter art">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Art</TableHeaderCell>
            {WINDOWS.map((w) => (
              <TableHeaderCell key={w} className={styles.number}>
                {WINDOW_LABELS[w]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {overview.dueGroups.map((group) => (
            <TableRow key={group.kind}>
              <TableCell>{KIND_LABELS[group.kind]}</TableCell>
              {WINDOWS.map((w) => (
                <TableCell key={w} className={styles.number}>
                  {group.counts[w]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {urgent.length > 0 && (
        <ul className={styles.list} aria-label="De mest presserende frister">
          {urgent.map((m) => (
            <li key={m.id}>
              {m.status === 'overdue' && (
                <Badge color="danger" appearance="filled">
                  Overskredet
                </Badge>
              )}{' '}
              {formatDate(m.dueDate)}: {m.title} – {contractLink(m.contractId, m.contractTitle)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function SpecialRateBlock({ overview }: { overview: FollowUpOverview }) {
  const styles = useStyles();
  if (overview.specialRates.length === 0) return <Empty>Ingen særtakster kræver handling nu.</Empty>;
  return (
    <ul className={styles.list}>
      {overview.specialRates.map((s) => (
        <li key={s.contractId}>
          {contractLink(s.contractId, s.contractTitle)} ({s.providerName}): {formatKr(s.amount)}{' '}
          {RATE_UNIT_LABELS[s.type]}
          <Text block>
            {s.reason === 'expiring'
              ? `Udløber ${formatDate(s.endDate ?? '')} (${s.days === 0 ? 'i dag' : `om ${countText(s.days, 'dag', 'dage')}`})`
              : `Den månedlige opfølgning er ${countText(s.days, 'dag', 'dage')} forsinket`}
          </Text>
        </li>
      ))}
    </ul>
  );
}

function RegulationBlock({ overview, onChanged }: BlockProps) {
  const styles = useStyles();
  if (overview.regulations.length === 0) return <Empty>Ingen leverandører regulerer over kontraktens rammer.</Empty>;
  return (
    <ul className={styles.list}>
      {overview.regulations.map((r) => (
        <li key={`${r.contractId}-${r.rateLabel}`}>
          <Text weight="semibold">{r.providerName}</Text>, {r.rateLabel}: {formatKr(r.contractRate)} →{' '}
          {formatKr(r.providerRate)} fra {formatDate(r.validFrom)} ({formatPercent(r.actualPercent)}).
          <Text block>
            Tilladt: {formatKr(r.allowedRate)} ({formatPercent(r.allowedPercent)}).{' '}
            <Text weight="semibold">
              {formatKr(r.excessKr)} ({formatNumber(r.excessPercent)} procentpoint) over
            </Text>{' '}
            – {contractLink(r.contractId, r.contractTitle)}
          </Text>
          <RecordRegulatedRate alert={r} onRecorded={onChanged} />
        </li>
      ))}
    </ul>
  );
}

function ExpensiveBlock({ overview }: { overview: FollowUpOverview }) {
  const styles = useStyles();
  if (overview.expensiveCases.length === 0) return <Empty>Ingen aktive kontrakter.</Empty>;
  return (
    <Table size="small" aria-label="De dyreste sager og deres opfølgning i år">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Sag</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Udgift næste 12 mdr.</TableHeaderCell>
          <TableHeaderCell>Opfølgninger i år</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {overview.expensiveCases.map((c) => (
          <TableRow key={c.caseId}>
            <TableCell>{contractLink(c.contractId, c.caseReference || c.contractTitle)}</TableCell>
            <TableCell className={styles.number}>{formatKr(c.annualCost)}</TableCell>
            <TableCell>
              {c.followUpsDone} af {c.followUpsRequired}
              {c.followUpsMissing > 0 && (
                <>
                  {' '}
                  <Badge color="danger" appearance="filled">
                    {c.followUpsMissing} mangler
                  </Badge>
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const BLOCKS = [
  { id: 'due', title: 'Frister de næste 90 dage', Block: DueBlock, wide: true },
  { id: 'special', title: 'Særtakster', Block: SpecialRateBlock, wide: false },
  { id: 'regulation', title: 'Prisreguleringer ud over kontrakten', Block: RegulationBlock, wide: false },
  { id: 'expensive', title: 'De dyreste sager de næste 12 måneder', Block: ExpensiveBlock, wide: false },
] as const;

export function FollowUpPanel({ overview, onChanged }: BlockProps) {
  const styles = useStyles();
  return (
    <div className={styles.grid}>
      {BLOCKS.map(({ id, title, Block, wide }) => (
        <section
          key={id}
          aria-labelledby={`followup-${id}`}
          className={mergeClasses(styles.block, wide && styles.wide)}
        >
          <Subtitle2 as="h4" id={`followup-${id}`}>
            {title}
          </Subtitle2>
          <Block overview={overview} onChanged={onChanged} />
        </section>
      ))}
    </div>
  );
}
