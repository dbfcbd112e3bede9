// A job that walks a municipality a page at a time in passes, resumable after a kill: where it stands is kept in a
// job-state document (kind `jobState`, in the municipality's partition) after each page, a run stopped halfway is
// resumed by the next from that page when it runs for the same key (the day, the settings version it derives for),
// otherwise from the start, and the document is removed at the end.
import { NotFoundError } from '@koberollen/shared/errors';

import { letOthersRun } from '../records/collect';
import type { Repository } from '../store/types';

/** What a page did: documents written, and the token of the next page when there is one. */
export interface PageDone {
  written: number;
  continuationToken?: string;
}

/** Runs one page of a pass from `cursor` (the first page without). */
export type PageRun = (cursor?: string) => Promise<PageDone>;

/** Where a run stands: the key it runs for, the pass it is in and the page it goes on from. */
export type JobPosition = Record<string, string | undefined> & { pass: string; cursor?: string };

/** Removes the job-state document at the end of a run (another run may have ended and removed it first). */
async function forget(store: Repository, tenantId: string, stateId: string): Promise<void> {
  try {
    await store.write(tenantId, [{ op: 'delete', kind: 'jobState', id: stateId }]);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}

const sameKey = (saved: JobPosition, key: Record<string, string>) =>
  Object.entries(key).every(([name, value]) => saved[name] === value);

/**
 * Runs the passes in order, each page by page, from where a run for the same key stopped; returns how many documents
 * the pages wrote. Every page must be safe to run again: a run killed after a page's writes and before its position
 * was kept runs that page once more.
 */
export async function runPasses(
  store: Repository,
  tenantId: string,
  stateId: string,
  key: Record<string, string>,
  passes: readonly (readonly [string, PageRun])[],
): Promise<number> {
  const saved = (await store.get<JobPosition>(tenantId, 'jobState', stateId))?.body;
  const resumed = saved && sameKey(saved, key) ? saved : undefined;
  const names = passes.map(([name]) => name);
  const start = resumed ? Math.max(names.indexOf(resumed.pass), 0) : 0;
  let kept = saved !== undefined;
  let written = 0;
  for (const [pass, runPage] of passes.slice(start)) {
    let cursor = resumed?.pass === pass ? resumed.cursor : undefined;
    do {
      const page = await runPage(cursor);
      written += page.written;
      cursor = page.continuationToken;
      if (cursor) {
        const position: JobPosition = { ...key, pass, cursor };
        await store.write(tenantId, [{ op: 'upsert', kind: 'jobState', id: stateId, body: position }]);
        kept = true;
        await letOthersRun();
      }
    } while (cursor);
  }
  if (kept) await forget(store, tenantId, stateId);
  return written;
}
