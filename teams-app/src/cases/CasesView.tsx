// Sager: the board or list, the create form, or one case's page, by the route below #/sager.
import type { Route } from '../shell/route';
import { CasePage } from './CasePage';
import { CasesOverview } from './CasesOverview';
import { CreateCase } from './CreateCase';

export default function CasesView({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'ny') return <CreateCase />;
  if (first) return <CasePage key={first} id={first} />;
  return <CasesOverview params={route.params} />;
}
