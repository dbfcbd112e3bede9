// Contract types (kontrakttyper): the Danish name of each kind of service templates and clauses are for, kept by
// procurement.
import { ContractType, ContractTypeInput, ContractTypeServerFields } from '../domain/contractType';
import { resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';

/** Contract types are renamed, never deleted: templates and clauses name them by key. */
export const contractTypeRoutes = resourceRoutes({
  path: '/api/contract-types',
  plural: 'contract types',
  names: ['ContractType', 'ContractTypes'],
  writers: WRITERS.library,
  input: ContractTypeInput,
  entity: ContractType,
  serverFields: ContractTypeServerFields,
  filters: {},
});
