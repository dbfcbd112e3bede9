// The tab's routes table: for each view, its pages in order, each with the routes it shows, its code (loaded when
// first opened), the key that remounts it for another record and the reads it starts with as soon as the session
// exists (earlyLoad.ts). The shell, the prefetch of a linked view's code and the early reads all derive from it.
import type { ComponentType } from 'react';

import type { ApiClient } from '@koberollen/shared/api/client';
import { URGENT_SHOWN } from '@koberollen/shared/api/followUpItems';
import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';

import { casesQuery } from '../cases/casesQuery';
import { periodParams } from '../dashboard/period';
import { offersOfParam } from '../providers/compareLink';
import { startEarly } from './earlyLoad';
import {
  CLAUSE_LIST_LIMIT,
  CONTRACT_LIST_LIMIT,
  CONTRACT_PAGE,
  CONTRACT_TYPE_LIMIT,
  INVOICE_PAGE,
  PROVIDER_PAGE,
  TOPIC_LIMIT,
} from './pageSizes';
import type { Route, View } from './route';

export type PageProps = { route: Route };

export interface Page {
  /** Whether the page shows this route of its view; a view's pages are tried in order. */
  matches: (route: Route) => boolean;
  /** Loads the page's code: the component that renders the page for a route. */
  load: () => Promise<ComponentType<PageProps>>;
  /** The page is mounted afresh when this changes (another record). */
  key?: (route: Route) => string;
  /** Starts the reads the page begins with. */
  reads?: (api: ApiClient, route: Route) => void;
  /** Further code the route shows at once. */
  also?: (route: Route) => (() => Promise<unknown>)[];
}

const first = (route: Route) => route.rest[0] ?? '';
const second = (route: Route) => route.rest[1] ?? '';
const unfiltered = (route: Route) => route.params.toString() === '';
const byId = (id: string) => ({ params: { id } });
const always = () => true;

/** Where a comparison's "Tilbage" goes: a route of the tab only. */
const backOf = (route: Route) => {
  const back = route.params.get('tilbage');
  return back?.startsWith('#/') ? back : undefined;
};

