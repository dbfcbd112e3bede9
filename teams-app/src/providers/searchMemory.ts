// The catalogue search last shown, so that "Tilbage til søgningen" from a provider, the import or a comparison returns
// to it with its filters.
import { routeHref } from '../shell/route';

let lastSearch = '';

/** Remembers the search the catalogue shows now. */
export function rememberSearch(params: URLSearchParams): void {
  lastSearch = params.toString();
}

/** The catalogue with the filters last searched for. */
export function searchHref(): string {
  return `${routeHref('leverandoerer')}${lastSearch ? `?${lastSearch}` : ''}`;
}
