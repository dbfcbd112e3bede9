// After the local host starts: each municipality's default overview of the last twelve months is computed in the
// background, so the first open of Overblik finds it kept, and the records it reads held in memory (see
// records/overviewSets.ts).
import { periodOverview } from '../functions/analysis';
import { collectAllDocs } from '../records/collect';
import { holdsSets } from '../records/heldSet';
import type { Services } from '../services';
import { SYSTEM_PARTITION } from '../store/types';

/**
 * Computes one municipality's overviews after another, where the store lets them be kept. A request meanwhile waits
 * for the computation under way, or makes its own. Never rejects: a failure is reported through `log`, and
 * requests compute afresh.
 */
export async function warmOverviews(services: Services, log: (message: string, error: unknown) => void): Promise<void> {
  if (!holdsSets(services.store)) return;
  try {
    const tenants = await collectAllDocs(services.store, SYSTEM_PARTITION, 'tenant');
    for (const tenant of tenants) await periodOverview(services, tenant.id, {});
  } catch (error) {
    log('Computing the overviews in advance failed; they are computed on first use', error);
  }
}
