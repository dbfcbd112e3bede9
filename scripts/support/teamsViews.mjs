// The Teams tab's views the benchmarks open, each by name with its hash route and the role it is opened in, and the
// mark the tab sets when a view first shows its data.
import { devTenants, devToken } from './localHost.mjs';

export const FIRST_DATA_MARK = 'koberollen:first-data';

/** The views with records from the running host's first demo tenant, and the sign-in link for a role. */
export async function teamsViews(base) {
  const [tenant] = await devTenants(base);
  const user = tenant.users.find((u) => u.roles.includes('caseworker'));
  const token = await devToken(base, tenant.id, user, ['caseworker']);
  const get = async (p) => (await fetch(base + p, { headers: { authorization: `Bearer ${token}` } })).json();
  const providers = (await get('/api/providers?limit=3')).items;
  const someCase = (await get('/api/cases?limit=1')).items[0];
  const someContract = (await get('/api/contracts?limit=1')).items[0];
  const someClause = (await get('/api/clauses?limit=1')).items[0];
  const compare = providers.map((p) => `${p.id}~${p.offers[0].id}`).join(',');
  const signIn = (role) => `${base}/teams/?tenant=${encodeURIComponent(tenant.id)}&role=${role}`;
  const views = {
    sager: ['#/sager', 'caseworker'],
    sagsliste: ['#/sager?visning=liste', 'caseworker'],
    sag: [`#/sager/${someCase.id}`, 'caseworker'],
    leverandoerer: ['#/leverandoerer', 'caseworker'],
    leverandoer: [`#/leverandoerer/${providers[0].id}`, 'caseworker'],
    sammenligning: [`#/leverandoerer/sammenlign?tilbud=${encodeURIComponent(compare)}`, 'caseworker'],
    kontrakter: ['#/kontrakter', 'negotiator'],
    kontrakt: [`#/kontrakter/${someContract.id}`, 'negotiator'],
    fakturaer: ['#/kontrakter/fakturaer', 'finance'],
    overblik: ['#/overblik', 'manager'],
    klausuler: ['#/klausuler', 'procurement'],
    klausul: [`#/klausuler/${someClause.id}`, 'procurement'],
  };
  return { views, signIn };
}
