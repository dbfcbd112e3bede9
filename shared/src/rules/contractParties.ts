// What a contract's register line says of its case and provider: reference, paragraph, case worker, provider name.
import type { Case } from '../domain/case';
import type { ContractParties } from '../domain/contract';
import type { Provider } from '../domain/provider';

export function contractParties(
  caseRecord: Pick<Case, 'reference' | 'paragraph' | 'assignee'>,
  provider: Pick<Provider, 'name'>,
): ContractParties {
  return {
    caseReference: caseRecord.reference,
    ...(caseRecord.paragraph === undefined ? {} : { paragraph: caseRecord.paragraph }),
    caseWorker: caseRecord.assignee,
    providerName: provider.name,
  };
}
