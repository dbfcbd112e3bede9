// Sign-in helpers and the caller's identity: local-mode dev tokens, the seeded tenants, and GET /api/me.
import { z } from 'zod';

import { systemString, UserId } from '../domain/common';
import { Role, User } from '../domain/user';
import { defineRoute } from './route';

export const DevTokenBody = z.strictObject({
  tenantId: systemString(z.string().min(1).max(64), 'a seeded tenant id, local mode only'),
  userId: UserId,
  name: z.string().max(200).default(''),
  roles: z.array(Role).max(6),
});

/** A seeded demo user one can sign in as in local mode. */
export const DevUser = z.object({ userId: z.string(), name: z.string(), roles: z.array(Role) });

export const DevTenant = z.object({ id: z.string(), name: z.string(), users: z.array(DevUser) });

export const systemRoutes = {
  devToken: defineRoute({
    method: 'POST',
    path: '/api/dev/token',
    operationId: 'issueDevToken',
    summary: 'Local mode only: issue a signed access token for a demo user',
    access: 'dev',
    body: DevTokenBody,
    responses: { 200: z.object({ access_token: z.string(), token_type: z.literal('Bearer'), expires_in: z.number() }) },
  }),
  devTenants: defineRoute({
    method: 'GET',
    path: '/api/dev/tenants',
    operationId: 'listDevTenants',
    summary: 'Local mode only: the seeded demo municipalities and their users with roles',
    access: 'dev',
    responses: { 200: z.object({ items: z.array(DevTenant) }) },
  }),
  me: defineRoute({
    method: 'GET',
    path: '/api/me',
    operationId: 'getMe',
    summary: 'The signed-in user, their roles and municipality',
    access: 'user',
    withoutRole: true,
    responses: {
      200: User.extend({
        tenantName: z.string(),
        /** Present when the user can do nothing yet: what is missing and who can fix it, in Danish. */
        missing: z.string().optional(),
      }),
    },
  }),
};
