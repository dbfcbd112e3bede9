// Every HTTP function of the API, in one list: registered by index.ts, served by the local host.
import { routes as admin } from './functions/admin';
import { routes as analysis } from './functions/analysis';
import { routes as cases } from './functions/cases';
import { routes as checklists } from './functions/checklists';
import { routes as clauses } from './functions/clauses';
import { routes as contracts } from './functions/contracts';
import { routes as contractTypes } from './functions/contractTypes';
import { routes as creditNotes } from './functions/creditNotes';
import { routes as documents } from './functions/documents';
import { routes as followUp } from './functions/followUp';
import { routes as health } from './functions/health';
import { routes as invoices } from './functions/invoices';
import { routes as invoiceFiles } from './functions/invoicesImport';
import { routes as meetings } from './functions/meetings';
import { routes as milestones } from './functions/milestones';
import { getOpenApi } from './functions/openapi';
import { routes as providers } from './functions/providers';
import { routes as providerFiles } from './functions/providersImport';
import { routes as reviews } from './functions/reviews';
import { routes as system } from './functions/system';
import { routes as teamMembers } from './functions/teamMembers';
import { routes as templates } from './functions/templates';
import { routes as topics } from './functions/topics';
import type { FunctionDeclaration } from './http/declare';

export const routes: FunctionDeclaration[] = [
  ...health,
  getOpenApi,
  ...system,
  ...admin,
  ...analysis,
  ...providers,
  ...providerFiles,
  ...clauses,
  ...templates,
  ...checklists,
  ...topics,
  ...contractTypes,
  ...documents,
  ...cases,
  ...reviews,
  ...contracts,
  ...invoices,
  ...invoiceFiles,
  ...creditNotes,
  ...milestones,
  ...followUp,
  ...meetings,
  ...teamMembers,
];

/** What the Functions host registers: never the local-mode `/api/dev/*` routes, whatever the settings. */
export const deployedRoutes: FunctionDeclaration[] = routes.filter((declaration) => declaration.route.access !== 'dev');
