// Choices the catalogue's filters offer: the legal paragraphs and target groups the municipalities buy under.
import { RATE_UNIT_LABELS } from '@koberollen/shared/domain/choices';
import type { RateType } from '@koberollen/shared/domain/rate';
import { addMonths, compareDates } from '@koberollen/shared/rules/dates';

export const PARAGRAPHS = ['SEL §83', 'SEL §85', 'SEL §107', 'SEL §108', 'BL §32', 'BL §43', 'BL §46', 'BL §47'];

export const TARGET_GROUPS = [
  'Udviklingshæmning',
  'Autismespektrumforstyrrelse',
  'Sindslidelse',
  'Erhvervet hjerneskade',
  'Dobbeltdiagnose',
  'Fysisk funktionsnedsættelse',
  'Omsorgssvigt',
  'Adfærdsvanskeligheder',
  'Autisme hos børn og unge',
  'Selvskade og spiseforstyrrelse',
  'ADHD og tilknytningsvanskeligheder',
];

export const OWNERSHIP_LABELS = { public: 'Offentlig', private: 'Privat' } as const;

export const SORT_LABELS = { name: 'Navn', rate: 'Laveste døgntakst', negotiated: 'Ældste forhandling først' } as const;

export const SOURCE_LABELS = { list: 'Listepris', negotiated: 'Forhandlet' } as const;

/** "pr. døgn" and so on. */
export function unitLabel(type: RateType): string {
  return RATE_UNIT_LABELS[type];
}

/** Today as an ISO date in the user's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A price set more than 12 months ago should be renegotiated; the catalogue flags it. */
export function isStale(negotiatedAt: string, on: string = today()): boolean {
  return compareDates(negotiatedAt, addMonths(on, -12)) < 0;
}
