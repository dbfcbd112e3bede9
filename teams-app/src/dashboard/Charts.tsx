// The chart of one spec, drawn with @fluentui/react-charts; this module (and the chart library) loads on first use.
import {
  DataVizPalette,
  DonutChart,
  getColorFromToken,
  HorizontalBarChartWithAxis,
  LineChart,
  VerticalBarChart,
} from '@fluentui/react-charts';
import { useEffect, useRef } from 'react';

import { formatDate, formatKr, formatNumber } from '@koberollen/shared/rules/format';

import type { ChartData } from './chartSpecs';

const CULTURE = 'da-DK';
const HEIGHT = 300;

/** Axis ticks short and Danish: "1,5 mio. kr.", "250.000 kr.". */
function kroner(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${formatNumber(value / 1_000_000, 1)} mio. kr.`;
  return `${formatNumber(value, 0)} kr.`;
}

/** Legends wrap onto more lines rather than hiding series behind "+N more". */
const ALL_LEGENDS = { enabledWrapLines: true };
/** Room for the longest amount tick ("12.500.000 kr." is drawn as "12,5 mio. kr."). */
const AMOUNT_AXIS_WIDTH = 96;

/** One colour for every bar of a chart; slices and lines take the palette in turn. */
const PALETTE = [
  DataVizPalette.color1,
  DataVizPalette.color2,
  DataVizPalette.color3,
  DataVizPalette.color4,
  DataVizPalette.color5,
].map((token) => getColorFromToken(token));
const BAR_COLOR = PALETTE[0];
const nth = (i: number) => PALETTE[i % PALETTE.length];

const SENTINELS = 'i[data-tabster-dummy]';

/**
 * Takes the charts' focus sentinels out of the tab order. Tabster puts hidden, tabbable `<i>` elements around each
 * chart's focus group (https://github.com/microsoft/tabster/issues/288), which axe reports as aria-hidden-focus and
 * a keyboard user meets as an invisible stop; without them Tab moves through the chart's points as usual.
 */
function useUntabbableSentinels() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const untab = () => {
      for (const sentinel of root.querySelectorAll<HTMLElement>(SENTINELS)) {
        if (sentinel.tabIndex !== -1) sentinel.tabIndex = -1;
      }
    };
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, []);
  return ref;
}

/** The chart for `data`, titled `title` for screen readers. */
export default function Chart({ title, data }: { title: string; data: ChartData }) {
  const ref = useUntabbableSentinels();
  return (
    <div ref={ref}>
      <ChartOf title={title} data={data} />
    </div>
  );
}

function ChartOf({ title, data }: { title: string; data: ChartData }) {
  if (data.kind === 'line') {
    const lineChartData = data.lines.map((line, i) => ({
      legend: line.label,
      color: nth(i),
      data: line.points.map((p) => ({
        x: new Date(`${p.date}T00:00:00Z`),
        y: p.amount,
        xAxisCalloutData: formatDate(p.date),
        yAxisCalloutData: formatKr(p.amount),
      })),
    }));
    return (
      <LineChart
        data={{ chartTitle: title, lineChartData }}
        height={HEIGHT}
        culture={CULTURE}
        yAxisTickFormat={kroner}
        margins={{ left: AMOUNT_AXIS_WIDTH, right: 32 }}
        legendProps={ALL_LEGENDS}
        customDateTimeFormatter={(date: Date) => formatDate(date.toISOString().slice(0, 10))}
      />
    );
  }
  if (data.kind === 'donut') {
    const chartData = data.bars.map((bar, i) => ({
      legend: bar.label,
      data: bar.amount,
      color: nth(i),
      yAxisCalloutData: formatKr(bar.amount),
    }));
    return (
      <DonutChart
        data={{ chartTitle: title, chartData }}
        height={HEIGHT}
        innerRadius={60}
        culture={CULTURE}
        legendProps={ALL_LEGENDS}
        hideLabels
      />
    );
  }
  if (data.kind === 'vbar') {
    const points = data.bars.map((bar) => ({
      x: bar.label,
      y: bar.amount,
      legend: bar.label,
      color: BAR_COLOR,
      yAxisCalloutData: formatKr(bar.amount),
    }));
    return (
      <VerticalBarChart
        data={points}
        chartTitle={title}
        height={HEIGHT}
        culture={CULTURE}
        yAxisTickFormat={kroner}
        maxBarWidth={48}
        margins={{ left: AMOUNT_AXIS_WIDTH }}
        wrapXAxisLables
        hideLegend
        hideLabels
      />
    );
  }
  const points = data.bars.map((bar) => ({
    x: bar.amount,
    y: bar.label,
    legend: bar.label,
    color: BAR_COLOR,
    xAxisCalloutData: bar.label,
    yAxisCalloutData: formatKr(bar.amount),
  }));
  return (
    <HorizontalBarChartWithAxis
      data={[...points].reverse()}
      chartTitle={title}
      height={Math.max(HEIGHT, points.length * 32 + 60)}
      culture={CULTURE}
      showYAxisLables
      xAxisTickCount={4}
      hideLegend
      hideLabels
    />
  );
}
