// The index of a recorded contract review: the case it belongs to, newest first.
import type { CaseReview } from '@koberollen/shared/domain/review';

import { indexFields } from '../records/search';
import { newestFirstKey } from './order';

export type CaseReviewIndex = { caseId: string; newestFirst: number };

export function caseReviewIndex(review: CaseReview): CaseReviewIndex {
  return { caseId: review.caseId, newestFirst: newestFirstKey(new Date(review.createdAt)) };
}

export const caseReviewFields = indexFields<CaseReviewIndex>();
