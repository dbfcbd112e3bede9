// Delivery of a notification to the Teams activity feed: the outbox state the API shows beside each notification.
import { z } from 'zod';

import { Timestamp } from './common';

/**
 * `pending`: waiting to be sent (always so while Teams delivery is off); `sending`: an attempt is recorded and under
 * way; `sent`: Teams accepted it; `failed`: given up — rejected, out of attempts, or interrupted mid-send (never
 * sent again then, since it may have arrived).
 */
export const DeliveryState = z.enum(['pending', 'sending', 'sent', 'failed']);
export type DeliveryState = z.infer<typeof DeliveryState>;

export const Delivery = z.object({
  state: DeliveryState,
  attempts: z.number().int().min(0),
  lastAttemptAt: Timestamp.optional(),
  /** When a pending notification is next tried (after a failure that left it unsent). */
  nextAttemptAt: Timestamp.optional(),
  sentAt: Timestamp.optional(),
  /** The last failure, in Danish. */
  lastError: z.string().optional(),
});
export type Delivery = z.infer<typeof Delivery>;

/** A notification's delivery before any attempt. */
export const PENDING_DELIVERY: Delivery = { state: 'pending', attempts: 0 };
