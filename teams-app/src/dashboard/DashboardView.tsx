// Overblik: spend, savings, rate development and the costliest cases for a chosen period, each chart also a table.
import { Body1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';

import { formatDate, formatKr } from '@koberollen/shared/rules/format';

import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { navigate, routeHref } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { ChartCard } from './ChartCard';
import { chartSpecs } from './chartSpecs';
import { FiguresStatusNote } from './FiguresStatusNote';
import { useDashboard } from './useDashboard';

/** The period form and the table of the costliest cases follow the figures. */
const ExpensiveCases = deferred(() => import('./ExpensiveCases').then((m) => m.ExpensiveCases));
const PeriodChooser = deferred(() => import('./PeriodChooser').then((m) => m.PeriodChooser));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  figureLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 520px), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

export default function DashboardView({ params }: { params: URLSearchParams }) {
  const styles = useStyles();
  const overview = useDashboard(params);
  const data = overview.data;
  useReportFirstData(overview.state === 'ready');
  useEffect(() => {
    document.title = 'Overblik – Køberollen';
  }, []);
  const specs = useMemo(() => (data ? chartSpecs(data) : []), [data]);

  return (
    <section className={styles.root} aria-labelledby="dashboard-heading">
      <Title3 as="h2" id="dashboard-heading">
        Overblik
      </Title3>
      {data && (
        <PeriodChooser
          value={data}
          onChange={({ from, to }) => navigate(routeHref('overblik', [], { fra: from, til: to }))}
        />
      )}
      {overview.state === 'loading' && <Loading />}
      {overview.state === 'error' && <ErrorState error={overview.error} onRetry={overview.reload} />}
      {data && (
        <>
          <Body1 as="p">
            Perioden {formatDate(data.from)} – {formatDate(data.to)} (hele måneder), tal pr. {formatDate(data.asOf)}.
            Udgiften er det, leverandørerne har faktureret for dagene i perioden (godkendte og afklarede fakturaer), og
            for dage uden faktura det, kontraktens takster giver; besparelsen er forskellen mellem tilbuddets listepris
            og den aftalte takst. Hver oversigt viser de ti største, og resten samlet som »Øvrige«: de ti leverandører,
            der koster mest i periodens sidste kalenderår, og de ti sager, der sparer mest i det år.
          </Body1>
          <FiguresStatusNote />
          <dl className={styles.figures}>
            {[
              ['Udgift i perioden', data.total],
              ['Forhandlet besparelse i perioden', data.savings.inPeriod],
              ['Forhandlet besparelse pr. år', data.savings.annual],
            ].map(([label, amount]) => (
              <div key={label} className={styles.figure}>
                <dt className={styles.figureLabel}>{label}</dt>
                <dd className={styles.value}>{formatKr(Number(amount))}</dd>
              </div>
            ))}
          </dl>
          <ExpensiveCases data={data} />
          <div className={styles.grid}>
            {specs.map((spec) => (
              <ChartCard key={spec.id} spec={spec} period={data} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
