// Field values the records already hold (municipality, case, provider and offer, contract), by template field key.
import type { Case } from '../domain/case';
import type { Contract, ContractRate } from '../domain/contract';
import type { Offer, Provider } from '../domain/provider';
import { RATE_UNIT_LABELS } from '../domain/rate';
import { compareDates, daysBetween, formatIsoDate, yearOf } from './dates';

export interface KnownSources {
  municipalityName?: string;
  case?: Pick<Case, 'reference' | 'targetGroup' | 'paragraph' | 'decisionDate' | 'chosenOffer'>;
  provider?: Pick<Provider, 'name' | 'cvr' | 'municipality' | 'region' | 'contacts' | 'offers' | 'supervisionReports'>;
  contract?: Pick<
    Contract,
    | 'offerId'
    | 'startDate'
    | 'endDate'
    | 'reviewDate'
    | 'rates'
    | 'weeklyHours'
    | 'specialRate'
    | 'priceRegulation'
    | 'renegotiationDate'
    | 'noticePeriodMonths'
    | 'followUpCadenceMonths'
  >;
  /** The day the values are read (ISO date): which of a contract's rates is in force. */
  today: string;
}

/** The laws behind the paragraph codes (`SEL §85`), as a contract names them. */
const LAW_NAMES: Record<string, string> = {
  SEL: 'serviceloven',
  BL: 'barnets lov',
  ABL: 'almenboligloven',
  FSL: 'folkeskoleloven',
};

/** "SEL §85" → "serviceloven § 85"; a code of another law stays as it is. */
export function legalBasisText(paragraph: string): string {
  const match = /^([A-ZÆØÅ]+)\s*§\s*(\S+)$/.exec(paragraph.trim());
  const law = match && LAW_NAMES[match[1]!];
  return law ? `${law} § ${match[2]}` : paragraph;
}

/** Of a contract's rates of one kind, the one in force on the day; before any is, the first to come. */
function rateInForce(rates: readonly ContractRate[], today: string, hourly: boolean): ContractRate | undefined {
  const kind = rates.filter((rate) => (rate.type === 'hour') === hourly);
  const inForce = kind.filter(
    (rate) => compareDates(rate.validFrom, today) <= 0 && (!rate.validTo || compareDates(today, rate.validTo) < 0),
  );
  const byStart = (a: ContractRate, b: ContractRate) => compareDates(a.validFrom, b.validFrom);
  return inForce.sort(byStart).at(-1) ?? kind.sort(byStart)[0];
}

/** The date the offer's price list says the hourly rate was set, when it lists the contract's amount. */
function negotiatedOn(offer: Offer | undefined, hourly: ContractRate | undefined): string | undefined {
  if (!offer || !hourly) return undefined;
  const records = offer.rates.filter((rate) => rate.type === 'hour').flatMap((rate) => [rate, ...rate.history]);
  return records.find((record) => record.amount === hourly.amount)?.negotiatedAt;
}

/** The 1st of the regulation month in the year after the start, when the contract regulates and runs until then. */
function firstRegulation(contract: NonNullable<KnownSources['contract']>): string | undefined {
  if (contract.priceRegulation.basis === 'none') return undefined;
  const date = formatIsoDate(yearOf(contract.startDate) + 1, contract.priceRegulation.month, 1);
  return contract.endDate && compareDates(date, contract.endDate) >= 0 ? undefined : date;
}

/** Whole months from the start to the end date, at least one. */
function monthsBetween(start: string, end: string): number {
  return Math.max(1, Math.round((daysBetween(start, end) + 1) / 30.4375));
}

/** The contact who signs for the provider: its head (forstander, leder, direktør), else its first contact. */
function signatory(contacts: Provider['contacts']): string | undefined {
  const head = contacts.find((c) => /forstander|leder|direktør|ejer/i.test(c.role) && !/økonomi/i.test(c.role));
  const who = head ?? contacts[0];
  return who && (who.role ? `${who.name}, ${who.role.toLowerCase()}` : who.name);
}

/**
 * Values by field key, as plain data (ISO dates, amounts and counts as numbers in text) for `renderFieldValues` to
 * write the way each field reads; a source that is missing, or a record that does not hold a value, contributes none.
 */
export function knownFieldValues({ municipalityName, case: found, provider, contract, today }: KnownSources) {
  const values: Record<string, string> = {};
  const put = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') values[key] = String(value);
  };
  put('municipalityName', municipalityName);
  put('caseReference', found?.reference);
  put('targetGroup', found?.targetGroup);
  put('legalBasis', found?.paragraph && legalBasisText(found.paragraph));
  if (found?.paragraph?.startsWith('BL §32')) put('dayTreatmentDecisionDate', found.decisionDate);

  const offerId = contract?.offerId ?? found?.chosenOffer?.offerId;
  const offer = provider?.offers.find((o) => o.id === offerId);
  put('providerName', provider?.name);
  put('providerCvr', provider?.cvr);
  put('offerName', offer?.name);
  const portal = offer?.tilbudsportalen;
  put('tilbudsportalenId', portal && `${portal.tilbudsid} (afdelings-id ${portal.afdelingsid})`);
  put('frameworkRegion', provider && `Region ${provider.region}`);
  put('approvingMunicipality', provider?.municipality);
  const reports = [...(provider?.supervisionReports ?? [])].sort((a, b) => compareDates(b.date, a.date));
  put('supervisoryAuthority', reports.find((report) => report.authority.trim())?.authority);
  put('providerSignatory', provider && signatory(provider.contacts));
  if (!contract) return values;

  const rate = rateInForce(contract.rates, today, false) ?? rateInForce(contract.rates, today, true);
  const hourly = rateInForce(contract.rates, today, true);
  put('startDate', contract.startDate);
  put('endDate', contract.endDate);
  put('reviewDate', contract.reviewDate);
  put('expectedDurationMonths', contract.endDate && monthsBetween(contract.startDate, contract.endDate));
  put('rateAmount', rate?.amount);
  put('rateUnit', rate && RATE_UNIT_LABELS[rate.type]);
  put('rateValidFrom', rate?.validFrom);
  put('hourlyRate', hourly?.amount);
  put('negotiatedDate', negotiatedOn(offer, hourly));
  const paragraph = found?.paragraph;
  if (paragraph === 'SEL §85') put('hoursSection85', contract.weeklyHours);
  if (paragraph === 'SEL §83') put('hoursSection83', contract.weeklyHours);
  put('renegotiationDate', contract.renegotiationDate);
  put('firstRegulationDate', firstRegulation(contract));
  put('followUpMonths', contract.followUpCadenceMonths);
  put('noticeMonths', contract.noticePeriodMonths);
  const special = contract.specialRate;
  if (special) {
    put('specialRateAmount', special.amount);
    put('specialRateUnit', RATE_UNIT_LABELS[special.type]);
    put('specialRateStart', special.startDate);
    put('specialRateEnd', special.endDate);
    put('specialRateReason', special.reason);
  }
  return values;
}
