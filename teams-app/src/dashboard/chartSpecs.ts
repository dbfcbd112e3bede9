// What each chart of the overview shows, as one spec that both the chart and its table (and CSV) are drawn from.
import type { DashboardAnswer } from '@koberollen/shared/api/analysis.contract';
import { RATE_UNIT_LABELS } from '@koberollen/shared/domain/choices';
import { TOP_ROWS } from '@koberollen/shared/rules/dashboard';

import type { Cell, Column, TableData } from './csv';

type AmountRow = DashboardAnswer['spend']['provider'][number];
type CaseSaving = DashboardAnswer['savings']['byCase'][number];

/** A chart: bars or donut slices (label and amount), or lines of dated amounts. */
export type ChartData =
  | { kind: 'hbar' | 'vbar' | 'donut'; bars: { label: string; amount: number }[] }
  | { kind: 'line'; lines: { label: string; points: { date: string; amount: number }[] }[] };

/** The full table a chart opens with "Vis alle", a page at a time: a spend group's or the cases' savings. */
export type FullSource = { kind: 'spend'; group: Group; label: string } | { kind: 'savings' };

export interface ChartSpec {
  id: string;
  title: string;
  chart: ChartData;
  table: TableData;
  /** Set when the chart shows only the leading rows. */
  full?: FullSource;
}

const REST = 'Øvrige';

type Group = keyof DashboardAnswer['spend'];

/** A group's rows as the overview lists them (the leading ones), and what the others come to as one row. */
function withRest(data: DashboardAnswer, group: Group): AmountRow[] {
  const rest = data.rest[group];
  return rest ? [...data.spend[group], { key: '', label: REST, ...rest }] : data.spend[group];
}

function spendSpec(
  data: DashboardAnswer,
  id: string,
  title: string,
  kind: 'hbar' | 'vbar' | 'donut',
  group: Group,
  label: string,
) {
  const shown = withRest(data, group);
  return {
    id,
    title,
    chart: { kind, bars: shown.map((r) => ({ label: r.label, amount: r.amount })) },
    table: { columns: spendColumns(group, label), rows: shown.map(spendCells) },
    ...(data.rest[group] ? { full: { kind: 'spend' as const, group, label } } : {}),
  };
}

/** The columns of a spend group's table. */
export function spendColumns(group: Group, label: string): Column[] {
  return [
    { label, kind: 'text' },
    { label: 'Udgift (kr.)', kind: 'kr' },
    { label: group === 'month' ? 'Kontrakter i måneden' : 'Kontrakter i sidste måned', kind: 'count' },
  ];
}

export const spendCells = (r: AmountRow): Cell[] => [r.label, r.amount, r.contracts];

/** The columns of the cases' savings table. */
export const SAVING_COLUMNS: Column[] = [
  { label: 'Sag', kind: 'text' },
  { label: 'Behov', kind: 'text' },
  { label: 'Besparelse pr. år (kr.)', kind: 'kr' },
  { label: 'Besparelse i perioden (kr.)', kind: 'kr' },
];

export const savingCells = (c: CaseSaving): Cell[] => [c.reference, c.title, c.annual, c.inPeriod];

/** The charts of the overview, in the order they are shown. */
export function chartSpecs(data: DashboardAnswer): ChartSpec[] {
  const { savings, rates } = data;
  return [
    spendSpec(data, 'maaned', 'Udgift pr. måned', 'vbar', 'month', 'Måned'),
    spendSpec(data, 'leverandoer', 'Udgift pr. leverandør', 'hbar', 'provider', 'Leverandør'),
    spendSpec(data, 'paragraf', 'Udgift pr. paragraf', 'hbar', 'paragraph', 'Paragraf'),
    spendSpec(data, 'maalgruppe', 'Udgift pr. målgruppe', 'hbar', 'targetGroup', 'Målgruppe'),
    spendSpec(data, 'ejerform', 'Offentlige og private leverandører', 'donut', 'ownership', 'Ejerform'),
    spendSpec(data, 'egne', 'Egne og eksterne tilbud', 'donut', 'origin', 'Tilbud'),
    {
      id: 'besparelse-aar',
      title: 'Forhandlet besparelse pr. år',
      chart: { kind: 'vbar', bars: savings.byYear.map((r) => ({ label: r.label, amount: r.amount })) },
      table: {
        columns: [
          { label: 'År', kind: 'text' },
          { label: 'Besparelse (kr.)', kind: 'kr' },
          { label: 'Kontrakter med listepris', kind: 'count' },
        ],
        rows: savings.byYear.map((r) => [r.label, r.amount, r.contracts]),
      },
    },
    {
      id: 'besparelse-sag',
      title: 'Forhandlet besparelse pr. sag',
      chart: { kind: 'hbar', bars: savings.byCase.map((c) => ({ label: c.reference, amount: c.annual })) },
      table: { columns: SAVING_COLUMNS, rows: savings.byCase.map(savingCells) },
      // The overview lists the cases that save the most; there may be more.
      ...(savings.byCase.length >= TOP_ROWS ? { full: { kind: 'savings' as const } } : {}),
    },
    {
      id: 'takster',
      title: 'Taksternes udvikling for de største tilbud',
      chart: {
        kind: 'line',
        lines: rates.map((r) => ({
          label: r.label,
          points: r.points.map((p) => ({ date: p.date, amount: p.amount })),
        })),
      },
      table: {
        columns: [
          { label: 'Tilbud', kind: 'text' },
          { label: 'Gyldig fra', kind: 'date' },
          { label: 'Takst (kr.)', kind: 'kr' },
          { label: 'Enhed', kind: 'text' },
          { label: 'Kilde', kind: 'text' },
        ],
        rows: rates.flatMap((r) =>
          r.points.map((p) => [
            r.label,
            p.date,
            p.amount,
            RATE_UNIT_LABELS[r.rateType],
            p.source === 'list' ? 'Listepris' : 'Forhandlet',
          ]),
        ),
      },
    },
  ];
}
