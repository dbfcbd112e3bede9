// Leverandører: the search, a provider's page, the comparison or the import, by the route below #/leverandoerer;
// each loaded when first opened (the entry may have started loading it; see shell/viewLoaders.ts).
import { lazy } from 'react';

import type { Route } from '../shell/route';
import { offersOfParam } from './compareLink';

const ProviderSearch = lazy(() => import('./ProviderSearch').then((m) => ({ default: m.ProviderSearch })));
const ProviderPage = lazy(() => import('./ProviderPage').then((m) => ({ default: m.ProviderPage })));
const CompareView = lazy(() => import('./CompareView').then((m) => ({ default: m.CompareView })));
const ImportPanel = lazy(() => import('./ImportPanel').then((m) => ({ default: m.ImportPanel })));

export default function ProvidersView({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'sammenlign') {
    const back = route.params.get('tilbage');
    return (
      <CompareView
        offers={offersOfParam(route.params.get('tilbud'))}
        backHref={back?.startsWith('#/') ? back : undefined}
      />
    );
  }
  if (first === 'import') return <ImportPanel />;
  if (first) return <ProviderPage id={first} />;
  return <ProviderSearch params={route.params} />;
}
