// Contracts (kontrakter): list by case or provider, create and replace (milestones follow), read.
import { z } from 'zod';

import { Contract, ContractInput, ContractServerFields } from '../domain/contract';
import { resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';

export const ContractFilters = {
  caseId: z.string().max(64).optional(),
  providerId: z.string().max(64).optional(),
};

export const contractRoutes = resourceRoutes({
  path: '/api/contracts',
  plural: 'contracts',
  names: ['Contract', 'Contracts'],
  writers: WRITERS.cases,
  input: ContractInput,
  entity: Contract,
  serverFields: ContractServerFields,
  filters: ContractFilters,
});
