// The reads each view starts with, sent as soon as the session exists: the view's code loads meanwhile, and its first
// calls take these answers (earlyLoad.ts). A route whose filters only the view's code can read (a catalogue search,
// a register filter) is left to the view.
import type { ApiClient } from '@koberollen/shared/api/client';
import { URGENT_SHOWN } from '@koberollen/shared/api/followUpItems';
import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';

import { casesQuery } from '../cases/casesQuery';
import { periodParams } from '../dashboard/period';
import { offersOfParam } from '../providers/compareLink';
import { startEarly } from './earlyLoad';
import type { Route } from './route';

/** The catalogue's page of search results. */
export const PROVIDER_PAGE = 20;
/** The invoice register's page. */
export const INVOICE_PAGE = 50;
/** The contract register's page, and the contracts the invoice control offers. */
export const CONTRACT_LIST_LIMIT = 200;
/** The whole clause library (a municipality's library is a few hundred clauses at most). */
export const CLAUSE_LIST_LIMIT = 200;

/** Starts the reads the route's view begins with. */
export function startRouteData(api: ApiClient, route: Route): void {
  const [first, second] = route.rest;
  const unfiltered = route.params.toString() === '';
  const byId = (id: string) => ({ params: { id } });
  switch (route.view) {
    case 'sager':
      if (!first) startEarly(api, heads.listCases, { query: casesQuery(route.params) });
      else if (first !== 'ny') startEarly(api, heads.getCase, byId(first));
      return;
    case 'leverandoerer':
      if (!first) {
        if (unfiltered) startEarly(api, heads.listProviders, { query: { limit: PROVIDER_PAGE } });
      } else if (first === 'sammenlign') {
        const ids = new Set(offersOfParam(route.params.get('tilbud')).map((o) => o.providerId));
        for (const id of ids) startEarly(api, heads.getProvider, byId(id));
      } else if (first !== 'import') {
        startEarly(api, heads.getProvider, byId(first));
        startEarly(api, heads.listContracts, { query: { providerId: first, limit: 50 } });
      }
      return;
    case 'kontrakter':
      if (!first) {
        startEarly(api, heads.getFollowUpOverview, { query: { items: URGENT_SHOWN } });
        if (unfiltered) startEarly(api, heads.listContracts, { query: { sort: 'title', limit: CONTRACT_LIST_LIMIT } });
      } else if (first === 'fakturaer') {
        if (second || !unfiltered) return;
        startEarly(api, heads.listInvoices, { query: { limit: INVOICE_PAGE } });
        startEarly(api, heads.listInvoices, { query: { status: 'deviating', limit: 200 } });
        startEarly(api, heads.listContracts, { query: { limit: CONTRACT_LIST_LIMIT } });
      } else {
        startEarly(api, heads.getContract, byId(first));
        startEarly(api, heads.listMilestones, { query: { contractId: first, limit: 200 } });
      }
      return;
    case 'overblik':
      startEarly(api, heads.getDashboardOverview, { query: periodParams(route.params) });
      return;
    case 'klausuler':
      if (!first) {
        // The whole library: the filters' choices and, with no filters set, the list shown.
        if (unfiltered) startEarly(api, heads.listClauses, { query: { limit: CLAUSE_LIST_LIMIT } });
      } else if (first !== 'skabeloner' && first !== 'tjeklister') {
        startEarly(api, heads.getClause, byId(first));
      }
      return;
    default:
      return;
  }
}
