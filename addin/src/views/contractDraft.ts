// The contract form's draft: what the user types (text, Danish amounts), read into the API's contract input.
import type { Contract, ContractInput, PriceRegulation } from '@koberollen/shared/domain/contract';
import type { RateType } from '@koberollen/shared/domain/rate';
import { formatDate, formatNumber, parseDanishDate } from '@koberollen/shared/rules/format';

export interface ContractDraft {
  providerId: string;
  offerId: string;
  templateId: string;
  title: string;
  startDate: string;
  endDate: string;
  reviewDate: string;
  rateType: RateType;
  rateLabel: string;
  rateAmount: string;
  rateValidFrom: string;
  /** Face-to-face hours a week (§ 83, § 85); empty when none are agreed. */
  weeklyHours: string;
  special: boolean;
  specialType: RateType;
  specialAmount: string;
  specialReason: string;
  specialStart: string;
  specialEnd: string;
  specialMonthly: boolean;
  regulationBasis: PriceRegulation['basis'];
  regulationPercent: string;
  regulationMonth: string;
  renegotiationDate: string;
  noticeMonths: string;
  followUpMonths: string;
}

/** "2.500,50" → 2500.5; NaN when it is not an amount. */
export function parseDanishNumber(text: string): number {
  const cleaned = text
    .trim()
    .replace(/\s|kr\.?/g, '')
    .replace(/\./g, '')
    .replace(',', '.');
  return cleaned === '' ? NaN : Number(cleaned);
}

const shown = (n: number | undefined) => (n === undefined ? '' : formatNumber(n, 2));
/** An ISO date as the form shows it, dd.mm.åååå. */
const day = (iso: string | undefined) => (iso ? formatDate(iso) : '');
/** A typed date as the API takes it; text that is no date goes as typed, for the API to reject. */
const iso = (text: string) => (text.trim() ? (parseDanishDate(text) ?? text) : '');

/** The draft's date fields, typed as dd.mm.åååå. */
export const DATE_KEYS = [
  'startDate',
  'endDate',
  'reviewDate',
  'rateValidFrom',
  'specialStart',
  'specialEnd',
  'renegotiationDate',
] as const satisfies readonly (keyof ContractDraft)[];

/** The date fields holding text that is no date (empty ones are left to the API's required checks). */
export function invalidDates(draft: ContractDraft): (typeof DATE_KEYS)[number][] {
  return DATE_KEYS.filter((key) => draft[key].trim() !== '' && parseDanishDate(draft[key]) === undefined);
}

/** The Danish message for weekly hours that are no number of hours in a week; undefined when they are fine. */
export function weeklyHoursError(draft: Pick<ContractDraft, 'weeklyHours'>): string | undefined {
  if (!draft.weeklyHours.trim()) return undefined;
  const hours = parseDanishNumber(draft.weeklyHours);
  return Number.isFinite(hours) && hours > 0 && hours <= 168
    ? undefined
    : 'Skriv timer pr. uge som et tal over 0 og højst 168, fx 7,5.';
}

export function draftOf(contract: Contract | undefined, defaults: Partial<ContractDraft>): ContractDraft {
  const rate = contract?.rates[0];
  const special = contract?.specialRate;
  return {
    providerId: contract?.providerId ?? defaults.providerId ?? '',
    offerId: contract?.offerId ?? defaults.offerId ?? '',
    templateId: contract?.templateId ?? defaults.templateId ?? '',
    title: contract?.title ?? defaults.title ?? '',
    startDate: day(contract?.startDate),
    endDate: day(contract?.endDate),
    reviewDate: day(contract?.reviewDate),
    rateType: rate?.type ?? 'day',
    rateLabel: rate?.label ?? 'Døgntakst',
    rateAmount: shown(rate?.amount),
    rateValidFrom: day(rate?.validFrom),
    weeklyHours: shown(contract?.weeklyHours),
    special: special !== undefined,
    specialType: special?.type ?? 'day',
    specialAmount: shown(special?.amount),
    specialReason: special?.reason ?? '',
    specialStart: day(special?.startDate),
    specialEnd: day(special?.endDate),
    specialMonthly: special?.monthlyReview ?? false,
    regulationBasis: contract?.priceRegulation.basis ?? 'kl',
    regulationPercent: shown(contract?.priceRegulation.maxPercent),
    regulationMonth: String(contract?.priceRegulation.month ?? 1),
    renegotiationDate: day(contract?.renegotiationDate),
    noticeMonths: String(contract?.noticePeriodMonths ?? 3),
    followUpMonths: String(contract?.followUpCadenceMonths ?? 3),
  };
}

const optional = (text: string) => (text ? text : undefined);

/** The API body; the API validates it and answers field by field. */
export function contractInputOf(draft: ContractDraft, caseId: string, contract?: Contract): ContractInput {
  return {
    caseId,
    providerId: draft.providerId,
    offerId: draft.offerId,
    templateId: draft.templateId,
    clauseVersions: contract?.clauseVersions ?? [],
    title: draft.title,
    status: contract?.status ?? 'draft',
    startDate: iso(draft.startDate),
    endDate: optional(iso(draft.endDate)),
    reviewDate: optional(iso(draft.reviewDate)),
    rates: [
      {
        type: draft.rateType,
        label: draft.rateLabel,
        amount: parseDanishNumber(draft.rateAmount),
        validFrom: iso(draft.rateValidFrom) || iso(draft.startDate),
      },
    ],
    weeklyHours: draft.weeklyHours.trim() ? parseDanishNumber(draft.weeklyHours) : undefined,
    specialRate: draft.special
      ? {
          type: draft.specialType,
          amount: parseDanishNumber(draft.specialAmount),
          reason: draft.specialReason,
          startDate: iso(draft.specialStart),
          endDate: optional(iso(draft.specialEnd)),
          monthlyReview: draft.specialMonthly,
        }
      : undefined,
    priceRegulation: {
      basis: draft.regulationBasis,
      maxPercent: draft.regulationBasis === 'fixed' ? parseDanishNumber(draft.regulationPercent) : undefined,
      month: Number(draft.regulationMonth),
    },
    renegotiationDate: optional(iso(draft.renegotiationDate)),
    noticePeriodMonths: Number(draft.noticeMonths),
    followUpCadenceMonths: Number(draft.followUpMonths),
    notes: contract?.notes ?? '',
  };
}
