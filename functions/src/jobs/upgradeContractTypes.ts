// Brings every municipality's contract types (the Danish names templates and clauses are shown by) up to the
// product's current ones, as upgradeKeyed.ts does for every record the product brings by key.
import { ContractTypeInput } from '@koberollen/shared/domain/contractType';

import { contractTypeIndex } from '../indexes/contractType';
import { CONTRACT_TYPE_NAMES } from '../seed/content/contractTypes';
import type { Repository } from '../store/types';
import { type KeyedKind, keyedUpgradeOps, upgradeKeyed } from './upgradeKeyed';

const CONTRACT_TYPE_KIND: KeyedKind<ContractTypeInput> = {
  kind: 'contractType',
  current: () => Object.entries(CONTRACT_TYPE_NAMES).map(([key, name]) => ContractTypeInput.parse({ key, name })),
  index: contractTypeIndex,
  summary: (result) => `Kontrakttyper opdateret: ${result.added} nye og ${result.updated} med nye navne`,
};

/** The writes that bring one municipality's contract types up to the current ones, and what they do. */
export const contractTypeUpgradeOps = (store: Repository, tenantId: string, now: Date) =>
  keyedUpgradeOps(CONTRACT_TYPE_KIND, store, tenantId, now);

/** Upgrades the contract types of every onboarded municipality, demo or not. */
export const upgradeContractTypes = (store: Repository, now: Date) => upgradeKeyed(CONTRACT_TYPE_KIND, store, now);
