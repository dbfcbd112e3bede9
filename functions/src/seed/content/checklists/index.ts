// The demo checklists: contract review, question guide, follow-up form and general support needs.
import type { SeedChecklist } from './define';
import { FOLLOW_UP_FORM, NEED_ASSESSMENT, QUESTION_GUIDE } from './guides';
import { CONTRACT_REVIEW } from './review';

export type { SeedChecklist } from './define';

export const DEMO_CHECKLISTS: readonly { key: string; checklist: SeedChecklist }[] = [
  { key: 'contract-review', checklist: CONTRACT_REVIEW },
  { key: 'question-guide', checklist: QUESTION_GUIDE },
  { key: 'follow-up-form', checklist: FOLLOW_UP_FORM },
  { key: 'need-assessment', checklist: NEED_ASSESSMENT },
];
