// Leverandører: the search, a provider's page, the comparison or the import, by the route below #/leverandoerer;
// each loaded when first opened.
import { lazy } from 'react';

import type { Route } from '../shell/route';
import { viewLoaders } from '../shell/viewLoaders';
import { offersOfParam } from './compareSelection';

const ProviderSearch = lazy(() => viewLoaders.providerSearch().then((m) => ({ default: m.ProviderSearch })));
const ProviderPage = lazy(() => viewLoaders.providerPage().then((m) => ({ default: m.ProviderPage })));
const CompareView = lazy(() => viewLoaders.compareView().then((m) => ({ default: m.CompareView })));
const ImportPanel = lazy(() => viewLoaders.importPanel().then((m) => ({ default: m.ImportPanel })));

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
