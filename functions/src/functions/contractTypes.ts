// Contract types: the Danish names of the kinds of service templates and clauses are for, in name order, written by
// procurement.
import { contractTypeRoutes } from '@koberollen/shared/api/contractTypes.contract';
import { type ContractType, ContractTypeInput, ContractTypeServerFields } from '@koberollen/shared/domain/contractType';

import { contractTypeFields, contractTypeIndex } from '../indexes/contractType';
import { key } from '../records/search';
import { resourceFunctions } from './resource';
import { inTurn, uniqueKey, uniqueName } from './uniqueKey';

export const routes = resourceFunctions({
  name: 'contractTypes',
  kind: 'contractType',
  noun: 'Kontrakttypen',
  routes: contractTypeRoutes,
  input: ContractTypeInput,
  serverFields: ContractTypeServerFields,
  index: contractTypeIndex,
  orderBy: contractTypeFields.order('name'),
  filters: () => [],
  describe: (contractType: ContractType) => `${contractType.name} (${contractType.key})`,
  initial: () => ({}),
  /** A key names one contract type of the tenant (templates and clauses refer to it), and so does a name. */
  prepare: inTurn(
    uniqueKey<ContractType>('contractType', 'Der findes allerede en kontrakttype med den nøgle.'),
    uniqueName<ContractType>('contractType', key, 'Navnet bruges allerede af en anden kontrakttype.'),
  ),
});
