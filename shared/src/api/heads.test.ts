// Each first-screen head says what its contract says: a head that drifted from its route would call the wrong URL.
import { caseRoutes } from './cases.contract';
import { firstScreenHeads } from './heads';
import { healthRoutes } from './health.contract';
import type { RouteContract } from './route';
import { systemRoutes } from './system.contract';

const CONTRACTS: Record<keyof typeof firstScreenHeads, RouteContract> = {
  getHealth: healthRoutes.getHealth,
  listDevTenants: systemRoutes.devTenants,
  issueDevToken: systemRoutes.devToken,
  getMe: systemRoutes.me,
  listCases: caseRoutes.list,
};

describe('firstScreenHeads', () => {
  it.each(Object.entries(CONTRACTS))('%s matches its contract', (name, contract) => {
    const { method, path, operationId, access, creates } = contract;
    expect(firstScreenHeads[name as keyof typeof firstScreenHeads]).toEqual({
      method,
      path,
      operationId,
      access,
      ...(creates ? { creates } : {}),
    });
  });
});
