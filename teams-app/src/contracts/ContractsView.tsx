// Kontrakter: the register with follow-up at a glance, the invoice control (fakturaer), or one contract's page, by the route below #/kontrakter; each
// loaded when first opened.
import { lazy } from 'react';

import type { Route } from '../shell/route';

const ContractsOverview = lazy(() => import('./ContractsOverview').then((m) => ({ default: m.ContractsOverview })));
const ContractPage = lazy(() => import('./ContractPage').then((m) => ({ default: m.ContractPage })));
const InvoicesView = lazy(() => import('../invoices/InvoicesView'));

export default function ContractsView({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === 'fakturaer') return <InvoicesView route={route} />;
  if (first) return <ContractPage key={first} id={first} />;
  return <ContractsOverview params={route.params} />;
}
