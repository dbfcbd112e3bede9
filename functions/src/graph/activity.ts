// The activity-feed notification for a milestone notification: its type in the Teams manifest, texts and deep link.
import type { Notification } from '@koberollen/shared/domain/notification';
import { formatDate } from '@koberollen/shared/rules/format';

import type { ActivityNotification } from './types';

/** Activity types declared in manifest/teams/manifest.template.json; each uses the placeholders {milestone} {dueDate}. */
export const ACTIVITY_TYPES = { dueSoon: 'milestoneDueSoon', overdue: 'milestoneOverdue' } as const;

/** Where a contract opens: the Teams tab's hash route, also the deep link's sub-entity. */
export function contractRoute(contractId: string): string {
  return `kontrakter/${encodeURIComponent(contractId)}`;
}

/**
 * A Teams deep link to the personal tab `entityId` of the app, opening `route` inside it (the tab reads it from
 * the context's `subEntityId`); `webUrl` is the same page outside Teams.
 */
export function tabDeepLink(teamsAppId: string, publicBaseUrl: string, entityId: string, route: string): string {
  const query = new URLSearchParams({
    webUrl: `${publicBaseUrl}/teams/#/${route}`,
    label: 'Køberollen',
    context: JSON.stringify({ subEntityId: route }),
  });
  return `https://teams.microsoft.com/l/entity/${teamsAppId}/${entityId}?${query.toString()}`;
}

/** The activity-feed notification telling the assignee about a milestone due soon or overdue. */
export function activityFor(
  notification: Notification,
  links: { teamsAppId: string; publicBaseUrl: string },
): ActivityNotification {
  const overdue = notification.status === 'overdue';
  const dueDate = formatDate(notification.dueDate);
  return {
    activityType: overdue ? ACTIVITY_TYPES.overdue : ACTIVITY_TYPES.dueSoon,
    topic: {
      value: notification.title.slice(0, 100),
      webUrl: tabDeepLink(links.teamsAppId, links.publicBaseUrl, 'kontrakter', contractRoute(notification.contractId)),
    },
    previewText: (overdue ? `Fristen ${dueDate} er overskredet` : `Frist ${dueDate}`).slice(0, 150),
    templateParameters: { milestone: notification.title.slice(0, 100), dueDate },
  };
}
