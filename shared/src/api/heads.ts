// The heads of the routes the Teams tab calls before a view's code has loaded (sign-in, and the first data of the
// view a link opens), so it reaches the API without loading zod and the contracts' schemas; heads.test.ts checks each
// against its contract.
import type { adminRoutes } from './admin.contract';
import type { analysisRoutes } from './analysis.contract';
import type { caseRoutes } from './cases.contract';
import type { checklistRoutes } from './checklists.contract';
import type { clauseRoutes } from './clauses.contract';
import type { contractRoutes } from './contracts.contract';
import type { contractTypeRoutes } from './contractTypes.contract';
import type { followUpRoutes } from './followUp.contract';
import type { healthRoutes } from './health.contract';
import type { invoiceRoutes } from './invoices.contract';
import type { milestoneRoutes } from './milestones.contract';
import type { providerRoutes } from './providers.contract';
import type { RouteContract, RouteHead } from './route';
import type { systemRoutes } from './system.contract';
import type { templateRoutes } from './templates.contract';
import type { topicRoutes } from './topics.contract';

/** A head standing for the contract `R`. */
const head = <R extends RouteContract>(value: RouteHead<R>): RouteHead<R> => value;

/** A signed-in user's read of `path`. */
const read = <R extends RouteContract>(path: R['path'], operationId: R['operationId']): RouteHead<R> =>
  head<R>({ method: 'GET', path, operationId, access: 'user' });

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
  getMe: read<typeof systemRoutes.me>('/api/me', 'getMe'),
  listCases: read<typeof caseRoutes.list>('/api/cases', 'listCases'),
  getCase: read<typeof caseRoutes.get>('/api/cases/{id}', 'getCase'),
  listProviders: read<typeof providerRoutes.list>('/api/providers', 'listProviders'),
  getProvider: read<typeof providerRoutes.get>('/api/providers/{id}', 'getProvider'),
  listContracts: read<typeof contractRoutes.list>('/api/contracts', 'listContracts'),
  getContract: read<typeof contractRoutes.get>('/api/contracts/{id}', 'getContract'),
  listMilestones: read<typeof milestoneRoutes.list>('/api/milestones', 'listMilestones'),
  getFollowUpOverview: read<typeof followUpRoutes.overview>('/api/follow-up', 'getFollowUpOverview'),
  listInvoices: read<typeof invoiceRoutes.list>('/api/invoices', 'listInvoices'),
  getDashboardOverview: read<typeof analysisRoutes.overview>('/api/dashboard/overview', 'getDashboardOverview'),
  getFiguresStatus: read<typeof adminRoutes.getFiguresStatus>('/api/settings/figures', 'getFiguresStatus'),
  listClauseSummaries: read<typeof clauseRoutes.summaries>('/api/clause-summaries', 'listClauseSummaries'),
  getClause: read<typeof clauseRoutes.get>('/api/clauses/{id}', 'getClause'),
  listContractClauseVersions: read<typeof contractRoutes.clauseVersions>(
    '/api/contracts/{id}/clause-versions',
    'listContractClauseVersions',
  ),
  listContractAuditEvents: read<typeof contractRoutes.audit>('/api/contracts/{id}/audit', 'listContractAuditEvents'),
  listTopics: read<typeof topicRoutes.list>('/api/topics', 'listTopics'),
  listContractTypes: read<typeof contractTypeRoutes.list>('/api/contract-types', 'listContractTypes'),
  listTemplates: read<typeof templateRoutes.list>('/api/templates', 'listTemplates'),
  listChecklists: read<typeof checklistRoutes.list>('/api/checklists', 'listChecklists'),
};
