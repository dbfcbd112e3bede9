// The library's contract types, loaded once per view: their Danish names by key, for every place a contract type is
// shown or chosen.
import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { ContractType } from '@koberollen/shared/domain/contractType';
import { namerByKey } from '@koberollen/shared/rules/keyNames';
import { type Loaded, useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { CONTRACT_TYPE_LIMIT } from '../shell/pageSizes';

export interface ContractTypeNames {
  /** The library's contract types in Danish name order. */
  contractTypes: ContractType[];
  /** The contract type's Danish name; the key while the names load or for a type the library lacks. */
  nameOf: (key: string) => string;
  loaded: Loaded<unknown> & { reload: () => void };
}

export function useContractTypeNames(): ContractTypeNames {
  const { api } = useSession();
  const loaded = useLoad(
    () => api.callUnparsed(heads.listContractTypes, { query: { limit: CONTRACT_TYPE_LIMIT } }),
    'contract-types',
  );
  const contractTypes = [...(loaded.data?.data.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return { contractTypes, nameOf: namerByKey(contractTypes), loaded };
}

/** Where a clause applies, in words: the contract types' Danish names, or "alle" when it names none. */
export function contractTypesText(keys: readonly string[], nameOf: (key: string) => string): string {
  return keys.map(nameOf).join(', ') || 'alle';
}
