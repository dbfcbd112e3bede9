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
import { NotFoundError } from '@koberollen/shared/errors';
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { letOthersRun, SETTINGS_ID } from '../records/collect';
import type { Repository } from '../store/types';
import { type Pass, PASSES, type RefreshContext } from './refreshPages';

/** The job-state document's id, in the municipality's partition. */
const STATE_ID = 'refreshFigures';

/** Where a run stands: the day and settings version it derives for, the pass it is in and the page it goes on from. */
interface RefreshState {
  day: string;
  settings: string;
  pass: Pass;
  cursor?: string;
}

const ORDER = Object.keys(PASSES) as Pass[];

/** Removes the job-state document at the end of a run (another run may have ended and removed it first). */
async function forget(store: Repository, tenantId: string): Promise<void> {
  try {
    await store.write(tenantId, [{ op: 'delete', kind: 'jobState', id: STATE_ID }]);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}

/** Brings the municipality's figures and follow-up index up to date on `now`; returns how many documents it wrote. */
export async function refreshFigures(store: Repository, tenantId: string, now: Date): Promise<number> {
  const today = isoDateOf(now);
  const [settings, saved] = await Promise.all([
    store.get<Settings>(tenantId, 'settings', SETTINGS_ID),
    store.get<RefreshState>(tenantId, 'jobState', STATE_ID),
  ]);
  const run = { day: today, settings: settings?.etag ?? '' };
  const resumed = saved && saved.body.day === run.day && saved.body.settings === run.settings ? saved.body : undefined;
  const context: RefreshContext = { store, tenantId, today, settings: settings?.body };
  const keep = (state: RefreshState) =>
    store.write(tenantId, [{ op: 'upsert', kind: 'jobState', id: STATE_ID, body: state }]);
  let kept = saved !== undefined;
  let written = 0;
  for (const pass of ORDER.slice(resumed ? ORDER.indexOf(resumed.pass) : 0)) {
    let cursor = resumed?.pass === pass ? resumed.cursor : undefined;
    do {
      const page = await PASSES[pass](context, cursor);
      written += page.written;
      cursor = page.continuationToken;
      if (cursor) {
        await keep({ ...run, pass, cursor });
        kept = true;
        await letOthersRun();
      }
    } while (cursor);
  }
  if (kept) await forget(store, tenantId);
  return written;
}
