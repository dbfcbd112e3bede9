// The comparison table as data: one column per offer, rates on one basis (per day, month and face-to-face hour).
import type { OfferRef } from '@koberollen/shared/domain/case';
import type { Offer, Provider } from '@koberollen/shared/domain/provider';
import type { Rate } from '@koberollen/shared/domain/rate';
import { formatDate, formatKr } from '@koberollen/shared/rules/format';

import { OWNERSHIP_LABELS } from './catalogueOptions';

const DAYS_PER_MONTH = 365 / 12;

export interface ComparedOffer {
  provider: Provider;
  offer: Offer;
}

export interface CompareRow {
  label: string;
  values: string[];
}

/** The offer a reference names in a loaded provider, when it is there. */
export function findOffer(provider: Provider, ref: OfferRef): ComparedOffer | undefined {
  const offer = provider.offers.find((o) => o.id === ref.offerId);
  return offer && { provider, offer };
}

const lowest = (rates: Rate[], type: Rate['type']) =>
  rates.filter((r) => r.type === type).sort((a, b) => a.amount - b.amount)[0];

/** Day and month rates converted into each other where only one is given; hours stand alone. */
export function ratesOnOneBasis(offer: Offer): { day: string; month: string; hour: string; dates: string } {
  const day = lowest(offer.rates, 'day');
  const month = lowest(offer.rates, 'month');
  const hour = lowest(offer.rates, 'hour');
  const converted = (amount: number) => `${formatKr(Math.round(amount * 100) / 100)} (omregnet)`;
  const dates = [day, month, hour]
    .filter((r): r is Rate => r !== undefined)
    .map(
      (r) => `${r.label}: ${formatDate(r.negotiatedAt)}${r.source === 'negotiated' ? ' (forhandlet)' : ' (listepris)'}`,
    );
  return {
    day: day ? formatKr(day.amount) : month ? converted(month.amount / DAYS_PER_MONTH) : '–',
    month: month ? formatKr(month.amount) : day ? converted(day.amount * DAYS_PER_MONTH) : '–',
    hour: hour ? formatKr(hour.amount) : '–',
    dates: dates.join('; ') || '–',
  };
}

function latestSupervision(provider: Provider): string {
  const latest = [...provider.supervisionReports].sort((a, b) => b.date.localeCompare(a.date))[0];
  return latest ? `${formatDate(latest.date)}: ${latest.conclusion}` : 'Ingen tilsynsrapport';
}

function notes(provider: Provider): string {
  const latest = provider.qualityNotes[provider.qualityNotes.length - 1];
  if (!latest) return 'Ingen noter';
  const count = provider.qualityNotes.length;
  return `${count} ${count === 1 ? 'note' : 'noter'}; seneste: ${latest.text}`;
}

/** The rows of the comparison, in the order the allocation committee reads them. */
export function compareRows(offers: ComparedOffer[]): CompareRow[] {
  const row = (label: string, value: (c: ComparedOffer) => string): CompareRow => ({
    label,
    values: offers.map(value),
  });
  const rates = offers.map((c) => ratesOnOneBasis(c.offer));
  const rateRow = (label: string, pick: (r: ReturnType<typeof ratesOnOneBasis>) => string): CompareRow => ({
    label,
    values: rates.map(pick),
  });
  return [
    row('Leverandør', (c) => `${c.provider.name} (CVR ${c.provider.cvr})`),
    row('Tilbud', (c) => c.offer.name),
    row('Paragraf', (c) => c.offer.paragraph),
    row('Målgrupper', (c) => c.offer.targetGroups.join(', ') || '–'),
    row('Pladser', (c) => String(c.offer.places)),
    row('Metoder', (c) => c.offer.methods.join(', ') || '–'),
    rateRow('Pr. døgn', (r) => r.day),
    rateRow('Pr. måned', (r) => r.month),
    rateRow('Pr. time (ansigt til ansigt)', (r) => r.hour),
    rateRow('Takster fastsat', (r) => r.dates),
    row('Ejerform', (c) => OWNERSHIP_LABELS[c.provider.ownership]),
    row('Geografi', (c) => `${c.provider.address.city}, ${c.provider.municipality}, Region ${c.provider.region}`),
    row('Seneste tilsyn', (c) => latestSupervision(c.provider)),
    row('Kvalitetsnoter', (c) => notes(c.provider)),
  ];
}

/** The table as tab-separated text, for pasting into Excel or Word. */
export function rowsAsText(rows: CompareRow[]): string {
  return rows.map((r) => [r.label, ...r.values].map((cell) => cell.replace(/[\t\n]+/g, ' ')).join('\t')).join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The table as HTML, so Word and Outlook paste it as a table. */
export function rowsAsHtml(rows: CompareRow[]): string {
  const body = rows
    .map((r) => `<tr><th>${escapeHtml(r.label)}</th>${r.values.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>`)
    .join('');
  return `<table>${body}</table>`;
}
