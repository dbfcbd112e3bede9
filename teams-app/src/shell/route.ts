// Hash routes of the tab (`#/leverandoerer/{id}`, `#/sager?fase=…`): parsing, building, and a guard for unsaved work.
import { useEffect, useState } from 'react';

/** The five views, by their stable route names. */
export const VIEWS = ['leverandoerer', 'sager', 'kontrakter', 'overblik', 'klausuler'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABELS: Record<View, string> = {
  leverandoerer: 'Leverandører',
  sager: 'Sager',
  kontrakter: 'Kontrakter',
  overblik: 'Overblik',
  klausuler: 'Klausuler',
};

export interface Route {
  /** The view, or `konfiguration` for the channel tab's configuration page. */
  view: View | 'konfiguration';
  /** Path segments below the view, e.g. a provider id or `ny`. */
  rest: string[];
  params: URLSearchParams;
}

export const DEFAULT_ROUTE = '#/sager';

/** Reads `#/view/a/b?x=1`; anything unknown is the default view. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = '', ...rest] = path.split('/').filter(Boolean).map(decodeURIComponent);
  const known = view === 'konfiguration' || (VIEWS as readonly string[]).includes(view);
  return {
    view: known ? (view as Route['view']) : 'sager',
    rest: known ? rest : [],
    params: new URLSearchParams(query),
  };
}

/** `#/view/a/b?x=1`, leaving out empty parameters. */
export function routeHref(view: string, rest: string[] = [], params: Record<string, string | undefined> = {}): string {
  const path = [view, ...rest].map(encodeURIComponent).join('/');
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return `#/${path}${text ? `?${text}` : ''}`;
}

/**
 * The hash a Teams deep link asks for: its `subPageId` (`sager/{id}`, with or without a leading `#/`), or undefined
 * when there is none or the page already shows it. It wins over the hash the tab's content URL carries.
 */
export function deepLinkHash(subPageId: string | undefined, currentHash: string): string | undefined {
  const path = subPageId?.trim().replace(/^#?\/*/, '');
  if (!path) return undefined;
  const wanted = `#/${path}`;
  return wanted === currentHash ? undefined : wanted;
}

const UNSAVED_QUESTION = 'Du har ændringer, der ikke er gemt. Vil du forlade siden og kassere dem?';
const guards = new Set<() => boolean>();

export function navigate(href: string): void {
  window.location.hash = href;
}

/** Navigates after the work was saved: nothing is left to warn about. */
export function navigateAfterSave(href: string): void {
  guards.clear();
  navigate(href);
}

/** While `dirty`, leaving the page or the view asks first. */
export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const guard = () => true;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    guards.add(guard);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      guards.delete(guard);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
}

/** The current route; a hash change away from unsaved work is undone unless the user confirms it. */
export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash || DEFAULT_ROUTE);
  useEffect(() => {
    let current = window.location.hash || DEFAULT_ROUTE;
    const onChange = () => {
      const next = window.location.hash || DEFAULT_ROUTE;
      if (next === current) return;
      if (guards.size > 0 && !window.confirm(UNSAVED_QUESTION)) {
        window.history.replaceState(null, '', current);
        return;
      }
      guards.clear();
      current = next;
      setHash(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}
