// Onboarding a municipality: its Entra tenant in the registry, its first settings, the product's topics and contract
// types, so its users can sign in, the review recognises topics in a provider's wording and every view names contract
// types in Danish from the start; a municipality offboarded before gets its registry entry back and keeps its records
// and settings.
import type { Settings } from '@koberollen/shared/domain/settings';

import { auditOp, systemUser } from '../records/audit';
import { SETTINGS_ID } from '../records/collect';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';
import type { OffboardedTenant } from './offboard';
import { contractTypeUpgradeOps } from './upgradeContractTypes';
import { topicUpgradeOps } from './upgradeTopics';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OnboardResult {
  /** False when the municipality was onboarded before: nothing was changed. */
  created: boolean;
}

/**
 * Registers the municipality's Entra tenant id with its name and writes default settings (an admin then sets the
 * regulation rates in the product). Safe to run again: an onboarded municipality is left as it is.
 */
export async function onboardTenant(
  store: Repository,
  tenantId: string,
  name: string,
  now: Date,
): Promise<OnboardResult> {
  if (!GUID.test(tenantId)) throw new Error(`Tenant id must be the Entra tenant id (a GUID), got "${tenantId}"`);
  if (!name.trim()) throw new Error('The municipality needs a name');
  if (await store.get(SYSTEM_PARTITION, 'tenant', tenantId)) return { created: false };
  const left = await store.get<OffboardedTenant>(SYSTEM_PARTITION, 'offboardedTenant', tenantId);
  const actor = systemUser(tenantId);
  const settings: Settings = {
    name: name.trim(),
    regulationRates: [],
    defaultFollowUpCadenceMonths: 6,
    expensiveCases: { topN: 10, followUpsPerYear: 4 },
    dueSoonDays: 30,
    retentionMonthsAfterClose: 60,
    updatedAt: now.toISOString(),
    updatedBy: { userId: actor.userId, name: actor.name },
  };
  const topics = await topicUpgradeOps(store, tenantId, now);
  const contractTypes = await contractTypeUpgradeOps(store, tenantId, now);
  const ops: WriteOp[] = [
    ...(left ? [] : [{ op: 'upsert', kind: 'settings', id: SETTINGS_ID, body: settings } satisfies WriteOp]),
    ...topics.ops,
    ...contractTypes.ops,
    auditOp(actor, now, {
      action: 'create',
      entityKind: 'tenant',
      entityId: tenantId,
      summary: left ? `${settings.name} tilsluttet igen` : `${settings.name} oprettet`,
    }),
  ];
  await store.write(tenantId, ops);
  // The registry entry last: sign-in opens for the municipality only once its settings exist.
  await store.write(SYSTEM_PARTITION, [
    {
      op: 'create',
      kind: 'tenant',
      id: tenantId,
      body: { id: tenantId, name: settings.name, onboardedAt: now.toISOString() },
    },
    ...(left ? [{ op: 'delete', kind: 'offboardedTenant', id: tenantId } satisfies WriteOp] : []),
  ]);
  return { created: true };
}
