// The contract register through HTTP: filters on paragraph, case worker, status and end window; sorting; parties kept
// in step with the case and provider.
import { randomUUID } from 'node:crypto';

import { caseBody, contractSetup, createContract, expectStatus, useCaseHost } from './support/caseFixtures';
import { TENANT_A } from './support/host';

const { host, a, b } = useCaseHost();

const worker = () => ({ userId: `cw-${randomUUID().slice(0, 8)}`, name: 'Karen Sagsbehandler' });

async function list(query: string, token = a.finance): Promise<{ id: string; title: string }[]> {
  return expectStatus(await host.call('GET', `/api/contracts?${query}&limit=200`, { token }), 200).body.items;
}

describe('GET /api/contracts as the register', () => {
  const person = worker();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { refs } = await contractSetup(host, TENANT_A, a);
    const caseFor = async (paragraph: string) =>
      expectStatus(
        await host.call('POST', '/api/cases', { token: a.caseworker, body: caseBody({ paragraph, assignee: person }) }),
        201,
      ).body.id;
    const case107 = await caseFor('SEL §107');
    const case85 = await caseFor('SEL §85');
    const make = async (name: string, caseId: string, overrides: Record<string, unknown>) => {
      ids[name] = (await createContract(host, a.caseworker, { ...refs, caseId }, { title: name, ...overrides })).id;
    };
    // The tests' day is 15.03.2026.
    await make('Alfa', case107, { status: 'active', endDate: '2026-04-10', specialRate: undefined });
    await make('Beta', case107, { status: 'draft', endDate: '2027-12-31' });
    await make('Gamma', case85, {
      status: 'active',
      endDate: undefined,
      reviewDate: '2027-12-31',
      rates: [{ type: 'day', label: 'Døgntakst', amount: 4000, validFrom: '2026-01-01' }],
    });
  });

  const titles = (items: { title: string }[]) => items.map((c) => c.title);

  it('copies the case and provider into the contract for the register', async () => {
    const answer = expectStatus(await host.call('GET', `/api/contracts/${ids.Alfa}`, { token: a.finance }), 200);
    expect(answer.body.parties).toMatchObject({
      paragraph: 'SEL §107',
      caseWorker: person,
      providerName: expect.stringMatching(/^Bostedet/),
    });
  });

  it('filters by case worker, paragraph (in any letter case), status and end window', async () => {
    const mine = `caseWorker=${person.userId}`;
    expect(titles(await list(mine))).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(titles(await list(`${mine}&paragraph=sel%20%C2%A7107`))).toEqual(['Alfa', 'Beta']);
    expect(titles(await list(`${mine}&status=active`))).toEqual(['Alfa', 'Gamma']);
    expect(titles(await list(`${mine}&endsWithinDays=30`))).toEqual(['Alfa']);
    expect(titles(await list(`${mine}&endsWithinDays=20`))).toEqual([]);
    expect(await list(mine, b.finance)).toEqual([]);
  });

  it('sorts by end date (open-ended last), by cost (costliest first) and by title', async () => {
    const mine = `caseWorker=${person.userId}`;
    expect(titles(await list(`${mine}&sort=endDate`))).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(titles(await list(`${mine}&sort=cost`))).toEqual(['Gamma', 'Beta', 'Alfa']);
    expect((await host.call('GET', `/api/contracts?${mine}&sort=price`, { token: a.finance })).status).toBe(400);
    expect((await host.call('GET', `/api/contracts?${mine}&endsWithinDays=-1`, { token: a.finance })).status).toBe(400);
  });

  it("follows a change of the case's case worker and of the provider's name", async () => {
    const contract = expectStatus(
      await host.call('GET', `/api/contracts/${ids.Gamma}`, { token: a.finance }),
      200,
    ).body;
    const caseUrl = `/api/cases/${contract.caseId}`;
    const got = await host.call('GET', caseUrl, { token: a.caseworker });
    const other = worker();
    expectStatus(
      await host.call('PUT', caseUrl, {
        token: a.caseworker,
        ifMatch: got.headers.get('etag')!,
        body: { ...got.body, assignee: other },
      }),
      200,
    );
    expect(titles(await list(`caseWorker=${other.userId}`))).toEqual(['Gamma']);
    const providerUrl = `/api/providers/${contract.providerId}`;
    const provider = await host.call('GET', providerUrl, { token: a.procurement });
    const name = `Bostedet Vibereden ${randomUUID().slice(0, 4)}`;
    expectStatus(
      await host.call('PUT', providerUrl, {
        token: a.procurement,
        ifMatch: provider.headers.get('etag')!,
        body: { ...provider.body, name },
      }),
      200,
    );
    const after = await host.call('GET', `/api/contracts/${ids.Alfa}`, { token: a.finance });
    expect(after.body.parties.providerName).toBe(name);
  });
});
