// Every route contract of the API by resource: the OpenAPI document is built from here, the server checks against it.
import { adminRoutes } from './admin.contract';
import { analysisRoutes } from './analysis.contract';
import { caseRoutes } from './cases.contract';
import { checklistRoutes } from './checklists.contract';
import { clauseRoutes } from './clauses.contract';
import { contractRoutes } from './contracts.contract';
import { contractTypeRoutes } from './contractTypes.contract';
import { documentRoutes } from './documents.contract';
import { followUpRoutes } from './followUp.contract';
import { healthRoutes } from './health.contract';
import { invoiceRoutes } from './invoices.contract';
import { microsoft365Routes } from './microsoft365.contract';
import { milestoneRoutes } from './milestones.contract';
import { openApiRoutes } from './openapi.contract';
import { providerRoutes } from './providers.contract';
import { reviewRoutes } from './reviews.contract';
import type { RouteContract } from './route';
import { systemRoutes } from './system.contract';
import { templateRoutes } from './templates.contract';
import { topicRoutes } from './topics.contract';

/** The route contracts grouped by resource; the key is the operations' tag in the OpenAPI document. */
export const apiContracts = {
  health: healthRoutes,
  openapi: openApiRoutes,
  system: systemRoutes,
  admin: adminRoutes,
  analysis: analysisRoutes,
  providers: providerRoutes,
  clauses: clauseRoutes,
  templates: templateRoutes,
  checklists: checklistRoutes,
  topics: topicRoutes,
  contractTypes: contractTypeRoutes,
  documents: documentRoutes,
  cases: caseRoutes,
  reviews: reviewRoutes,
  contracts: contractRoutes,
  invoices: invoiceRoutes,
  milestones: milestoneRoutes,
  followUp: followUpRoutes,
  microsoft365: microsoft365Routes,
} satisfies Record<string, Record<string, RouteContract>>;

/** One route contract with the resource it belongs to. */
export interface TaggedRoute {
  tag: string;
  route: RouteContract;
}

/** Every route contract, each with its tag. */
export function allContracts(): TaggedRoute[] {
  return Object.entries(apiContracts).flatMap(([tag, group]) =>
    Object.values<RouteContract>(group).map((route) => ({ tag, route })),
  );
}
