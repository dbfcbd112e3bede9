// Each first-screen head says what its contract says: a head that drifted from its route would call the wrong URL.
import { adminRoutes } from './admin.contract';
import { analysisRoutes } from './analysis.contract';
import { caseRoutes } from './cases.contract';
import { checklistRoutes } from './checklists.contract';
import { clauseRoutes } from './clauses.contract';
import { contractRoutes } from './contracts.contract';
import { contractTypeRoutes } from './contractTypes.contract';
import { followUpRoutes } from './followUp.contract';
import { firstScreenHeads } from './heads';
import { healthRoutes } from './health.contract';
import { invoiceRoutes } from './invoices.contract';
import { milestoneRoutes } from './milestones.contract';
import { providerRoutes } from './providers.contract';
import type { RouteContract } from './route';
import { systemRoutes } from './system.contract';
import { templateRoutes } from './templates.contract';
import { topicRoutes } from './topics.contract';

const CONTRACTS: Record<keyof typeof firstScreenHeads, RouteContract> = {
  getHealth: healthRoutes.getHealth,
  listDevTenants: systemRoutes.devTenants,
  issueDevToken: systemRoutes.devToken,
  getMe: systemRoutes.me,
  listCases: caseRoutes.list,
  getCase: caseRoutes.get,
  listProviders: providerRoutes.list,
  getProvider: providerRoutes.get,
  listContracts: contractRoutes.list,
  getContract: contractRoutes.get,
  listMilestones: milestoneRoutes.list,
  getFollowUpOverview: followUpRoutes.overview,
  listInvoices: invoiceRoutes.list,
  getDashboardOverview: analysisRoutes.overview,
  getFiguresStatus: adminRoutes.getFiguresStatus,
  listClauseSummaries: clauseRoutes.summaries,
  getClause: clauseRoutes.get,
  listContractClauseVersions: contractRoutes.clauseVersions,
  listContractAuditEvents: contractRoutes.audit,
  listTopics: topicRoutes.list,
  listContractTypes: contractTypeRoutes.list,
  listTemplates: templateRoutes.list,
  listChecklists: checklistRoutes.list,
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
