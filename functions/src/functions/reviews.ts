// Contract reviews recorded with a case: case workers and negotiators record them, every user of the tenant reads them.
import { randomUUID } from 'node:crypto';

import { reviewRoutes } from '@koberollen/shared/api/reviews.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { CaseReview } from '@koberollen/shared/domain/review';
import type { Template } from '@koberollen/shared/domain/template';
import { ValidationError } from '@koberollen/shared/errors';
import { countFindings, reviewIsClean } from '@koberollen/shared/rules/reviewRecord';

import { auditOp, createdStamp, newestFirstKey } from '../entities/audit';
import { eq } from '../entities/search';
import { requireRole, WRITERS } from '../http/authorize';
import { declare } from '../http/declare';
import { created } from '../http/responses';
import { answerPage, readOwn } from './resource';

const CASE = 'Sagen';

export const recordCaseReview = declare('cases-reviews-create', reviewRoutes.create, async (call) => {
  const { params, body, user, services } = call;
  requireRole(user, WRITERS.cases);
  const found = await readOwn<Case>(services, user, 'case', params.id, CASE);
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
    {
      op: 'create',
      kind: 'caseReview',
      id,
      body: review,
      index: { caseId: params.id, newestFirst: newestFirstKey(now) },
    },
    auditOp(user, now, {
      action: 'review',
      entityKind: 'case',
      entityId: params.id,
      summary: `Kontraktgennemgang registreret for ${found.body.reference}: ${open} åbne fund`,
    }),
  ]);
  return created(review, `/api/cases/${params.id}/reviews`, written[0]!.etag);
});

export const listCaseReviews = declare('cases-reviews-list', reviewRoutes.list, async (call) => {
  const { params, query, user, services } = call;
  await readOwn<Case>(services, user, 'case', params.id, CASE);
  return answerPage(services, user, 'caseReview', { filters: eq('caseId', params.id), orderBy: 'newestFirst' }, query);
});

export const routes = [recordCaseReview, listCaseReviews];