export const PAGES: Record<View, Page[]> = {
  leverandoerer: [
    {
      matches: (route) => first(route) === 'sammenlign',
      load: () =>
        import('../providers/CompareView').then((m) => ({ route }: PageProps) => (
          <m.CompareView offers={offersOfParam(route.params.get('tilbud'))} backHref={backOf(route)} />
        )),
      reads: (api, route) => {
        const ids = new Set(offersOfParam(route.params.get('tilbud')).map((offer) => offer.providerId));
        for (const id of ids) startEarly(api, heads.getProvider, byId(id));
      },
    },
    {
      matches: (route) => first(route) === 'import',
      load: () => import('../providers/ImportPanel').then((m) => () => <m.ImportPanel />),
    },
    {
      matches: (route) => first(route) !== '',
      load: () =>
        import('../providers/ProviderPage').then((m) => ({ route }: PageProps) => <m.ProviderPage id={first(route)} />),
      key: first,
      reads: (api, route) => {
        startEarly(api, heads.getProvider, byId(first(route)));
        startEarly(api, heads.listContracts, { query: { providerId: first(route), limit: 50 } });
      },
    },
    {
      matches: always,
      load: () =>
        import('../providers/ProviderSearch').then((m) => ({ route }: PageProps) => (
          <m.ProviderSearch params={route.params} />
        )),
      reads: (api, route) => {
        // A search with filters is read by the page's own code, which knows the filters.
        if (unfiltered(route)) startEarly(api, heads.listProviders, { query: { limit: PROVIDER_PAGE } });
      },
    },
  ],
  sager: [
    {
      matches: (route) => first(route) === 'ny',
      load: () => import('../cases/CreateCase').then((m) => () => <m.CreateCase />),
    },
    {
      matches: (route) => first(route) !== '',
      load: () => import('../cases/CasePage').then((m) => ({ route }: PageProps) => <m.CasePage id={first(route)} />),
      key: first,
      reads: (api, route) => startEarly(api, heads.getCase, byId(first(route))),
    },
    {
      matches: always,
      load: () =>
        import('../cases/CasesOverview').then((m) => ({ route }: PageProps) => (
          <m.CasesOverview params={route.params} />
        )),
      reads: (api, route) => startEarly(api, heads.listCases, { query: casesQuery(route.params) }),
      also: (route) => (route.params.get('visning') === 'liste' ? [() => import('../cases/CaseList')] : []),
    },
  ],
  kontrakter: [
    {
      matches: (route) => first(route) === 'fakturaer',
      load: () => import('../invoices/InvoicesView').then((m) => m.default),
      reads: (api, route) => {
        if (second(route) || !unfiltered(route)) return;
        startEarly(api, heads.listInvoices, { query: { limit: INVOICE_PAGE } });
        startEarly(api, heads.listInvoices, { query: { status: 'deviating', limit: 200 } });
        startEarly(api, heads.listContracts, { query: { limit: CONTRACT_LIST_LIMIT } });
      },
    },
    {
      matches: (route) => first(route) !== '',
      load: () =>
        import('../contracts/ContractPage').then((m) => ({ route }: PageProps) => <m.ContractPage id={first(route)} />),
      key: first,
      reads: (api, route) => {
        startEarly(api, heads.getContract, byId(first(route)));
        startEarly(api, heads.listMilestones, { query: { contractId: first(route), limit: 200 } });
        // The clause versions' titles, asked for with the contract rather than once it has arrived.
        startEarly(api, heads.listContractClauseVersions, byId(first(route)));
      },
    },
    {
      matches: always,
      load: () =>
        import('../contracts/ContractsOverview').then((m) => ({ route }: PageProps) => (
          <m.ContractsOverview params={route.params} />
        )),
      reads: (api, route) => {
        startEarly(api, heads.getFollowUpOverview, { query: { items: URGENT_SHOWN } });
        if (unfiltered(route)) startEarly(api, heads.listContracts, { query: { sort: 'title', limit: CONTRACT_PAGE } });
      },
    },
  ],
  overblik: [
    {
      matches: always,
      load: () =>
        import('../dashboard/DashboardView').then((m) => ({ route }: PageProps) => <m.default params={route.params} />),
      reads: (api, route) => startEarly(api, heads.getDashboardOverview, { query: periodParams(route.params) }),
    },
  ],
  klausuler: [
    {
      matches: (route) => first(route) === 'skabeloner' && second(route) !== '',
      load: () =>
        import('../clauses/TemplateEditor').then((m) => ({ route }: PageProps) => (
          <m.TemplateEditor id={second(route)} />
        )),
      key: second,
    },
    {
      matches: (route) => first(route) === 'tjeklister' && second(route) !== '',
      load: () =>
        import('../clauses/ChecklistEditor').then((m) => ({ route }: PageProps) => (
          <m.ChecklistEditor id={second(route)} />
        )),
      key: second,
    },
    {
      matches: (route) => first(route) === 'emner' && second(route) === 'nyt',
      load: () => import('../clauses/NewTopic').then((m) => () => <m.NewTopic />),
    },
    {
      matches: (route) => first(route) === 'emner' && second(route) !== '',
      load: () =>
        import('../clauses/TopicEditor').then((m) => ({ route }: PageProps) => <m.TopicEditor id={second(route)} />),
      key: second,
    },
    {
      matches: (route) => first(route) === 'kontrakttyper' && second(route) !== '',
      load: () =>
        import('../clauses/ContractTypeEditor').then((m) => ({ route }: PageProps) => (
          <m.ContractTypeEditor id={second(route)} />
        )),
      key: second,
    },
    {
      matches: (route) =>
        first(route) !== '' && !['skabeloner', 'tjeklister', 'emner', 'kontrakttyper'].includes(first(route)),
      load: () =>
        import('../clauses/ClausePage').then((m) => ({ route }: PageProps) => (
          <m.ClausePage id={first(route)} params={route.params} />
        )),
      key: first,
      reads: (api, route) => startEarly(api, heads.getClause, byId(first(route))),
    },
    {
      matches: always,
      load: () =>
        import('../clauses/ClauseLibrary').then((m) => ({ route }: PageProps) => (
          <m.ClauseLibrary params={route.params} />
        )),
      // The whole library: the filters' choices and, with no filters set, the list shown; the topics' and contract
      // types' names.
      reads: (api, route) => {
        startEarly(api, heads.listTopics, { query: { limit: TOPIC_LIMIT } });
        startEarly(api, heads.listContractTypes, { query: { limit: CONTRACT_TYPE_LIMIT } });
        if (unfiltered(route)) startEarly(api, heads.listClauseSummaries, { query: { limit: CLAUSE_LIST_LIMIT } });
      },
    },
  ],
};

/** The view a route shows: the channel tab's configuration route shows the cases once configured. */
export const viewOf = (route: Route): View => (route.view === 'konfiguration' ? 'sager' : route.view);

/** The page that shows a route. */
export function pageOf(route: Route): Page {
  const pages = PAGES[viewOf(route)];
  return pages.find((page) => page.matches(route)) ?? pages[pages.length - 1]!;
}

/** Names the page and record a route shows: the page is mounted afresh when it changes. */
export function pageKeyOf(route: Route): string {
  const page = pageOf(route);
  return `${viewOf(route)}/${PAGES[viewOf(route)].indexOf(page)}/${page.key?.(route) ?? ''}`;
}

/** Starts loading the route's code now; a failure here is left to the view to report when it renders. */
export function prefetchRoute(route: Route): void {
  const page = pageOf(route);
  for (const load of [page.load, ...(page.also?.(route) ?? [])]) load().catch(() => undefined);
}

/** Starts the reads the route's page begins with. */
export function startRouteData(api: ApiClient, route: Route): void {
  pageOf(route).reads?.(api, route);
}
