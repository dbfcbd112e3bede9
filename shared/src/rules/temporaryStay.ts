// A temporary stay under serviceloven § 107 is temporary: its contract ends on a date or is taken up for review.
import type { ContractInput } from '../domain/contract';
import { compareDates } from './dates';

/** The paragraph code of a temporary stay in a botilbud. */
export const TEMPORARY_STAY = 'SEL §107';

/**
 * Field messages for a contract's end and review dates: a contract for an offer under § 107 needs one of them, and
 * neither may lie before the start.
 */
export function termDateErrors(
  contract: Pick<ContractInput, 'startDate' | 'endDate' | 'reviewDate'>,
  offerParagraph: string | undefined,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (offerParagraph === TEMPORARY_STAY && contract.endDate === undefined && contract.reviewDate === undefined) {
    errors.endDate = 'Et midlertidigt ophold efter serviceloven § 107 skal have en slutdato eller en revurderingsdato';
  }
  if (contract.endDate !== undefined && compareDates(contract.endDate, contract.startDate) < 0) {
    errors.endDate = 'Slutdatoen ligger før startdatoen';
  }
  if (contract.reviewDate !== undefined && compareDates(contract.reviewDate, contract.startDate) < 0) {
    errors.reviewDate = 'Revurderingsdatoen ligger før startdatoen';
  }
  return errors;
}
