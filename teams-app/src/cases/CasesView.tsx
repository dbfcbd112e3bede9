// Sager: the board or list, the create form, or one case's page, by the route below #/sager; each loaded when first
// opened.
import { lazy } from 'react';

import type { Route } from '../shell/route';
import { viewLoaders } from '../shell/viewLoaders';

const CasesOverview = lazy(() => viewLoaders.casesOverview().then((m) => ({ default: m.CasesOverview })));
const CreateCase = lazy(() => viewLoaders.createCase().then((m) => ({ default: m.CreateCase })));
const CasePage = lazy(() => viewLoaders.casePage().then((m) => ({ default: m.CasePage })));

export default function CasesView({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'ny') return <CreateCase />;
  if (first) return <CasePage key={first} id={first} />;
  return <CasesOverview params={route.params} />;
}
