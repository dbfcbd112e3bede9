// Sager: the board or list, the create form, or one case's page, by the route below #/sager; each loaded when first
// opened.
import { lazy } from 'react';

import type { Route } from '../shell/route';

const CasesOverview = lazy(() => import('./CasesOverview').then((m) => ({ default: m.CasesOverview })));
const CreateCase = lazy(() => import('./CreateCase').then((m) => ({ default: m.CreateCase })));
const CasePage = lazy(() => import('./CasePage').then((m) => ({ default: m.CasePage })));

export default function CasesView({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'ny') return <CreateCase />;
  if (first) return <CasePage key={first} id={first} />;
  return <CasesOverview params={route.params} />;
}
