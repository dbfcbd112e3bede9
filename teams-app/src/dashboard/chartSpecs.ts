// What each chart of the overview shows, as one spec that both the chart and its table (and CSV) are drawn from.
import type { DashboardAnswer } from '@koberollen/shared/api/analysis.contract';
import { RATE_UNIT_LABELS } from '@koberollen/shared/domain/choices';

import type { TableData } from './csv';

type AmountRow = DashboardAnswer['spend']['provider'][number];

/** A chart: bars or donut slices (label and amount), or lines of dated amounts. */
export type ChartData =
  | { kind: 'hbar' | 'vbar' | 'donut'; bars: { label: string; amount: number }[] }
  | { kind: 'line'; lines: { label: string; points: { date: string; amount: number }[] }[] };

export interface ChartSpec {
  id: string;
  title: string;
  chart: ChartData;
  table: TableData;
}

/** Groups shown as bars at most; the rest are summed in one bar. */
export const MAX_BARS = 10;
const REST = 'Øvrige';

/** The first `MAX_BARS - 1` rows and the rest summed as "Øvrige", when there are more than `MAX_BARS`. */
export function topWithRest(rows: AmountRow[]): AmountRow[] {
  if (rows.length <= MAX_BARS) return rows;
  const rest = rows.slice(MAX_BARS - 1);
  const amount = rest.reduce((sum, r) => sum + r.amount, 0);
  const contracts = rest.reduce((sum, r) => sum + r.contracts, 0);
  return [
    ...rows.slice(0, MAX_BARS - 1),
    { key: '', label: `${REST} (${rest.length})`, amount: Math.round(amount * 100) / 100, contracts },
  ];
}

function spendSpec(id: string, title: string, kind: 'hbar' | 'vbar' | 'donut', group: string, rows: AmountRow[]) {
  const shown = kind === 'vbar' ? rows : topWithRest(rows);
  return {
    id,
    title,
    chart: { kind, bars: shown.map((r) => ({ label: r.label, amount: r.amount })) },
    table: {
      columns: [
        { label: group, kind: 'text' as const },
        { label: 'Udgift (kr.)', kind: 'kr' as const },
        { label: 'Kontrakter', kind: 'count' as const },
      ],
      rows: shown.map((r) => [r.label, r.amount, r.contracts]),
    },
  };
}

/** The charts of the overview, in the order they are shown. */
export function chartSpecs(data: DashboardAnswer): ChartSpec[] {
  const { spend, savings, rates } = data;
  return [
    spendSpec('maaned', 'Udgift pr. måned', 'vbar', 'Måned', spend.month),
    spendSpec('leverandoer', 'Udgift pr. leverandør', 'hbar', 'Leverandør', spend.provider),
    spendSpec('paragraf', 'Udgift pr. paragraf', 'hbar', 'Paragraf', spend.paragraph),
    spendSpec('maalgruppe', 'Udgift pr. målgruppe', 'hbar', 'Målgruppe', spend.targetGroup),
    spendSpec('ejerform', 'Offentlige og private leverandører', 'donut', 'Ejerform', spend.ownership),
    spendSpec('egne', 'Egne og eksterne tilbud', 'donut', 'Tilbud', spend.origin),
    {
      id: 'besparelse-aar',
      title: 'Forhandlet besparelse pr. år',
      chart: { kind: 'vbar', bars: savings.byYear.map((r) => ({ label: r.label, amount: r.amount })) },
      table: {
        columns: [
          { label: 'År', kind: 'text' },
          { label: 'Besparelse (kr.)', kind: 'kr' },
          { label: 'Kontrakter', kind: 'count' },
        ],
        rows: savings.byYear.map((r) => [r.label, r.amount, r.contracts]),
      },
    },
    {
      id: 'besparelse-sag',
      title: 'Forhandlet besparelse pr. sag',
      chart: { kind: 'hbar', bars: savings.byCase.map((c) => ({ label: c.reference, amount: c.annual })) },
      table: {
        columns: [
          { label: 'Sag', kind: 'text' },
          { label: 'Behov', kind: 'text' },
          { label: 'Besparelse pr. år (kr.)', kind: 'kr' },
          { label: 'Besparelse i perioden (kr.)', kind: 'kr' },
        ],
        rows: savings.byCase.map((c) => [c.reference, c.title, c.annual, c.inPeriod]),
      },
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
