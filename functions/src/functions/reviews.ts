// Contract reviews recorded with a case: case workers and negotiators record them, every user of the tenant reads them.
import { randomUUID } from 'node:crypto';

import { reviewRoutes } from '@koberollen/shared/api/reviews.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Checklist } from '@koberollen/shared/domain/checklist';
import type { CaseReview, CheckedItem } from '@koberollen/shared/domain/review';
import type { Template } from '@koberollen/shared/domain/template';
import { ValidationError } from '@koberollen/shared/errors';
import { countFindings, reviewIsClean } from '@koberollen/shared/rules/reviewRecord';

import { declare } from '../http/declare';
import { created } from '../http/responses';
import { caseReviewFields, caseReviewIndex } from '../indexes/caseReview';
import { auditOp, createdStamp } from '../records/audit';
import { readReferences } from '../records/references';
import type { Services } from '../services';
import { answerPage, ownRecord } from './resource';

const ownCase = ownRecord<Case>('case', 'Sagen');

/** Every ticked item must be an item of a checklist of the tenant; 400 naming each one that is not. */
async function checkCheckedItems(services: Services, tenantId: string, items: CheckedItem[]): Promise<void> {
  const refs = items.map((item, i) => ({ field: `checkedItems.${i}.checklistId`, id: item.checklistId }));
  const checklists = await readReferences<Checklist>(services, tenantId, 'checklist', refs, 'Tjeklisten findes ikke.');
  const fields = Object.fromEntries(
    items.flatMap((item, i) =>
      checklists.get(item.checklistId)!.items.some((listed) => listed.id === item.itemId)
        ? []
        : [[`checkedItems.${i}.itemId`, 'Punktet findes ikke i tjeklisten.']],
    ),
  );
  if (Object.keys(fields).length > 0) throw new ValidationError('Der henvises til noget, der ikke findes.', fields);
}

export const recordCaseReview = declare('cases-reviews-create', reviewRoutes.create, ownCase, async (call) => {
  const { params, body, user, record, services } = call;
  if (body.templateId && !(await services.store.get<Template>(user.tenantId, 'template', body.templateId))) {
    throw new ValidationError('Skabelonen findes ikke.', { templateId: 'Skabelonen findes ikke.' });
  }
  await checkCheckedItems(services, user.tenantId, body.checkedItems);
  const now = services.now();
  const id = randomUUID();
  const review: CaseReview = {
    ...body,
    id,
    caseId: params.id,
    counts: countFindings(body.findings),
    ok: reviewIsClean(body.findings),
    ...createdStamp(user, now),
  };
  const open = body.findings.filter((finding) => !finding.accepted).length;
  const written = await services.store.write(user.tenantId, [
    { op: 'create', kind: 'caseReview', id, body: review, index: caseReviewIndex(review) },
    auditOp(user, now, {
      action: 'review',
      entityKind: 'case',
      entityId: params.id,
      summary: `Kontraktgennemgang registreret for ${record.body.reference}: ${open} åbne fund`,
    }),
  ]);
  return created(review, `/api/cases/${params.id}/reviews`, written[0]!.etag);
});

export const listCaseReviews = declare('cases-reviews-list', reviewRoutes.list, ownCase, async (call) => {
  const { params, query, user, services } = call;
  const filters = caseReviewFields.eq('caseId', params.id);
  return answerPage(services, user, 'caseReview', { filters, orderBy: caseReviewFields.order('newestFirst') }, query);
});

export const routes = [recordCaseReview, listCaseReviews];
