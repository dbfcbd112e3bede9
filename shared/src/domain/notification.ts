// Notification: a milestone due soon or overdue, addressed to one of its assignees.
import { z } from 'zod';

import { IsoDate, Timestamp } from './common';
import { MilestoneKind, MilestoneStatus } from './contract';
import { Delivery } from './delivery';

export const Notification = z.object({
  id: z.string(),
  userId: z.string(),
  milestoneId: z.string(),
  contractId: z.string(),
  kind: MilestoneKind,
  status: MilestoneStatus,
  title: z.string(),
  dueDate: IsoDate,
  createdAt: Timestamp,
  /** Delivery to the user's Teams activity feed (absent on notifications written before the outbox existed). */
  delivery: Delivery.optional(),
});
export type Notification = z.infer<typeof Notification>;
