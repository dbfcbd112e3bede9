// Milestones: the tenant's contract deadlines by due date, filtered on indexed fields, with status as of today.
import { milestoneRoutes } from '@koberollen/shared/api/milestones.contract';
import type { Milestone } from '@koberollen/shared/domain/contract';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { milestoneStatus } from '@koberollen/shared/rules/milestones';

import { declare } from '../http/declare';
import { okPage } from '../http/responses';
import { milestoneQuery } from '../indexes/milestone';
import type { StoredDoc } from '../store/types';

export const listMilestones = declare('milestones-list', milestoneRoutes.list, async ({ query, user, services }) => {
  const { limit, continuationToken, ...filters } = query;
  const today = isoDateOf(services.now());
  const page = await services.store.list<Milestone>(user.tenantId, 'milestone', {
    ...milestoneQuery(filters, today),
    limit,
    continuationToken,
  });
  // Most milestones are answered as stored; one the nightly job has not yet marked overdue is answered as it is today.
  // Only the job changes a stored status, and only to overdue once the due date has passed: so a milestone listed by a
  // due date of today or later has its status of today, and is answered without reading its body.
  const items = page.items.map((doc): StoredDoc<Milestone> => {
    if (typeof doc.listedBy === 'string' && doc.listedBy >= today) return doc;
    const status = milestoneStatus(doc.body, today);
    return status === doc.body.status ? doc : { ...doc, json: undefined, body: { ...doc.body, status } };
  });
  return okPage({ items, continuationToken: page.continuationToken });
});

export const routes = [listMilestones];
