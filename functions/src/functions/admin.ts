// Settings (admin writes), the audit trail (admin and manager read) and the user's own notifications.
import { adminRoutes } from '@koberollen/shared/api/admin.contract';
import { type Settings, SettingsInput } from '@koberollen/shared/domain/settings';

import { declare } from '../http/declare';
import { ok, okDocument } from '../http/responses';
import { auditFields } from '../indexes/audit';
import { notificationFields } from '../indexes/notification';
import { refreshFigures } from '../jobs/refreshFigures';
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
  const [doc] = await services.store.write(user.tenantId, [
    { op: 'replace', kind: 'settings', id: SETTINGS_ID, body: settings, ifMatch },
    auditOp(user, now, {
      action: 'update',
      entityKind: 'settings',
      entityId: SETTINGS_ID,
      summary: 'Indstillinger ændret',
    }),
  ]);
  // New KL rates move the regulation figures of many contracts at once: derived anew now (the daily job finishes a
  // derivation stopped halfway).
  if (JSON.stringify(settings.regulationRates) !== JSON.stringify(record.body.regulationRates)) {
    await refreshFigures(services.store, user.tenantId, now);
  }
  return ok(settings, doc!.etag);
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

export const routes = [getSettings, replaceSettings, listAudit, listNotifications];
