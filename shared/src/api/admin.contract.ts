// Tenant settings, the audit trail and the signed-in user's notifications.
import { z } from 'zod';

import { AuditEvent } from '../domain/audit';
import { pageOf, PagingQuery, replaceBody, systemString } from '../domain/common';
import { FiguresStatus } from '../domain/figuresStatus';
import { Notification } from '../domain/notification';
import { Settings, SettingsInput, SettingsServerFields } from '../domain/settings';
import { AUDIT_READERS, WRITERS } from './roles';
import { defineRoute } from './route';

export const adminRoutes = {
  getSettings: defineRoute({
    method: 'GET',
    path: '/api/settings',
    operationId: 'getSettings',
    summary: "The municipality's settings: KL regulation rates per year, follow-up cadence, retention",
    access: 'user',
    responses: { 200: Settings },
  }),
  replaceSettings: defineRoute({
    method: 'PUT',
    path: '/api/settings',
    operationId: 'replaceSettings',
    summary: "Replace the municipality's settings (admin; If-Match required)",
    access: 'user',
    roles: WRITERS.settings,
    ifMatch: 'required',
    body: replaceBody(SettingsInput, SettingsServerFields),
    responses: { 200: Settings },
  }),
  getFiguresStatus: defineRoute({
    method: 'GET',
    path: '/api/settings/figures',
    operationId: 'getFiguresStatus',
    summary: 'When the derived figures were last updated, and whether a settings change waits for them',
    access: 'user',
    responses: { 200: FiguresStatus },
  }),
  listAudit: defineRoute({
    method: 'GET',
    path: '/api/audit',
    operationId: 'listAuditEvents',
    summary: 'The audit trail, newest first (admin, manager)',
    access: 'user',
    roles: AUDIT_READERS,
    query: z.strictObject({
      entityId: systemString(z.string().max(200), 'filters by an id the server issued').optional(),
      ...PagingQuery,
    }),
    responses: { 200: pageOf(AuditEvent) },
  }),
  listNotifications: defineRoute({
    method: 'GET',
    path: '/api/notifications',
    operationId: 'listNotifications',
    summary: "The signed-in user's notifications about milestones due soon or overdue",
    access: 'user',
    query: z.strictObject({ ...PagingQuery }),
    responses: { 200: pageOf(Notification) },
  }),
};
