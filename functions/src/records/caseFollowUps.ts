// What the cases' figures keep of their follow-up milestones (see shared/src/rules/followUpStatus.ts): read from the
// store with a batch's milestone writes applied, so that the figures are written in step in the same batch.
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { CaseFigures } from '@koberollen/shared/rules/contractFigures';
import { caseFollowUps } from '@koberollen/shared/rules/followUpStatus';

import { caseFiguresIndex } from '../indexes/figures';
import { milestoneFields } from '../indexes/milestone';
import type { Repository, WriteOp } from '../store/types';
import { collectAll } from './collect';

/** The follow-up milestones of these cases as they will be once `batch` is written, by case id. */
export async function followUpsOfCases(
  store: Repository,
  tenantId: string,
  caseIds: string[],
  batch: readonly WriteOp[],
): Promise<Map<string, Milestone[]>> {
  const byCase = new Map(caseIds.map((id): [string, Milestone[]] => [id, []]));
  if (byCase.size === 0) return byCase;
  const stored = await collectAll<Milestone>(store, tenantId, 'milestone', [
    ...milestoneFields.oneOf('caseId', [...byCase.keys()]),
    ...milestoneFields.eq('kind', 'followUp'),
  ]);
  const after = new Map(stored.map((m) => [m.id, m]));
  for (const op of batch) {
    if (op.kind !== 'milestone') continue;
    if (op.op === 'delete') after.delete(op.id);
    else after.set(op.id, op.body as Milestone);
  }
  for (const m of after.values()) if (m.kind === 'followUp') byCase.get(m.caseId)?.push(m);
  return byCase;
}

/**
 * Writes that bring one case's kept follow-ups in step with a change to its milestones alone (`batch`, written with
 * them): its figures replaced at the version read, so a concurrent change to the case's figures fails this write
 * rather than one of them being lost. None when the case has no figures yet (`npm run job:upgrade` derives them) or
 * they are unchanged.
 */
export async function caseFollowUpOps(
  store: Repository,
  tenantId: string,
  caseId: string,
  batch: readonly WriteOp[],
  today: string,
): Promise<WriteOp[]> {
  const [stored, milestones] = await Promise.all([
    store.get<CaseFigures>(tenantId, 'caseFigures', caseId),
    followUpsOfCases(store, tenantId, [caseId], batch),
  ]);
  if (!stored) return [];
  const followUps = caseFollowUps(milestones.get(caseId) ?? [], today);
  if (JSON.stringify(followUps) === JSON.stringify(stored.body.followUps)) return [];
  const body: CaseFigures = { ...stored.body, followUps };
  return [
    { op: 'replace', kind: 'caseFigures', id: caseId, body, index: caseFiguresIndex(body), ifMatch: stored.etag },
  ];
}
