// Field values the pane knows without asking the user: from the municipality, the linked case, provider and contract.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { RATE_UNIT_LABELS } from '@koberollen/shared/domain/rate';
import { formatDate, formatMonthName, formatNumber } from '@koberollen/shared/rules/format';

const amount = (value: number) => formatNumber(value, 2);

export interface KnownSources {
  municipalityName?: string;
  case?: Case;
  provider?: Provider;
  contract?: Contract;
}

/** Values by field key; a source that is missing contributes nothing. */
export function knownFieldValues({ municipalityName, case: found, provider, contract }: KnownSources) {
  const values: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) values[key] = value;
  };
  put('municipalityName', municipalityName);
  put('caseReference', found?.reference);
  put('targetGroup', found?.targetGroup);
  put('legalBasis', found?.paragraph);
  put('providerName', provider?.name);
  put('providerCvr', provider?.cvr);
  const offerId = contract?.offerId ?? found?.chosenOffer?.offerId;
  put('offerName', provider?.offers.find((offer) => offer.id === offerId)?.name);
  if (!contract) return values;
  const rate = contract.rates[0];
  put('startDate', formatDate(contract.startDate));
  put('endDate', contract.endDate && formatDate(contract.endDate));
  put('rateAmount', rate && amount(rate.amount));
  put('rateUnit', rate && RATE_UNIT_LABELS[rate.type]);
  put('rateValidFrom', rate && formatDate(rate.validFrom));
  put('renegotiationDate', contract.renegotiationDate && formatDate(contract.renegotiationDate));
  put('followUpMonths', String(contract.followUpCadenceMonths));
  put('providerNoticeMonths', String(contract.noticePeriodMonths));
  put('regulationMonth', formatMonthName(contract.priceRegulation.month));
  const special = contract.specialRate;
  if (special) {
    put('specialRateAmount', amount(special.amount));
    put('specialRateUnit', RATE_UNIT_LABELS[special.type]);
    put('specialRateStart', formatDate(special.startDate));
    put('specialRateEnd', special.endDate && formatDate(special.endDate));
    put('specialRateReason', special.reason);
  }
  return values;
}
