// Which seeded user a local-mode link signs in as.
import { devLinkOf, type DevTenantEntry, findDevUser } from './devSignIn';

const TENANTS: DevTenantEntry[] = [
  {
    id: 't1',
    name: 'Egebæk Kommune',
    users: [
      { userId: 'c1', name: 'Mette', roles: ['caseworker'] },
      { userId: 'c2', name: 'Jonas', roles: ['caseworker'] },
      { userId: 'p1', name: 'Karen', roles: ['procurement', 'negotiator'] },
    ],
  },
  { id: 't2', name: 'Fjordby Kommune', users: [{ userId: 'f1', name: 'Peter', roles: ['finance'] }] },
];

describe('findDevUser', () => {
  it('picks the first seeded user of the municipality with the role, acting in that role only', () => {
    expect(findDevUser(TENANTS, 't1', 'caseworker')).toEqual({
      tenantId: 't1',
      tenantName: 'Egebæk Kommune',
      userId: 'c1',
      name: 'Mette',
      role: 'caseworker',
    });
    expect(findDevUser(TENANTS, 't1', 'negotiator')).toMatchObject({ userId: 'p1', role: 'negotiator' });
  });

  it('finds nobody for an unknown municipality, an unknown role, or a role held only in another municipality', () => {
    expect(findDevUser(TENANTS, 'nope', 'caseworker')).toBeUndefined();
    expect(findDevUser(TENANTS, 't1', 'superuser')).toBeUndefined();
    expect(findDevUser(TENANTS, 't1', 'finance')).toBeUndefined();
  });
});

describe('devLinkOf', () => {
  it('reads tenant and role from the query, and nothing when either is missing', () => {
    expect(devLinkOf('?tenant=t1&role=finance')).toEqual({ tenantId: 't1', role: 'finance' });
    expect(devLinkOf('?tenant=t1')).toBeUndefined();
    expect(devLinkOf('')).toBeUndefined();
  });
});
