// The heads of the routes the Teams tab's first screen calls (sign-in and the cases board), so it reaches the API
// without loading zod and the contracts' schemas; heads.test.ts checks each against its contract.
import type { caseRoutes } from './cases.contract';
import type { healthRoutes } from './health.contract';
import type { RouteContract, RouteHead } from './route';
import type { systemRoutes } from './system.contract';

/** A head standing for the contract `R`. */
const head = <R extends RouteContract>(value: RouteHead<R>): RouteHead<R> => value;

export const firstScreenHeads = {
  getHealth: head<typeof healthRoutes.getHealth>({
    method: 'GET',
    path: '/api/health',
    operationId: 'getHealth',
    access: 'public',
  }),
  listDevTenants: head<typeof systemRoutes.devTenants>({
    method: 'GET',
    path: '/api/dev/tenants',
    operationId: 'listDevTenants',
    access: 'dev',
  }),
  issueDevToken: head<typeof systemRoutes.devToken>({
    method: 'POST',
    path: '/api/dev/token',
    operationId: 'issueDevToken',
    access: 'dev',
  }),
  getMe: head<typeof systemRoutes.me>({ method: 'GET', path: '/api/me', operationId: 'getMe', access: 'user' }),
  listCases: head<typeof caseRoutes.list>({
    method: 'GET',
    path: '/api/cases',
    operationId: 'listCases',
    access: 'user',
  }),
};
