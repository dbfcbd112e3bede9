// After the local host starts: each municipality's records the overviews read are brought into memory in the
// background, so the first open of Kontrakter or Overblik does not wait for them (see records/overviewSets.ts).
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { collectAllDocs } from '../records/collect';
import { holdOverviewRecords } from '../records/overviewSets';
import type { Services } from '../services';
import { SYSTEM_PARTITION } from '../store/types';

/**
 * Reads the records of one municipality after another. A request meanwhile waits for the read of the set it needs
 * under way, or reads it itself. Never rejects: a failure is reported through `log`, and requests read afresh.
 */
export async function warmOverviews(services: Services, log: (message: string, error: unknown) => void): Promise<void> {
  try {
    const tenants = await collectAllDocs(services.store, SYSTEM_PARTITION, 'tenant');
    for (const tenant of tenants) await holdOverviewRecords(services.store, tenant.id, isoDateOf(services.now()));
  } catch (error) {
    log('Reading the overviews\u2019 records into memory failed; they are read on first use', error);
  }
}
