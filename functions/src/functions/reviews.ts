// Contract reviews recorded with a case: case workers and negotiators record them, every user of the tenant reads them.
import { randomUUID } from 'node:crypto';

import { reviewRoutes } from '@koberollen/shared/api/reviews.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { CaseReview } from '@koberollen/shared/domain/review';
import type { Template } from '@koberollen/shared/domain/template';
import { ValidationError } from '@koberollen/shared/errors';
import { countFindings, reviewIsClean } from '@koberollen/shared/rules/reviewRecord';

import { declare } from '../http/declare';
import { created } from '../http/responses';
import { caseReviewFields, caseReviewIndex } from '../indexes/caseReview';
import { auditOp, createdStamp } from '../records/audit';
import { answerPage, ownRecord } from './resource';

const ownCase = ownRecord<Case>('case', 'Sagen');

export const recordCaseReview = declare('cases-reviews-create', reviewRoutes.create, ownCase, async (call) => {
  const { params, body, user, record, services } = call;
  if (body.templateId && !(await services.store.get<Template>(user.tenantId, 'template', body.templateId))) {
    throw new ValidationError('Skabelonen findes ikke.', { templateId: 'Skabelonen findes ikke.' });
  }
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
