// Providers regulating above what a contract allows: the provider's newer rate against the contract's rate in force.
import type { Contract } from '../domain/contract';
import type { RegulationAlert } from '../domain/followUp';
import type { Offer } from '../domain/provider';
import type { RegulationRate } from '../domain/settings';
import { compareDates, inHalfOpenPeriod } from './dates';
import { checkPriceRegulation } from './priceRegulation';

/**
 * For each rate of an active contract in force on `today`, the offer's rate of the same type and label that took
 * effect after it, when its increase exceeds the contract's regulation terms (the PL rate, a fixed cap or none).
 * Rates whose PL rate is not yet registered are left out: the price-regulation check says so where a rate is
 * entered. A contract inside a framework agreement follows its styringsaftale and is never flagged here. A contract
 * that already has a rate of the type and label from the provider's date on is not flagged: it is agreed.
 */
export function regulationAlerts(
  contract: Pick<Contract, 'id' | 'title' | 'status' | 'rates' | 'priceRegulation' | 'parties'>,
  offer: Pick<Offer, 'rates'> | undefined,
  klRates: RegulationRate[],
  today: string,
): RegulationAlert[] {
  if (contract.status !== 'active' || !offer || contract.priceRegulation.basis === 'framework') return [];
  return contract.rates
    .filter((rate) => inHalfOpenPeriod(today, rate.validFrom, rate.validTo))
    .flatMap((rate): RegulationAlert[] => {
      const newer = offer.rates.find(
        (r) => r.type === rate.type && r.label === rate.label && compareDates(r.validFrom, rate.validFrom) > 0,
      );
      if (!newer || newer.amount <= rate.amount) return [];
      // The negotiator has recorded the agreed rate from the provider's date (or later): nothing left to act on.
      const agreed = contract.rates.some(
        (r) => r.type === rate.type && r.label === rate.label && compareDates(r.validFrom, newer.validFrom) >= 0,
      );
      if (agreed) return [];
      const check = checkPriceRegulation({
        previousRate: rate.amount,
        proposedRate: newer.amount,
        periodFrom: rate.validFrom,
        periodTo: newer.validFrom,
        klRates,
        basis: contract.priceRegulation,
      });
      if (check.verdict !== 'above') return [];
      return [
        {
          contractId: contract.id,
          contractTitle: contract.title,
          providerName: contract.parties?.providerName ?? '',
          rateLabel: rate.label,
          type: rate.type,
          contractRate: rate.amount,
          providerRate: newer.amount,
          validFrom: newer.validFrom,
          allowedRate: check.allowedRate,
          allowedPercent: check.allowedPercent,
          actualPercent: check.actualPercent,
          excessKr: check.excessKr,
          excessPercent: check.excessPercent,
          explanation: check.explanation,
        },
      ];
    });
}
