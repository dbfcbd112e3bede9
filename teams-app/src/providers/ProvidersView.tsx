// Leverandører: the search, a provider's page, or the comparison, by the route below #/leverandoerer.
import type { Route } from '../shell/route';
import { offersOfParam } from './compareSelection';
import { CompareView } from './CompareView';
import { ImportPanel } from './ImportPanel';
import { ProviderPage } from './ProviderPage';
import { ProviderSearch } from './ProviderSearch';

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
