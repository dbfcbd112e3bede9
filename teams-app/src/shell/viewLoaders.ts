// Where each view's code is loaded from, so the entry can start loading the view a link opens while it signs in.
import type { Route } from './route';

export const viewLoaders = {
  providersView: () => import('../providers/ProvidersView'),
  providerSearch: () => import('../providers/ProviderSearch'),
  providerPage: () => import('../providers/ProviderPage'),
  compareView: () => import('../providers/CompareView'),
  importPanel: () => import('../providers/ImportPanel'),
  casesView: () => import('../cases/CasesView'),
  casesOverview: () => import('../cases/CasesOverview'),
  caseList: () => import('../cases/CaseList'),
  createCase: () => import('../cases/CreateCase'),
  casePage: () => import('../cases/CasePage'),
  contractsView: () => import('../contracts/ContractsView'),
  contractsOverview: () => import('../contracts/ContractsOverview'),
  contractPage: () => import('../contracts/ContractPage'),
  invoicesView: () => import('../invoices/InvoicesView'),
  dashboardView: () => import('../dashboard/DashboardView'),
  clausesView: () => import('../clauses/ClausesView'),
  clauseLibrary: () => import('../clauses/ClauseLibrary'),
  clausePage: () => import('../clauses/ClausePage'),
  templateEditor: () => import('../clauses/TemplateEditor'),
  checklistEditor: () => import('../clauses/ChecklistEditor'),
};

/** The loaders of the pages a route shows. */
function loadersFor(route: Route): (() => Promise<unknown>)[] {
  const [first] = route.rest;
  if (route.view === 'leverandoerer') {
    const page =
      first === 'sammenlign'
        ? viewLoaders.compareView
        : first === 'import'
          ? viewLoaders.importPanel
          : first
            ? viewLoaders.providerPage
            : viewLoaders.providerSearch;
    return [viewLoaders.providersView, page];
  }
  if (route.view === 'sager') {
    const page = first === 'ny' ? viewLoaders.createCase : first ? viewLoaders.casePage : viewLoaders.casesOverview;
    const list = !first && route.params.get('visning') === 'liste' ? [viewLoaders.caseList] : [];
    return [viewLoaders.casesView, page, ...list];
  }
  if (route.view === 'kontrakter') {
    const page =
      first === 'fakturaer'
        ? viewLoaders.invoicesView
        : first
          ? viewLoaders.contractPage
          : viewLoaders.contractsOverview;
    return [viewLoaders.contractsView, page];
  }
  if (route.view === 'overblik') return [viewLoaders.dashboardView];
  if (route.view === 'klausuler') {
    const page =
      first === 'skabeloner'
        ? viewLoaders.templateEditor
        : first === 'tjeklister'
          ? viewLoaders.checklistEditor
          : first
            ? viewLoaders.clausePage
            : viewLoaders.clauseLibrary;
    return [viewLoaders.clausesView, page];
  }
  return [];
}

/** Starts loading the route's pages now; a failure here is left to the view to report when it renders. */
export function prefetchRoute(route: Route): void {
  for (const load of loadersFor(route)) load().catch(() => undefined);
}
