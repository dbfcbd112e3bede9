// The cases board's and list's request from the route's parameters, shared by the view and the early start.
import type { ApiClient } from '@koberollen/shared/api/client';
import { firstScreenHeads } from '@koberollen/shared/api/heads';
import { PHASES } from '@koberollen/shared/domain/phaseLabels';

/** The filters the route carries (`?fase=&ansvarlig=&q=`). */
export function caseFilters(params: URLSearchParams) {
  return {
    phase: PHASES.find((p) => p === params.get('fase')),
    assignee: params.get('ansvarlig') ?? '',
    q: params.get('q') ?? '',
  };
}

/** The list query for the route's parameters. */
export function casesQuery(params: URLSearchParams) {
  const { phase, assignee, q } = caseFilters(params);
  return { phase, assignee: assignee || undefined, q: q || undefined, limit: 200 };
}

/** Lists the cases by the route head, so the board needs none of the contracts' schemas. */
export function listCases(api: ApiClient, params: URLSearchParams) {
  return api.callUnparsed(firstScreenHeads.listCases, { query: casesQuery(params) });
}
