// Settings (admin writes), the audit trail (admin and manager read) and the user's own notifications.
import { adminRoutes } from '@koberollen/shared/api/admin.contract';
import { type Settings, SettingsInput } from '@koberollen/shared/domain/settings';

import { declare } from '../http/declare';
import { ok, okDocument } from '../http/responses';
import { auditFields } from '../indexes/audit';
import { notificationFields } from '../indexes/notification';
import { queueFiguresOp, readFiguresStatus } from '../jobs/figuresQueue';
import { auditOp, userRef } from '../records/audit';
import { SETTINGS_ID } from '../records/collect';
import { answerPage, ownRecord, readOwn } from './resource';

export const getSettings = declare('settings-get', adminRoutes.getSettings, async ({ user, services }) => {
  const doc = await readOwn<Settings>(services, user, 'settings', SETTINGS_ID, 'Indstillingerne');
  return okDocument(doc);
});

const ownSettings = ownRecord<Settings>('settings', 'Indstillingerne', SETTINGS_ID);

export const replaceSettings = declare('settings-replace', adminRoutes.replaceSettings, ownSettings, async (call) => {
  const { body, user, ifMatch, record, services } = call;
  const now = services.now();
  const settings: Settings = { ...SettingsInput.parse(body), updatedAt: now.toISOString(), updatedBy: userRef(user) };
  // New KL rates or a new name move the figures of many contracts at once: derived by the figures-refresh job (see
  // jobs/figuresQueue.ts), queued in the same batch as the change, so the answer does not wait for them.
  const moved = ['regulationRates', 'name'] as const;
  const queued = moved.some((field) => JSON.stringify(settings[field]) !== JSON.stringify(record.body[field]));
  const [doc] = await services.store.write(user.tenantId, [
    { op: 'replace', kind: 'settings', id: SETTINGS_ID, body: settings, ifMatch },
    ...(queued ? [queueFiguresOp(now)] : []),
    auditOp(user, now, {
      action: 'update',
      entityKind: 'settings',
      entityId: SETTINGS_ID,
      summary: 'Indstillinger ændret',
    }),
  ]);
  return ok(settings, doc!.etag);
});

export const getFiguresStatus = declare('settings-figures', adminRoutes.getFiguresStatus, async (call) => {
  return ok(await readFiguresStatus(call.services.store, call.user.tenantId));
});

export const listAudit = declare('audit-list', adminRoutes.listAudit, async ({ query, user, services }) => {
  return answerPage(
    services,
    user,
    'audit',
    { filters: auditFields.eq('entityId', query.entityId), orderBy: auditFields.order('newestFirst') },
    query,
  );
});

export const listNotifications = declare('notifications-list', adminRoutes.listNotifications, async (call) => {
  const { query, user, services } = call;
  return answerPage(
    services,
    user,
    'notification',
    {
      filters: notificationFields.eq('userId', user.userId),
      orderBy: notificationFields.order('dueDate'),
    },
    query,
  );
});

export const routes = [getSettings, replaceSettings, getFiguresStatus, listAudit, listNotifications];
