// Records an agreed regulated rate: the rate of its type and label in force on the regulation date ends the day
// before, and the agreed amount applies from that date.
import type { ContractRate } from '../domain/contract';
import type { RateType } from '../domain/rate';
import { ValidationError } from '../errors';
import { compareDates, inHalfOpenPeriod } from './dates';

export interface RegulatedRate {
  type: RateType;
  label: string;
  amount: number;
  /** The regulation date: the first day at the agreed amount. */
  validFrom: string;
}

/**
 * The contract's rates with the agreed regulated rate added. The rate of the same type and label in force on the
 * regulation date gets it as its validTo; a rate of that type and label already starting on or after it is refused
 * (the regulation is recorded already), and so is a date with no such rate in force.
 */
export function withRegulatedRate(rates: ContractRate[], regulated: RegulatedRate): ContractRate[] {
  const same = (r: ContractRate) => r.type === regulated.type && r.label === regulated.label;
  if (rates.some((r) => same(r) && compareDates(r.validFrom, regulated.validFrom) >= 0))
    throw new ValidationError('Kontrakten har allerede en takst fra reguleringsdatoen eller senere.', {
      validFrom: 'Den regulerede takst er allerede registreret',
    });
  const current = rates.find((r) => same(r) && inHalfOpenPeriod(regulated.validFrom, r.validFrom, r.validTo));
  if (!current)
    throw new ValidationError('Kontrakten har ingen takst af denne art i kraft på reguleringsdatoen.', {
      validFrom: 'Ingen takst i kraft på datoen',
    });
  const { type, label, amount, validFrom } = regulated;
  const next: ContractRate = {
    type,
    label,
    amount,
    validFrom,
    ...(current.validTo ? { validTo: current.validTo } : {}),
  };
  return [...rates.map((r) => (r === current ? { ...r, validTo: validFrom } : r)), next];
}
