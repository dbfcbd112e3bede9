// One chart of the overview with its table view (a toggle) and its CSV export of exactly the rows and columns shown;
// a chart of only the leading rows also opens its full table ("Vis alle"), whose code loads when it is opened.
import { Button, makeStyles, Subtitle2, ToggleButton, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';

import { whenFirstData } from '../shell/firstData';
import { Empty, Loading } from '../shell/states';
import type { ChartSpec } from './chartSpecs';
import { downloadCsv } from './csv';
import { DataTable } from './DataTable';

/** The charts' code is asked for once the figures are on screen, so they never wait for it. */
const Chart = lazy(() => whenFirstData().then(() => import('./Charts')));
const FullTable = lazy(() => import('./FullTable'));

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, margin: 0 },
  body: { minHeight: '120px', overflowX: 'auto' },
});

/** The file name of a chart's export for a period, e.g. `udgift-pr-maaned_2025-04-01_2026-03-15.csv`. */
export function csvFileName(spec: Pick<ChartSpec, 'id'>, period: { from: string; to: string }): string {
  return `overblik-${spec.id}_${period.from}_${period.to}.csv`;
}

export function ChartCard({ spec, period }: { spec: ChartSpec; period: { from: string; to: string } }) {
  const styles = useStyles();
  const [view, setView] = useState<'chart' | 'table' | 'all'>('chart');
  const toggle = (shown: 'table' | 'all') => setView((current) => (current === shown ? 'chart' : shown));
  const headingId = `chart-${spec.id}`;
  const empty = spec.table.rows.length === 0;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={headingId} className={styles.title}>
          {spec.title}
        </Subtitle2>
        <ToggleButton
          size="small"
          aria-describedby={headingId}
          checked={view === 'table'}
          onClick={() => toggle('table')}
          disabled={empty}
        >
          Vis som tabel
        </ToggleButton>
        {spec.full && (
          <ToggleButton
            size="small"
            aria-describedby={headingId}
            checked={view === 'all'}
            onClick={() => toggle('all')}
          >
            Vis alle
          </ToggleButton>
        )}
        <Button
          size="small"
          aria-describedby={headingId}
          onClick={() => downloadCsv(spec.table, csvFileName(spec, period))}
          disabled={empty}
        >
          Eksportér CSV
        </Button>
      </div>
      <div className={styles.body}>
        {spec.full && view === 'all' ? (
          <Suspense fallback={<Loading label="Henter alle rækker …" />}>
            <FullTable
              title={spec.title}
              source={spec.full}
              period={period}
              fileName={csvFileName({ id: `${spec.id}-alle` }, period)}
            />
          </Suspense>
        ) : empty ? (
          <Empty>Ingen data i perioden.</Empty>
        ) : view === 'table' ? (
          <DataTable label={spec.title} table={spec.table} />
        ) : (
          <Suspense fallback={<Loading label="Henter diagram …" />}>
            <Chart title={spec.title} data={spec.chart} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
