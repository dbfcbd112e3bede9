// Derives every contract's and case's figures (a case's kept follow-ups included), the spend per month (see
// records/spend.ts, with the invoices billed) and the milestones' follow-up index anew for one municipality, writing
// only what differs: for stores written before the figures existed, after a day has passed (a new year moves the years
// the spend is kept for), or after the settings changed (KL's regulation rates, the municipality's name).
//
// It walks the contracts, then the cases, a page at a time (see refreshPages.ts), so what it holds is one page and its
// records however large the municipality. Where it stands is kept in a job-state document after each page: a run
// stopped halfway is resumed by the next from that page (when it runs for the same day and settings; otherwise from
// the start), and the document is removed at the end. A second run writes nothing.
import type { Settings } from '@koberollen/shared/domain/settings';
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { SETTINGS_ID } from '../records/collect';
import type { Repository } from '../store/types';
import { PASSES, type RefreshContext } from './refreshPages';
import { runPasses } from './resumable';

/** The job-state document's id, in the municipality's partition. */
const STATE_ID = 'refreshFigures';

/** Brings the municipality's figures and follow-up index up to date on `now`; returns how many documents it wrote. */
export async function refreshFigures(store: Repository, tenantId: string, now: Date): Promise<number> {
  const today = isoDateOf(now);
  const settings = await store.get<Settings>(tenantId, 'settings', SETTINGS_ID);
  const context: RefreshContext = { store, tenantId, today, settings: settings?.body };
  const passes = Object.entries(PASSES).map(
    ([name, runPage]) => [name, (cursor?: string) => runPage(context, cursor)] as const,
  );
  return runPasses(store, tenantId, STATE_ID, { day: today, settings: settings?.etag ?? '' }, passes);
}
