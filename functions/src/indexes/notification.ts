// The index of a notification: its user, due date order and the milestone it is about.
import type { Notification } from '@koberollen/shared/domain/notification';

import { indexFields } from '../records/search';

export type NotificationIndex = { userId: string; dueDate: string; milestoneId: string };

export function notificationIndex(notification: Notification): NotificationIndex {
  return { userId: notification.userId, dueDate: notification.dueDate, milestoneId: notification.milestoneId };
}

export const notificationFields = indexFields<NotificationIndex>();
