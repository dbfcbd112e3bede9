// The index of a contract type: its key (unique in the tenant) and its name in Danish order.
import type { ContractType } from '@koberollen/shared/domain/contractType';

import { indexFields, key } from '../records/search';

export type ContractTypeIndex = { key: string; name: string };

export function contractTypeIndex(contractType: ContractType): ContractTypeIndex {
  return { key: contractType.key, name: key(contractType.name) };
}

export const contractTypeFields = indexFields<ContractTypeIndex>();
